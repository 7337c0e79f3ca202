import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { decpUploadsDir, removeStaleDecpUploads, STALE_UPLOAD_MS } from './decp-uploads.js';

/** A DATA_DIR whose DECP uploads folder holds a crash's leftover, an upload in flight, a note. */
async function seedDecpUploads(): Promise<{
  dataDir: string;
  decpDir: string;
  dir: string;
}> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'decp-uploads-'));
  const decpDir = path.join(dataDir, 'decp', 'incoming');
  const dir = decpUploadsDir(decpDir);
  await mkdir(dir, { recursive: true });
  const old = (Date.now() - STALE_UPLOAD_MS - 60_000) / 1000;
  for (const [name, mtime] of [
    ['crashed.part', old],
    ['in-flight.part', Date.now() / 1000],
    ['notes.txt', old],
  ] as const) {
    await writeFile(path.join(dir, name), 'x');
    await utimes(path.join(dir, name), mtime, mtime);
  }
  return { dataDir, decpDir, dir };
}

describe('removeStaleDecpUploads', () => {
  const dirs: string[] = [];
  afterEach(async () => {
    await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
  });

  it('removes the .part files left untouched for long, keeps recent ones and other files', async () => {
    const { dataDir, decpDir, dir } = await seedDecpUploads();
    dirs.push(dataDir);
    expect(decpUploadsDir(decpDir)).toBe(path.join(path.dirname(decpDir), 'uploads'));
    expect(await removeStaleDecpUploads(decpDir)).toEqual(['crashed.part']);
    expect((await readdir(dir)).sort()).toEqual(['in-flight.part', 'notes.txt']);
    // With no age asked (nothing in flight), every upload goes.
    expect(await removeStaleDecpUploads(decpDir, 0)).toEqual(['in-flight.part']);
  });

  it('is harmless without an uploads folder', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'decp-uploads-'));
    dirs.push(dataDir);
    expect(await removeStaleDecpUploads(path.join(dataDir, 'decp', 'incoming'))).toEqual([]);
  });
});
