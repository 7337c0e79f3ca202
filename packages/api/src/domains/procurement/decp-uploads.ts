import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { childLogger } from '../../core/logger.js';

const log = childLogger('procurement');

/** Uploads older than this at start are leftovers (a crash mid-upload or mid-import). */
export const STALE_UPLOAD_MS = 15 * 60_000;

/** Where staff uploads are spooled while they are read (`$DATA_DIR/decp/uploads`). */
export function decpUploadsDir(decpDir: string): string {
  return path.join(path.dirname(path.resolve(decpDir)), 'uploads');
}

/**
 * Removes the spooled uploads (`*.part`) a stopped process left behind: an upload is removed
 * once read, so one still there and untouched for `olderThanMs` belongs to no request. Newer
 * ones are left alone (another process sharing DATA_DIR may be receiving or reading them).
 * Returns the names removed.
 */
export async function removeStaleDecpUploads(
  decpDir: string,
  olderThanMs = STALE_UPLOAD_MS,
  now = Date.now(),
): Promise<string[]> {
  const dir = decpUploadsDir(decpDir);
  const names = await readdir(dir).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names.filter((n) => n.endsWith('.part'))) {
    const file = path.join(dir, name);
    const s = await stat(file).catch(() => null);
    if (s?.isFile() && now - s.mtimeMs >= olderThanMs) {
      await rm(file, { force: true });
      removed.push(name);
    }
  }
  if (removed.length > 0) {
    log.info({ dir, removed: removed.length }, 'stale DECP uploads removed');
  }
  return removed;
}
