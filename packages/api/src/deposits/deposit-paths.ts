import { copyFile, mkdir, rename, stat, unlink } from 'node:fs/promises';
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

/** Moves a file (rename, or copy + unlink across devices); returns the new path. */
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
    await copyFile(from, to);
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
