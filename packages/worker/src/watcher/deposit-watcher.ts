import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Components } from '@opendata/api';
import { toDepositJob } from './file-events.js';
import { watchDirectory, type DirectoryWatcher, type WatchLog } from './file-watcher.js';

/** Queues the ingestion of one complete deposit zip (idempotent on `uniqueKey`). */
export type EnqueueDeposit = (filePath: string, uniqueKey: string) => Promise<void>;

/** DEPOSIT_DIR and its siblings: DATA_DIR/deposits/{incoming,processed,quarantine} by default. */
export function depositDirs(depositDir: string) {
  const incoming = path.resolve(depositDir);
  const parent = path.dirname(incoming);
  return {
    incoming,
    processed: path.join(parent, 'processed'),
    quarantine: path.join(parent, 'quarantine'),
  };
}

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
}

/** Creates the deposit folders, then queues every complete zip in DEPOSIT_DIR (present or new). */
export async function startDepositWatcher(
  options: DepositWatcherOptions,
): Promise<DirectoryWatcher> {
  const dirs = depositDirs(options.depositDir);
  await Promise.all(Object.values(dirs).map((d) => mkdir(d, { recursive: true })));
  return watchDirectory(dirs.incoming, {
    log: options.log,
    stabilityMs: options.stabilityMs,
    pollMs: options.pollMs,
    onFileReady: async (filePath, stats, event) => {
      const job = toDepositJob(event, filePath, stats);
      if (job) {
        await options.enqueueDeposit(job.data.path, job.uniqueKey);
      }
    },
  });
}
