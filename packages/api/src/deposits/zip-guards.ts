// Guards used while inflating zip entries: sizes, ratios and checksums on the real bytes.
import { createHash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { crc32 } from 'node:zlib';
import type yauzl from 'yauzl';
import { DepositError } from './deposit-error.js';
import type { UnzipLimits, ZipEntryHeader } from './safe-unzip.js';

export const MiB = (n: number) => `${Math.round((n / 1024 / 1024) * 10) / 10} Mio`;

/** `detail` is French; `technical` (a library message) is kept in the details only. */
export function corrupt(detail: string, file?: string, technical?: string): DepositError {
  return new DepositError(
    'deposit/corrupt_zip',
    `Le fichier zip est endommagé ou incomplet${file ? ` (entrée « ${file} »)` : ''} : ${detail}.`,
    { ...(file ? { file } : {}), ...(technical ? { technical } : {}) },
  );
}

export const UNREADABLE = 'structure illisible (fichier tronqué ou abîmé)';

export function bomb(name: string, why: string): DepositError {
  return new DepositError(
    'deposit/zip_bomb',
    `Entrée du zip « ${name} » refusée (bombe de décompression) : ${why}.`,
    {
      file: name,
    },
  );
}

export function tooLarge(name: string, size: number, max: number): DepositError {
  return new DepositError(
    'deposit/too_large',
    `Le fichier « ${name} » fait plus de ${MiB(max)} une fois décompressé (${MiB(size)} au moins).`,
    { file: name },
  );
}

/** Counts, hashes and bounds the inflated bytes of one entry; checks size and CRC at the end. */
export class EntryGuard extends Transform {
  count = 0;
  private crc = 0;
  private readonly hash = createHash('sha256');
  sha256 = '';

  constructor(
    private readonly entry: yauzl.Entry,
    private readonly header: ZipEntryHeader,
    private readonly limits: UnzipLimits,
    private readonly total: { bytes: number },
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
    if (this.total.bytes > this.limits.maxTotalBytes) {
      return done(
        new DepositError(
          'deposit/too_large',
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

export function mapStreamError(err: unknown, name: string): DepositError {
  if (err instanceof DepositError) {
    return err;
  }
  const message = (err as Error)?.message ?? String(err);
  if (/too many bytes/i.test(message)) {
    return bomb(name, 'taille réelle supérieure à la taille annoncée');
  }
  return corrupt('données illisibles', name, message);
}
