import { mkdtemp, open, readdir, rename, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DepositLayout } from '@opendata/api';
import { buildDeposit } from '@opendata/api/fixtures';
import { startDepositWatcher } from './deposit-watcher.js';
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
      'queued',
    ]);
    expect(new DepositLayout(depositDir).quarantine).toBe(
      path.join(dataDir, 'deposits', 'quarantine'),
    );

    const zip = path.join(depositDir, '2024-DEL-12.zip');
    await writeFile(zip, 'PK');
    await writeFile(path.join(depositDir, 'readme.txt'), 'x');
    await sleep(800);
    expect(queued).toHaveLength(1);
    const [spooled, key] = queued[0]!;
    // Moved out of the watched folder to the spool, under its own name after a version prefix.
    expect(path.dirname(spooled)).toBe(path.join(dataDir, 'deposits', 'queued'));
    expect(path.basename(spooled)).toMatch(/^[0-9a-f]{36}__2024-DEL-12\.zip$/);
    expect(key).toMatch(/^deposit\.ingest:[0-9a-f]{64}$/);
    expect((await stat(spooled)).size).toBe(2);
    expect(await readdir(depositDir)).toEqual(['readme.txt']);
  });

  it('queues at start the zips a stop left in the spool, with the key they were moved with', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'deposits-'));
    const depositDir = path.join(dataDir, 'deposits', 'incoming');
    const first: [string, string][] = [];
    // The process "stops" after the move and before its job is written.
    watcher = await startDepositWatcher({
      depositDir,
      log: silent,
      stabilityMs: 100,
      pollMs: 50,
      enqueueDeposit: async (p, key) => {
        first.push([p, key]);
      },
    });
    await writeFile(path.join(depositDir, 'aBc1234.zip'), 'PK');
    await sleep(600);
    await watcher.close();
    expect(first).toHaveLength(1);

    const again: [string, string][] = [];
    watcher = await startDepositWatcher({
      depositDir,
      log: silent,
      enqueueDeposit: async (p, key) => {
        again.push([p, key]);
      },
    });
    expect(again).toEqual(first);
  });

  it('puts a zip back in the watched folder when its job cannot be queued, and queues it later', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'deposits-'));
    const depositDir = path.join(dataDir, 'deposits', 'incoming');
    const queued: string[] = [];
    let attempts = 0;
    watcher = await startDepositWatcher({
      depositDir,
      log: silent,
      stabilityMs: 100,
      pollMs: 50,
      retryMs: 300,
      enqueueDeposit: async (p) => {
        attempts += 1;
        if (attempts === 1) {
          throw new Error('file des tâches injoignable');
        }
        queued.push(p);
      },
    });
    await writeFile(path.join(depositDir, 'aBc1234.zip'), 'PK');
    for (let i = 0; i < 40 && attempts === 0; i++) {
      await sleep(25);
    }
    await sleep(50);
    expect(attempts).toBe(1);
    expect(await readdir(depositDir)).toEqual(['aBc1234.zip']);
    for (let i = 0; i < 40 && queued.length === 0; i++) {
      await sleep(50);
    }
    expect(queued).toHaveLength(1);
    expect(await readdir(depositDir)).toEqual([]);
    expect(await readdir(path.join(dataDir, 'deposits', 'queued'))).toEqual([
      path.basename(queued[0]!),
    ]);
  });
});

describe('startDepositWatcher with complete and partial zips', () => {
  let watcher: DirectoryWatcher | undefined;
  afterEach(async () => {
    await watcher?.close();
  });

  it('queues a zip renamed in once written at once, and a zip being written only once whole', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'deposits-'));
    const depositDir = path.join(dataDir, 'deposits', 'incoming');
    const queued: { name: string; at: number }[] = [];
    const started = Date.now();
    watcher = await startDepositWatcher({
      depositDir,
      log: silent,
      stabilityMs: 30_000, // far longer than the test: only completeness can let a zip through
      pollMs: 50,
      enqueueDeposit: async (p) => {
        queued.push({ name: path.basename(p).replace(/^[0-9a-f]+__/, ''), at: Date.now() });
      },
    });
    const zip = await buildDeposit();
    // A writer's atomic rename: the file appears whole.
    await writeFile(path.join(dataDir, 'renamed.zip'), zip);
    await rename(path.join(dataDir, 'renamed.zip'), path.join(depositDir, 'renamed.zip'));
    // A writer writing in place: half of the bytes, a pause, then the rest.
    const inPlace = await open(path.join(depositDir, 'in-place.zip'), 'w');
    await inPlace.write(zip.subarray(0, zip.length >> 1));
    for (let i = 0; i < 60 && queued.length === 0; i++) {
      await sleep(25);
    }
    await sleep(400);
    expect(queued.map((q) => q.name)).toEqual(['renamed.zip']);
    expect(queued[0]!.at - started).toBeLessThan(5_000);
    expect(await readdir(depositDir)).toEqual(['in-place.zip']);

    await inPlace.write(zip.subarray(zip.length >> 1));
    await inPlace.close();
    for (let i = 0; i < 80 && queued.length < 2; i++) {
      await sleep(25);
    }
    expect(queued.map((q) => q.name)).toEqual(['renamed.zip', 'in-place.zip']);
    const spooled = await readdir(path.join(dataDir, 'deposits', 'queued'));
    const sizes = await Promise.all(
      spooled.map(async (n) => (await stat(path.join(dataDir, 'deposits', 'queued', n))).size),
    );
    expect(sizes).toEqual([zip.length, zip.length]);
  });
});
