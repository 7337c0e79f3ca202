import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, type ReadStream } from 'node:fs';
import { mkdir, open, readFile, readdir, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { InvalidInputError } from '../../core/errors.js';
import { sha256Hex } from '../../core/sha256.js';
import type { Readable } from 'node:stream';
import type { ComponentHealth, HealthCheck } from '../../core/health.js';
import {
  hashMismatch,
  isDiskFull,
  notFoundOr,
  StorageFullError,
  syncDir,
  tooLarge,
  writeAll,
} from './file-store-io.js';

export { STORAGE_FULL_CODE, StorageFullError } from './file-store-io.js';

export interface StoredFile {
  sha256: string;
  size: number;
  /** Storage key: `sha256/ab/cd/<hash>`. */
  key: string;
}

export interface PutResult extends StoredFile {
  /** False when the same content was already stored (nothing written). */
  created: boolean;
}

export type PutInput = Uint8Array | Readable | AsyncIterable<Uint8Array | string>;

const KEY_RE = /^sha256\/([0-9a-f]{2})\/([0-9a-f]{2})\/([0-9a-f]{64})$/;
const TMP_DIR = '.tmp';

/** Storage key of a SHA-256 (hex). */
export function fileKey(sha256: string): string {
  const hash = sha256.toLowerCase();
  if (!/^[0-9a-f]{64}$/.test(hash)) {
    throw new InvalidInputError(
      'files/invalid_hash',
      `Empreinte SHA-256 invalide : « ${sha256} ».`,
    );
  }
  return `sha256/${hash.slice(0, 2)}/${hash.slice(2, 4)}/${hash}`;
}

/**
 * Content-addressed file store on a local (or shared) folder. Files are written once, under
 * their SHA-256, through a temporary file that is fsynced then renamed: a reader never sees a
 * partial file and storing the same content twice is a no-op.
 */
export class FileStore implements HealthCheck {
  private tmpDirReady = false;

  constructor(readonly rootDir: string) {}

  /** Absolute path of a stored file (after checking the key's shape). */
  pathOf(key: string): string {
    const m = KEY_RE.exec(key);
    if (!m || m[1] !== m[3].slice(0, 2) || m[2] !== m[3].slice(2, 4)) {
      throw new InvalidInputError('files/invalid_key', `Clé de fichier invalide : « ${key} ».`);
    }
    return path.join(this.rootDir, ...key.split('/'));
  }

  /**
   * Stores bytes or a stream; resolves once the file is durable. With `sha256` (the hash the
   * caller already computed), content that is already stored is not written again, and bytes that
   * do not match that hash are refused (`files/hash_mismatch`) instead of being stored. With
   * `verified` too, the caller vouches that it hashed these very bytes (a deposit's entries are
   * hashed while they are unzipped): they are not hashed a second time.
   */
  async put(
    input: PutInput,
    options: { maxBytes?: number; sha256?: string; verified?: boolean } = {},
  ): Promise<PutResult> {
    try {
      return await this.write(input, options);
    } catch (err) {
      throw isDiskFull(err) ? new StorageFullError() : err;
    }
  }

  private async write(
    input: PutInput,
    options: { maxBytes?: number; sha256?: string; verified?: boolean },
  ): Promise<PutResult> {
    const bytes = input instanceof Uint8Array ? input : null;
    if (bytes && options.maxBytes !== undefined && bytes.length > options.maxBytes) {
      throw tooLarge(options.maxBytes);
    }
    const known = options.sha256 !== undefined ? fileKey(options.sha256).slice(-64) : null;
    const digest = bytes ? (known && options.verified ? known : sha256Hex(bytes)) : null;
    if (known && digest && digest !== known) {
      throw hashMismatch(options.sha256!);
    }
    if (digest && (await this.exists(fileKey(digest)))) {
      return { sha256: digest, size: bytes!.length, key: fileKey(digest), created: false };
    }
    const tmpDir = path.join(this.rootDir, TMP_DIR);
    const tmp = path.join(tmpDir, `${randomUUID()}.part`);
    // Streams are hashed as they come.
    const hash = digest ? null : createHash('sha256');
    let size = 0;
    const fh = await this.openTemporary(tmpDir, tmp);
    try {
      const chunks: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array> = bytes
        ? [bytes]
        : (input as Exclude<PutInput, Uint8Array>);
      for await (const chunk of chunks) {
        const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
        size += buf.length;
        if (options.maxBytes !== undefined && size > options.maxBytes) {
          throw tooLarge(options.maxBytes);
        }
        hash?.update(buf);
        await writeAll(fh, buf);
      }
      await fh.sync();
      // A full disk can end a write short without an error: never keep a shorter file.
      if ((await fh.stat()).size !== size) {
        throw Object.assign(new Error('short write'), { code: 'ENOSPC' });
      }
    } catch (err) {
      await fh.close().catch(() => undefined);
      await unlink(tmp).catch(() => undefined);
      throw err;
    }
    await fh.close();

    const sha256 = digest ?? hash!.digest('hex');
    if (options.sha256 !== undefined && options.sha256.toLowerCase() !== sha256) {
      await unlink(tmp).catch(() => undefined);
      throw hashMismatch(options.sha256);
    }
    const key = fileKey(sha256);
    const target = this.pathOf(key);
    if (await this.exists(key)) {
      await unlink(tmp).catch(() => undefined);
      return { sha256, size, key, created: false };
    }
    await mkdir(path.dirname(target), { recursive: true });
    await rename(tmp, target);
    await syncDir(path.dirname(target));
    return { sha256, size, key, created: true };
  }

  /** Creates the temporary folder once per process (and again if it was removed meanwhile). */
  private async openTemporary(tmpDir: string, tmp: string) {
    if (!this.tmpDirReady) {
      await mkdir(tmpDir, { recursive: true });
      this.tmpDirReady = true;
    }
    try {
      return await open(tmp, 'wx');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') {
        throw err;
      }
      await mkdir(tmpDir, { recursive: true });
      return open(tmp, 'wx');
    }
  }

  async exists(key: string): Promise<boolean> {
    try {
      return (await stat(this.pathOf(key))).isFile();
    } catch (err) {
      if (err instanceof InvalidInputError) {
        throw err;
      }
      return false;
    }
  }

  /** Size in bytes, or null when absent. */
  async size(key: string): Promise<number | null> {
    try {
      return (await stat(this.pathOf(key))).size;
    } catch (err) {
      if (err instanceof InvalidInputError) {
        throw err;
      }
      return null;
    }
  }

  /** The whole file in memory. */
  async get(key: string): Promise<Buffer> {
    try {
      return await readFile(this.pathOf(key));
    } catch (err) {
      throw notFoundOr(err, key);
    }
  }

  /** A read stream (optionally a byte range, `end` inclusive). Rejects when the file is absent. */
  async createReadStream(
    key: string,
    range?: { start?: number; end?: number },
  ): Promise<ReadStream> {
    const file = this.pathOf(key);
    const fh = await open(file, 'r').catch((err: unknown) => {
      throw notFoundOr(err, key);
    });
    return createReadStream(file, { fd: fh, ...range });
  }

  /** Writes, reads back and removes a probe file in the store's temporary folder. */
  async health(): Promise<ComponentHealth> {
    const engine = 'fs';
    try {
      const dir = path.join(this.rootDir, TMP_DIR);
      await mkdir(dir, { recursive: true });
      const probe = path.join(dir, `health-${randomUUID()}`);
      let back: string;
      try {
        const fh = await open(probe, 'wx');
        try {
          await fh.writeFile('ok');
        } finally {
          await fh.close();
        }
        back = await readFile(probe, 'utf8');
      } finally {
        // Never a probe left behind, even when the disk is full.
        await unlink(probe).catch(() => undefined);
      }
      return back === 'ok'
        ? { ok: true, engine }
        : { ok: false, engine, detail: 'read-back mismatch' };
    } catch (err) {
      return { ok: false, engine, detail: (err as Error).message };
    }
  }

  /** Removes temporary files left by interrupted writes (older than `olderThanMs`). */
  async cleanTemporary(olderThanMs = 60 * 60 * 1000): Promise<number> {
    const dir = path.join(this.rootDir, TMP_DIR);
    let removed = 0;
    const names = await readdir(dir).catch(() => [] as string[]);
    for (const name of names) {
      const p = path.join(dir, name);
      const st = await stat(p).catch(() => null);
      if (st && Date.now() - st.mtimeMs > olderThanMs) {
        await unlink(p).catch(() => undefined);
        removed++;
      }
    }
    return removed;
  }
}
