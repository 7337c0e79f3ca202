import { mkdtemp, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDeposit } from '@opendata/api/fixtures';
import { isZipComplete } from './zip-complete.js';

describe('isZipComplete', () => {
  it('knows a whole deposit zip, and no prefix of it, as complete', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'zip-complete-'));
    const zip = await buildDeposit();
    const file = path.join(dir, 'depot.zip');
    await writeFile(file, zip);
    expect(await isZipComplete(file)).toBe(true);
    expect(await isZipComplete(file, await stat(file))).toBe(true);
    // Every cut a writer could be at, including just before the end record's last bytes.
    for (const cut of [
      0,
      1,
      21,
      100,
      Math.floor(zip.length / 2),
      zip.length - 23,
      zip.length - 1,
    ]) {
      await writeFile(file, zip.subarray(0, cut));
      expect(await isZipComplete(file), `cut at ${cut} of ${zip.length}`).toBe(false);
    }
  });

  it('says no for a preallocated file, a file that changed since it was seen, or none', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'zip-complete-'));
    const zip = await buildDeposit();
    const file = path.join(dir, 'depot.zip');
    await writeFile(file, Buffer.concat([zip.subarray(0, 100), Buffer.alloc(zip.length - 100)]));
    expect(await isZipComplete(file)).toBe(false);
    await writeFile(file, zip);
    const seen = await stat(file);
    expect(await isZipComplete(file, { size: seen.size - 1, mtimeMs: seen.mtimeMs })).toBe(false);
    expect(await isZipComplete(path.join(dir, 'absent.zip'))).toBe(false);
    await writeFile(file, 'PK');
    expect(await isZipComplete(file)).toBe(false);
  });
});
