import { mkdtemp, readdir, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { depositDirs, startDepositWatcher } from './deposit-watcher.js';
import type { DirectoryWatcher, WatchLog } from './file-watcher.js';

const silent: WatchLog = { debug() {}, info() {}, warn() {}, error() {} };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('startDepositWatcher', () => {
  let watcher: DirectoryWatcher | undefined;
  afterEach(async () => {
    await watcher?.close();
  });

  it('creates the deposit folders and queues each complete zip once with a stable key', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'deposits-'));
    const depositDir = path.join(dataDir, 'deposits', 'incoming');
    const queued: [string, string][] = [];
    watcher = await startDepositWatcher({
      depositDir,
      log: silent,
      stabilityMs: 200,
      pollMs: 50,
      enqueueDeposit: async (p, key) => {
        queued.push([p, key]);
      },
    });
    expect((await readdir(path.join(dataDir, 'deposits'))).sort()).toEqual([
      'incoming',
      'processed',
      'quarantine',
    ]);
    expect(depositDirs(depositDir).quarantine).toBe(path.join(dataDir, 'deposits', 'quarantine'));

    const zip = path.join(depositDir, '2024-DEL-12.zip');
    await writeFile(zip, 'PK');
    await writeFile(path.join(depositDir, 'readme.txt'), 'x');
    await sleep(800);
    expect(queued).toHaveLength(1);
    expect(queued[0]![0]).toBe(zip);
    expect(queued[0]![1]).toMatch(/^deposit\.ingest:[0-9a-f]{64}$/);
    expect((await stat(zip)).size).toBe(2);
  });
});
