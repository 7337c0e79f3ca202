import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../core/config.js';
import { decpUploadsDir, STALE_UPLOAD_MS } from '../domains/procurement/decp-uploads.js';
import { createApiRuntime } from './app.js';

async function seedDecpUploads() {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'decp-uploads-'));
  const dir = decpUploadsDir(path.join(dataDir, 'decp', 'incoming'));
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
  return { dataDir, dir };
}

describe('createApiRuntime at start', () => {
  it('removes the DECP uploads a crash left behind (API or worker), not one in flight', async () => {
    const { dataDir, dir } = await seedDecpUploads();
    try {
      const rt = await createApiRuntime(loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'error' }), {
        relay: false,
      });
      await rt.close();
      expect((await readdir(dir)).sort()).toEqual(['in-flight.part', 'notes.txt']);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
