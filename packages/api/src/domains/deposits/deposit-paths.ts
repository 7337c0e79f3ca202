import { copyFile, mkdir, rename, stat, unlink, utimes } from 'node:fs/promises';
import path from 'node:path';

/** incoming (watched), processed and quarantine live side by side. */
export function depositDirs(depositDir: string) {
  const base = path.dirname(depositDir);
  return {
    incoming: depositDir,
    processed: path.join(base, 'processed'),
    quarantine: path.join(base, 'quarantine'),
  };
}

export async function ensureDepositDirs(depositDir: string): Promise<void> {
  for (const dir of Object.values(depositDirs(depositDir))) {
    await mkdir(dir, { recursive: true });
  }
}

/**
 * Moves a file; returns the new path. Across file systems: a copy under a hidden `.part` name
 * with the same times, renamed into place, then the original removed (no partial file is ever
 * seen under the final name, and the modification time that keys a deposit's job is kept).
 */
export async function moveFile(from: string, toDir: string, name: string): Promise<string> {
  await mkdir(toDir, { recursive: true });
  const to = path.join(toDir, name);
  if (path.resolve(from) === path.resolve(to)) {
    return to;
  }
  try {
    await rename(from, to);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EXDEV') {
      throw err;
    }
    const partial = path.join(toDir, `.${name}.part`);
    const source = await stat(from);
    await copyFile(from, partial);
    await utimes(partial, source.atime, source.mtime);
    await rename(partial, to);
    await unlink(from);
  }
  return to;
}

export async function fileExists(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isFile();
  } catch {
    return false;
  }
}
