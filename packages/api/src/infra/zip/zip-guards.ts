// Guards used while inflating zip entries: sizes, ratios and checksums on the real bytes.
import { createHash } from 'node:crypto';
import { open as openFile, stat } from 'node:fs/promises';
import { Transform, type TransformCallback } from 'node:stream';
import { crc32 } from 'node:zlib';
import type yauzl from 'yauzl';
import { AppError } from '../../core/errors.js';
import { ZipError } from './zip-error.js';
import type { UnzipLimits, ZipEntryHeader, ZipSource } from './zip-types.js';

export const MiB = (n: number) => `${Math.round((n / 1024 / 1024) * 10) / 10} Mio`;

/** `detail` is French; `technical` (a library message) is kept in the details only. */
export function corrupt(detail: string, file?: string, technical?: string): ZipError {
  return new ZipError(
    'corrupt_zip',
    `Le fichier zip est endommagé ou incomplet${file ? ` (entrée « ${file} »)` : ''} : ${detail}.`,
    { ...(file ? { file } : {}), ...(technical ? { technical } : {}) },
  );
}

export const UNREADABLE = 'structure illisible (fichier tronqué ou abîmé)';

export function bomb(name: string, why: string): ZipError {
  return new ZipError(
    'zip_bomb',
    `Entrée du zip « ${name} » refusée (bombe de décompression) : ${why}.`,
    {
      file: name,
    },
  );
}

export function tooLarge(name: string, size: number, max: number): ZipError {
  return new ZipError(
    'too_large',
    `Le fichier « ${name} » fait plus de ${MiB(max)} une fois décompressé (${MiB(size)} au moins).`,
    { file: name },
  );
}

/** Counts, hashes and bounds the inflated bytes of one entry; checks size and CRC at the end. */
export class EntryGuard extends Transform {
  count = 0;
  private crc = 0;
  private readonly hash = createHash('sha256');
  /** Hex SHA-256 of the entry once read. */
  sha256 = '';

  constructor(
    private readonly entry: yauzl.Entry,
    private readonly header: ZipEntryHeader,
    private readonly limits: UnzipLimits,
    private readonly total: { bytes: number; zipBytes: number },
  ) {
    super();
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.count += chunk.length;
    this.total.bytes += chunk.length;
    const { name, declaredSize, compressedSize } = this.header;
    if (this.count > declaredSize) {
      return done(bomb(name, 'taille réelle supérieure à la taille annoncée'));
    }
    if (
      this.count >= this.limits.ratioMinBytes &&
      this.count / Math.max(compressedSize, 1) > this.limits.maxRatio
    ) {
      return done(bomb(name, 'taux de compression anormal'));
    }
    if (this.count > this.limits.maxEntryBytes) {
      return done(tooLarge(name, this.count, this.limits.maxEntryBytes));
    }
    if (totalRatioExceeded(this.total.bytes, this.total.zipBytes, this.limits)) {
      return done(bomb(name, 'taux de compression de l’ensemble du zip anormal'));
    }
    if (this.total.bytes > this.limits.maxTotalBytes) {
      return done(
        new ZipError(
          'too_large',
          `Le contenu décompressé du dépôt dépasse la limite de ${MiB(this.limits.maxTotalBytes)}.`,
        ),
      );
    }
    this.crc = crc32(chunk, this.crc);
    this.hash.update(chunk);
    done(null, chunk);
  }

  override _flush(done: TransformCallback): void {
    if (this.count !== this.header.declaredSize) {
      return done(corrupt('taille réelle différente de la taille annoncée', this.header.name));
    }
    if (this.crc >>> 0 !== this.entry.crc32 >>> 0) {
      return done(corrupt('somme de contrôle CRC-32 incorrecte', this.header.name));
    }
    this.sha256 = this.hash.digest('hex');
    done();
  }
}

export function mapStreamError(err: unknown, name: string): AppError {
  // A refusal of ours, or of the caller's entry handler, passes as it is.
  if (err instanceof AppError) {
    return err;
  }
  const message = (err as Error)?.message ?? String(err);
  if (/too many bytes/i.test(message)) {
    return bomb(name, 'taille réelle supérieure à la taille annoncée');
  }
  return corrupt('données illisibles', name, message);
}

/** Size and signature of the zip before it is opened. */
/** Whether the entries together inflate far more than a set of documents would. */
export function totalRatioExceeded(inflated: number, zipBytes: number, limits: UnzipLimits) {
  return (
    inflated >= limits.totalRatioMinBytes && inflated / Math.max(zipBytes, 1) > limits.maxTotalRatio
  );
}

/** Checks the zip file itself (size, signature) and returns its size. */
export async function checkSource(source: ZipSource, limits: UnzipLimits): Promise<number> {
  let size: number;
  let head: Buffer;
  if (typeof source === 'string') {
    size = (await stat(source)).size;
    const fh = await openFile(source, 'r');
    try {
      head = Buffer.alloc(Math.min(4, size));
      await fh.read(head, 0, head.length, 0);
    } finally {
      await fh.close();
    }
  } else {
    size = source.length;
    head = source.subarray(0, 4);
  }
  if (size === 0) {
    throw new ZipError('empty_file', 'Le dépôt est un fichier vide (0 octet).');
  }
  if (size > limits.maxZipBytes) {
    throw new ZipError(
      'too_large',
      `Le dépôt pèse ${MiB(size)}, au-delà de la limite de ${MiB(limits.maxZipBytes)}.`,
    );
  }
  const sig = head.toString('latin1');
  if (sig !== 'PK\u0003\u0004' && sig !== 'PK\u0005\u0006') {
    throw new ZipError('not_a_zip', "Le dépôt n'est pas un fichier zip.");
  }
  return size;
}

/** What the central directory announces, checked before an entry is inflated. */
export function checkHeader(
  entry: yauzl.Entry,
  h: ZipEntryHeader,
  declared: { total: number; zipBytes: number },
  limits: UnzipLimits,
): void {
  if (entry.isEncrypted() || (entry.compressionMethod !== 0 && entry.compressionMethod !== 8)) {
    throw new ZipError(
      'unsupported_entry',
      `Entrée du zip « ${h.name} » illisible : chiffrée ou compressée par une méthode non prise en charge.`,
      { file: h.name },
    );
  }
  if (
    h.declaredSize >= limits.ratioMinBytes &&
    h.declaredSize / Math.max(h.compressedSize, 1) > limits.maxRatio
  ) {
    throw bomb(
      h.name,
      `taux de compression anormal (${MiB(h.declaredSize)} annoncés pour ${h.compressedSize} octets)`,
    );
  }
  if (h.declaredSize > limits.maxEntryBytes) {
    throw tooLarge(h.name, h.declaredSize, limits.maxEntryBytes);
  }
  if (totalRatioExceeded(declared.total, declared.zipBytes, limits)) {
    throw bomb(
      h.name,
      `taux de compression de l’ensemble du zip anormal (${MiB(declared.total)} annoncés pour ${MiB(declared.zipBytes)})`,
    );
  }
  const declaredTotal = declared.total;
  if (declaredTotal > limits.maxTotalBytes) {
    throw new ZipError(
      'too_large',
      `Le contenu décompressé du dépôt dépasse la limite de ${MiB(limits.maxTotalBytes)}.`,
    );
  }
}
