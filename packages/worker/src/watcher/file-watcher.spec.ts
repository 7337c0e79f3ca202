import type { Stats } from 'node:fs';
import { mkdir, mkdtemp, open, rename, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { watchDirectory, type DirectoryWatcher, type WatchLog } from './file-watcher.js';

const STABILITY_MS = 400;
const POLL_MS = 50;
const silent: WatchLog = { debug() {}, info() {}, warn() {}, error() {} };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Report {
  name: string;
  size: number;
  at: number;
}

async function waitFor(what: string, check: () => boolean, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}`);
    }
    await sleep(25);
  }
}

/** Handles that would keep the process alive because of a watcher. */
function fsHandles(): number {
  return process.getActiveResourcesInfo().filter((r) => r === 'FSEventWrap' || r === 'StatWatcher')
    .length;
}

describe('watchDirectory', () => {
  let watcher: DirectoryWatcher | undefined;

  afterEach(async () => {
    await watcher?.close();
    watcher = undefined;
  });

  async function start(dir: string) {
    const reports: Report[] = [];
    watcher = await watchDirectory(dir, {
      log: silent,
      stabilityMs: STABILITY_MS,
      pollMs: POLL_MS,
      onFileReady: (p: string, stats: Stats) => {
        reports.push({ name: path.relative(dir, p), size: stats.size, at: Date.now() });
      },
    });
    return reports;
  }

  it('reports zips present before start once, and nothing else', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'watch-initial-'));
    await mkdir(path.join(dir, 'processed'));
    await mkdir(path.join(dir, 'quarantine'));
    await writeFile(path.join(dir, 'a.zip'), 'a'.repeat(10));
    await writeFile(path.join(dir, 'B.ZIP'), 'b'.repeat(20));
    await writeFile(path.join(dir, 'notes.txt'), 'x');
    await writeFile(path.join(dir, 'c.zip.part'), 'x');
    await writeFile(path.join(dir, 'c.zip.tmp'), 'x');
    await writeFile(path.join(dir, '.hidden.zip'), 'x');
    await writeFile(path.join(dir, '.~lock.zip'), 'x');
    await writeFile(path.join(dir, 'processed', 'old.zip'), 'x');
    await writeFile(path.join(dir, 'quarantine', 'bad.zip'), 'x');

    const reports = await start(dir);
    await waitFor('both zips', () => reports.length >= 2);
    await sleep(STABILITY_MS * 2);
    expect(reports.map((r) => [r.name, r.size]).sort()).toEqual([
      ['B.ZIP', 20],
      ['a.zip', 10],
    ]);
    // A file landing in a sub-directory later is not reported either.
    await writeFile(path.join(dir, 'processed', 'later.zip'), 'x');
    await sleep(STABILITY_MS * 2);
    expect(reports).toHaveLength(2);
  });

  it('reports a zip written slowly only once it is complete, with its final size', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'watch-slow-'));
    const reports = await start(dir);
    const chunk = Buffer.alloc(64 * 1024, 7);
    const handle = await open(path.join(dir, 'slow.zip'), 'w');
    let lastWrite = 0;
    for (let i = 0; i < 6; i++) {
      await handle.write(chunk);
      lastWrite = Date.now();
      await sleep(250); // ~1.5 s of writing, pauses shorter than the stability window
      expect(reports, `reported while still being written (chunk ${i})`).toEqual([]);
    }
    await handle.close();

    await waitFor('the complete file', () => reports.length > 0);
    await sleep(STABILITY_MS * 2);
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ name: 'slow.zip', size: 6 * chunk.length });
    expect(reports[0]!.at - lastWrite).toBeGreaterThanOrEqual(STABILITY_MS - POLL_MS);
  });

  it('reports two zips dropped at once, and a renamed .part, once each', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'watch-pair-'));
    const reports = await start(dir);
    await Promise.all([
      writeFile(path.join(dir, 'one.zip'), 'x'.repeat(100)),
      writeFile(path.join(dir, 'two.zip'), 'y'.repeat(200)),
      writeFile(path.join(dir, 'three.zip.part'), 'z'.repeat(300)),
    ]);
    await rename(path.join(dir, 'three.zip.part'), path.join(dir, 'three.zip'));
    await waitFor('three zips', () => reports.length >= 3);
    await sleep(STABILITY_MS * 2);
    expect(reports.map((r) => [r.name, r.size]).sort()).toEqual([
      ['one.zip', 100],
      ['three.zip', 300],
      ['two.zip', 200],
    ]);
  });

  it('offers a file again when the handler failed (queue unreachable)', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'watch-retry-'));
    let calls = 0;
    watcher = await watchDirectory(dir, {
      log: silent,
      stabilityMs: 100,
      pollMs: POLL_MS,
      retryMs: 200,
      onFileReady: () => {
        calls += 1;
        if (calls === 1) {
          throw new Error('queue unreachable');
        }
      },
    });
    await writeFile(path.join(dir, 'retry.zip'), 'x');
    await waitFor('the retry', () => calls >= 2);
    await sleep(600);
    expect(calls).toBe(2);
  });

  it('close() does not wait forever for a handler that hangs', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'watch-hang-'));
    let called = false;
    watcher = await watchDirectory(dir, {
      log: silent,
      stabilityMs: 50,
      pollMs: POLL_MS,
      closeWaitMs: 200,
      onFileReady: () => {
        called = true;
        return new Promise<void>(() => undefined); // e.g. a queue that never answers
      },
    });
    await writeFile(path.join(dir, 'hang.zip'), 'x');
    await waitFor('the handler', () => called);
    const t = Date.now();
    await watcher.close();
    expect(Date.now() - t).toBeLessThan(1000);
  });

  it('close() stops everything: no handles left, no report afterwards', async () => {
    await sleep(50); // let handles of earlier tests' watchers be released
    const before = fsHandles();
    const dir = await mkdtemp(path.join(os.tmpdir(), 'watch-close-'));
    const reports = await start(dir);
    expect(fsHandles()).toBeGreaterThan(before);
    await writeFile(path.join(dir, 'pending.zip'), 'x'); // still in its stability window
    await sleep(POLL_MS * 2);
    await watcher!.close();
    watcher = undefined;
    await sleep(20); // fs.watch handles are released on the next turn of the loop
    expect(fsHandles()).toBe(before);
    await writeFile(path.join(dir, 'after-close.zip'), 'x');
    await sleep(STABILITY_MS * 2);
    expect(reports).toEqual([]);
    expect((await stat(path.join(dir, 'pending.zip'))).size).toBe(1);
  });
});
