import { open, type FileHandle } from 'node:fs/promises';
import { AppError, InvalidInputError, NotFoundError } from '../../core/errors.js';

// The file store's errors and low-level writes (file-store.ts).

/** The store's disk is full: the caller retries later (nothing was kept). */
export class StorageFullError extends AppError {
  readonly logLevel = 'warn';
  constructor() {
    super(
      STORAGE_FULL_CODE,
      'Espace disque plein : les fichiers ne peuvent plus être enregistrés. Libérez de la place ; les traitements en attente reprendront seuls.',
    );
  }
}
export const STORAGE_FULL_CODE = 'files/no_space';

export function isDiskFull(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOSPC' || code === 'EDQUOT';
}

/** Writes every byte of `buf` (a write may end short). */
export async function writeAll(fh: FileHandle, buf: Uint8Array): Promise<void> {
  let offset = 0;
  while (offset < buf.length) {
    const { bytesWritten } = await fh.write(buf, offset, buf.length - offset);
    if (bytesWritten <= 0) {
      throw Object.assign(new Error('no byte written'), { code: 'ENOSPC' });
    }
    offset += bytesWritten;
  }
}

export function tooLarge(maxBytes: number): InvalidInputError {
  return new InvalidInputError(
    'files/too_large',
    `Fichier trop volumineux (plus de ${maxBytes} octets).`,
  );
}

export function hashMismatch(expected: string): InvalidInputError {
  return new InvalidInputError(
    'files/hash_mismatch',
    `Le contenu reçu ne correspond pas à l’empreinte SHA-256 annoncée (${expected}).`,
  );
}

export function notFoundOr(err: unknown, key: string): unknown {
  if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
    return new NotFoundError('files/not_found', `Fichier introuvable dans le stockage (${key}).`);
  }
  return err;
}

export async function syncDir(dir: string): Promise<void> {
  try {
    const fh = await open(dir, 'r');
    try {
      await fh.sync();
    } finally {
      await fh.close();
    }
  } catch {
    // Some platforms cannot fsync a directory; the rename is still atomic.
  }
}
