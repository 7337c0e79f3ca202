import { readdir, rename, stat } from 'node:fs/promises';
import path from 'node:path';
import { DepositLayout, moveFile, type Components } from '@opendata/api';
import { depositUniqueKey, isDepositName, toDepositJob } from './file-events.js';
import { watchDirectory, type DirectoryWatcher, type WatchLog } from './file-watcher.js';
import { isZipComplete } from './zip-complete.js';

/** Queues the ingestion of one complete deposit zip (idempotent on `uniqueKey`). */
export type EnqueueDeposit = (filePath: string, uniqueKey: string) => Promise<void>;

/**
 * The enqueue seam: the job queue when this runtime has one (`deposit.ingest`, unique per
 * file version), otherwise the file is only logged and is picked up again at the next start.
 */
export function enqueueDepositWith(
  components: Pick<Components, 'jobs'>,
  log: WatchLog,
): EnqueueDeposit {
  return async (filePath, uniqueKey) => {
    if (!components.jobs) {
      log.warn({ path: filePath }, 'no job queue in this process: deposit not queued');
      return;
    }
    const jobId = await components.jobs.enqueue(
      'deposit.ingest',
      { path: filePath },
      { uniqueKey },
    );
    log.info({ path: filePath, jobId }, 'deposit queued');
  };
}

export interface DepositWatcherOptions {
  depositDir: string;
  enqueueDeposit: EnqueueDeposit;
  log: WatchLog;
  stabilityMs?: number;
  pollMs?: number;
  /** When queuing fails, the zip is offered again after this (default 10 s). */
  retryMs?: number;
}

/**
 * Creates the deposit folders, queues the zips left in `queued/` by a stop between their move
 * and their job, then queues every complete zip in DEPOSIT_DIR (present or new), each moved to
 * `queued/` first.
 */
export async function startDepositWatcher(
  options: DepositWatcherOptions,
): Promise<DirectoryWatcher> {
  const layout = new DepositLayout(options.depositDir);
  await layout.ensure();
  await requeueSpooled(layout.queued, options);
  return watchDirectory(layout.incoming, {
    log: options.log,
    stabilityMs: options.stabilityMs,
    pollMs: options.pollMs,
    retryMs: options.retryMs,
    // A zip renamed in once written is complete at first sight: no stability delay for it.
    isComplete: isZipComplete,
    onFileReady: async (filePath, stats, event) => {
      const job = toDepositJob(event, filePath, stats);
      if (!job) {
        return;
      }
      // The spool name keeps the original name behind a prefix of the version's key (see
      // DepositLayout): two versions of one name never meet in the spool.
      let spooled: string;
      try {
        spooled = await moveFile(filePath, layout.spoolPath(filePath, job.uniqueKey));
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
          return; // another worker process took it first
        }
        throw err;
      }
      try {
        await options.enqueueDeposit(spooled, depositUniqueKey(spooled, stats));
      } catch (err) {
        // Back where it was, so that the watcher offers it again (else: queued at next start).
        await rename(spooled, filePath).catch((back: unknown) =>
          options.log.error(
            { err: back, path: spooled },
            'deposit left in the spool until the next start',
          ),
        );
        throw err;
      }
    },
  });
}

/** Queues the zips found in the spool at start (same key as when they were moved: no duplicate). */
async function requeueSpooled(dir: string, options: DepositWatcherOptions): Promise<void> {
  for (const name of (await readdir(dir)).filter(isDepositName).sort()) {
    const file = path.join(dir, name);
    const stats = await stat(file).catch(() => null);
    if (!stats?.isFile()) {
      continue;
    }
    try {
      await options.enqueueDeposit(file, depositUniqueKey(file, stats));
    } catch (err) {
      options.log.error(
        { err, path: file },
        'spooled deposit not queued; next start will try again',
      );
    }
  }
}
