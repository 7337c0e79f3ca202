// The bytes of a zip entry: inflating its raw data, gathering a stream's chunks without copies.
import type { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import type yauzl from 'yauzl';
import type { ZipEntryHeader } from './zip-types.js';

/**
 * The entry's inflated bytes from its raw data (checkHeader allows only stored and deflated,
 * unencrypted entries). Output chunks are sized on the announced size (16 KiB–1 MiB): one or a
 * few chunks per document instead of one every 16 KiB; EntryGuard still bounds the real size.
 */
export function inflated(raw: Readable, entry: yauzl.Entry, header: ZipEntryHeader): Readable {
  if (entry.compressionMethod !== 8) {
    return raw;
  }
  const chunkSize = Math.min(1024 * 1024, Math.max(16 * 1024, header.declaredSize + 1));
  const inflate = createInflateRaw({ chunkSize });
  // Destroying the inflated stream (a refused entry) releases the zip's data stream too.
  inflate.on('close', () => raw.destroy());
  // The compressed data (at most the zip's size) is handed over in one write: one pass on the
  // thread pool per output chunk instead of one per 64 KiB read.
  readAll(raw).then(
    (data) => inflate.end(data),
    (err: unknown) => inflate.destroy(err as Error),
  );
  return inflate;
}

/** A stream's bytes as one buffer (see `joined`). */
export async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) {
    chunks.push(chunk as Buffer);
  }
  return joined(chunks);
}

/**
 * The chunks as one buffer. A zip read from memory hands out consecutive slices of the same
 * bytes (64 KiB each): they are joined as one view, without copying.
 */
function joined(chunks: Buffer[]): Buffer {
  let contiguous = true;
  for (let i = 1; i < chunks.length && contiguous; i++) {
    const a = chunks[i - 1]!;
    const b = chunks[i]!;
    contiguous = a.buffer === b.buffer && a.byteOffset + a.length === b.byteOffset;
  }
  if (contiguous && chunks.length > 1) {
    const first = chunks[0]!;
    const size = chunks.reduce((n, c) => n + c.length, 0);
    return Buffer.from(first.buffer, first.byteOffset, size);
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
}
