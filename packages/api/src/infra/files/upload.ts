import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import type { FileUpload } from 'graphql-upload/processRequest.mjs';
import { InvalidInputError } from '../../core/errors.js';

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

function tooLarge(upload: FileUpload, maxBytes: number) {
  return new InvalidInputError(
    'files/too_large',
    `« ${upload.filename} » dépasse ${mb(maxBytes)} Mo.`,
  );
}

/**
 * Writes an uploaded file to `to` (under a hidden `.part` name until complete, so that nothing
 * reads half a file), refusing one over `maxBytes` or empty. Returns its size.
 */
export async function saveUpload(
  upload: FileUpload,
  to: string,
  maxBytes: number,
): Promise<number> {
  await mkdir(path.dirname(to), { recursive: true });
  const partial = path.join(path.dirname(to), `.${path.basename(to)}.part`);
  let size = 0;
  const limit = new Transform({
    transform(chunk: Buffer, _enc, done) {
      size += chunk.length;
      done(size > maxBytes ? tooLarge(upload, maxBytes) : null, chunk);
    },
  });
  try {
    await pipeline(upload.createReadStream(), limit, createWriteStream(partial));
    if (size === 0) {
      throw new InvalidInputError('files/empty', `« ${upload.filename} » est vide.`);
    }
    await rename(partial, to);
    return size;
  } catch (err) {
    await rm(partial, { force: true });
    throw err;
  }
}
