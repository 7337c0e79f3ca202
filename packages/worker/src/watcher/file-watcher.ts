import type { Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { watch } from 'chokidar';
import { isDepositName, isIgnoredName } from './file-events.js';

/** The logging this module needs (a pino logger fits). */
export interface WatchLog {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface WatchDirectoryOptions {
  /** Called once per complete version of a file (size and mtime stable for `stabilityMs`). */
  onFileReady(filePath: string, stats: Stats, event: 'add' | 'change'): void | Promise<void>;
  log: WatchLog;
  /** Which file names are watched (default: `*.zip`, any case, not hidden or partial). */
  accept?: (name: string) => boolean;
  /**
   * Whether a file's bytes are known to be all there (a zip whose end record is written), with
   * the size and mtime just seen: such a file is reported at once, without the stability delay
   * (a writer's rename into the folder). Files it refuses still wait for `stabilityMs`.
   */
  isComplete?: (filePath: string, stats: Stats) => Promise<boolean>;
  /** How long size and mtime must stay unchanged before a file is reported (default 2000 ms). */
  stabilityMs?: number;
  /** How often a file being written is looked at (default 250 ms). */
  pollMs?: number;
  /** When `onFileReady` throws (queue unreachable…), the file is offered again after this (default 10 s). */
  retryMs?: number;
  /** How long `close()` waits for a callback in progress (an enqueue) before giving up (3 s). */
  closeWaitMs?: number;
}

export interface DirectoryWatcher {
  /** Stops watching, cancels pending checks and waits (bounded) for callbacks in progress. */
  close(): Promise<void>;
}

interface Pending {
  timer?: ReturnType<typeof setTimeout>;
  size: number;
  mtimeMs: number;
  stableSince: number;
  event: 'add' | 'change';
}

/**
 * Watches the top level of `dir` (never sub-directories such as processed/ or quarantine/).
 * Files already there at start are reported too. The size-stability check is our own rather
 * than chokidar's `awaitWriteFinish`, which skips files of the initial scan and keeps polling
 * after `close()`. Resolves once the initial scan is done.
 */
export async function watchDirectory(
  dir: string,
  options: WatchDirectoryOptions,
): Promise<DirectoryWatcher> {
  const root = path.resolve(dir);
  if (!(await stat(root)).isDirectory()) {
    throw new Error(`not a directory: ${root}`);
  }
  const { log, onFileReady } = options;
  const accept = options.accept ?? isDepositName;
  const stabilityMs = options.stabilityMs ?? 2000;
  const pollMs = options.pollMs ?? 250;
  const retryMs = options.retryMs ?? 10_000;
  const retries = new Set<ReturnType<typeof setTimeout>>();
  const pending = new Map<string, Pending>();
  const reported = new Map<string, string>();
  const inflight = new Set<Promise<void>>();
  let closed = false;

  const track = (p: Promise<void>) => {
    inflight.add(p);
    void p.finally(() => inflight.delete(p)).catch(() => undefined);
  };

  const report = async (filePath: string, stats: Stats, event: 'add' | 'change') => {
    const key = `${stats.size}:${stats.mtimeMs}`;
    if (reported.get(filePath) === key) {
      return; // the same complete file seen again (chokidar reports add + change, …)
    }
    reported.set(filePath, key);
    log.info({ path: filePath, size: stats.size }, 'file ready');
    try {
      await onFileReady(filePath, stats, event);
    } catch (err) {
      log.error({ err, path: filePath, retryMs }, 'file ready handler failed; will retry');
      reported.delete(filePath);
      if (!closed) {
        const t = setTimeout(() => {
          retries.delete(t);
          seen(filePath, event);
        }, retryMs);
        retries.add(t);
      }
    }
  };

  const check = async (filePath: string) => {
    const entry = pending.get(filePath);
    if (closed || !entry) {
      return;
    }
    let stats: Stats;
    try {
      stats = await stat(filePath);
    } catch (err) {
      pending.delete(filePath);
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') {
        log.warn({ err, path: filePath }, 'cannot read file state');
      }
      return;
    }
    if (closed || pending.get(filePath) !== entry) {
      return;
    }
    const now = Date.now();
    if (stats.size !== entry.size || stats.mtimeMs !== entry.mtimeMs) {
      Object.assign(entry, { size: stats.size, mtimeMs: stats.mtimeMs, stableSince: now });
    }
    if (!stats.isFile()) {
      pending.delete(filePath);
    } else if (
      now - entry.stableSince >= stabilityMs ||
      (options.isComplete && (await options.isComplete(filePath, stats)))
    ) {
      if (closed || pending.get(filePath) !== entry) {
        return;
      }
      pending.delete(filePath);
      await report(filePath, stats, entry.event);
    } else {
      entry.timer = setTimeout(() => track(check(filePath)), pollMs);
    }
  };

  const seen = (filePath: string, event: 'add' | 'change') => {
    if (closed || pending.has(filePath) || !accept(path.basename(filePath))) {
      return;
    }
    pending.set(filePath, { size: -1, mtimeMs: -1, stableSince: Date.now(), event });
    track(check(filePath));
  };

  const ignored = (p: string, stats?: Stats) => {
    if (path.resolve(p) === root) {
      return false;
    }
    const name = path.basename(p);
    return (
      path.dirname(path.resolve(p)) !== root ||
      isIgnoredName(name) ||
      stats?.isDirectory() === true ||
      (stats?.isFile() === true && !accept(name))
    );
  };

  const watcher = watch(root, { depth: 0, ignoreInitial: false, alwaysStat: true, ignored });
  watcher.on('add', (p) => seen(path.resolve(p), 'add'));
  watcher.on('change', (p) => seen(path.resolve(p), 'change'));
  watcher.on('unlink', (p) => {
    const filePath = path.resolve(p);
    clearTimeout(pending.get(filePath)?.timer);
    pending.delete(filePath);
    reported.delete(filePath);
  });
  watcher.on('error', (err) => log.error({ err, dir: root }, 'watcher error'));
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  log.info({ dir: root, stabilityMs }, 'watching directory');

  return {
    async close() {
      if (closed) {
        return;
      }
      closed = true;
      for (const entry of pending.values()) {
        clearTimeout(entry.timer);
      }
      pending.clear();
      retries.forEach(clearTimeout);
      retries.clear();
      await watcher.close();
      let giveUp: ReturnType<typeof setTimeout> | undefined;
      const waited = await Promise.race([
        Promise.allSettled([...inflight]).then(() => true),
        new Promise<false>(
          (r) => (giveUp = setTimeout(() => r(false), options.closeWaitMs ?? 3000)),
        ),
      ]);
      clearTimeout(giveUp);
      if (!waited) {
        log.warn({ dir: root }, 'closed while a file was still being handed over');
      }
      log.info({ dir: root }, 'stopped watching directory');
    },
  };
}
