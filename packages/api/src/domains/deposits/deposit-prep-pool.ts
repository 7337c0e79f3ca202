import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { STORAGE_FULL_CODE, StorageFullError } from '../../infra/files/file-store.js';
import { fromMessage, type PreparedDeposit, type PreparedMessage } from './deposit-prep.js';

/**
 * Worker threads that prepare deposit zips (read, SHA-256, parse, unzip, store the documents),
 * so that the event loop keeps to the database, the jobs and the HTTP requests, and a batch
 * of zips uses every core. Each thread prepares several zips at once (their disk waits overlap).
 *
 * The thread runs `deposit-prep.js` from the build; from the TypeScript sources (tsx, vitest)
 * it loads tsx first. Where neither works, zips are prepared on the event loop as before.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const loading = (async () => {
  if (workerData.tsx) {
    (await import(workerData.tsx)).register();
  }
  return import(workerData.entry);
})();
loading.catch(() => undefined);
parentPort.on('message', async ({ id, path }) => {
  try {
    const mod = await loading;
    parentPort.postMessage({ id, result: await mod.prepareInWorker(path, workerData.storeRoot) });
  } catch (err) {
    parentPort.postMessage({ id, fault: String((err && err.stack) || err), code: err && err.code });
  }
});
`;

interface WorkerData {
  entry: string;
  tsx: string | null;
  storeRoot: string;
}

interface Pending {
  resolve(value: PreparedDeposit | null): void;
  reject(err: Error): void;
}

interface Thread {
  worker: Worker;
  pending: Map<number, Pending>;
}

type Reply =
  { id: number; result: PreparedMessage | null } | { id: number; fault: string; code?: unknown };

/** Default: one thread per core, at most four. */
export function defaultPrepThreads(): number {
  return Math.max(1, Math.min(4, os.availableParallelism()));
}

export class DepositPrepPool {
  private readonly threads: Thread[] = [];
  private nextId = 1;
  private closed = false;

  constructor(
    private readonly data: WorkerData,
    readonly size: number,
  ) {}

  /** Prepares one zip in the least busy thread (null: the zip is no longer there). */
  prepare(zipPath: string): Promise<PreparedDeposit | null> {
    if (this.closed) {
      return Promise.reject(new Error('deposit preparation threads stopped'));
    }
    const thread = this.pick();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      thread.pending.set(id, { resolve, reject });
      thread.worker.ref();
      thread.worker.postMessage({ id, path: zipPath });
    });
  }

  /** Starts every thread now (they load their code while the process starts up). */
  start(): void {
    while (!this.closed && this.threads.length < this.size) {
      this.spawn();
    }
  }

  /** Stops every thread; zips being prepared fail (their jobs are retried). */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.threads.splice(0).map((t) => t.worker.terminate()));
  }

  private pick(): Thread {
    const least = this.threads.reduce<Thread | undefined>(
      (best, t) => (!best || t.pending.size < best.pending.size ? t : best),
      undefined,
    );
    if (least && (least.pending.size === 0 || this.threads.length >= this.size)) {
      return least;
    }
    return this.spawn();
  }

  private spawn(): Thread {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: this.data });
    worker.unref();
    const thread: Thread = { worker, pending: new Map() };
    this.threads.push(thread);
    worker.on('message', (reply: Reply) => {
      const waiting = thread.pending.get(reply.id);
      thread.pending.delete(reply.id);
      if (thread.pending.size === 0) {
        worker.unref();
      }
      if ('fault' in reply) {
        // A full disk keeps its French message across the thread (staff read it on the job).
        waiting?.reject(
          reply.code === STORAGE_FULL_CODE
            ? new StorageFullError()
            : new Error(`deposit preparation failed: ${reply.fault}`),
        );
      } else {
        waiting?.resolve(reply.result && fromMessage(reply.result));
      }
    });
    // A thread that dies fails what it was preparing; the next zip gets a new thread.
    const failed = (err?: Error) => {
      const at = this.threads.indexOf(thread);
      if (at >= 0) {
        this.threads.splice(at, 1);
      }
      for (const waiting of thread.pending.values()) {
        waiting.reject(err ?? new Error('deposit preparation thread stopped'));
      }
      thread.pending.clear();
    };
    worker.on('error', failed);
    worker.on('exit', () => failed());
    return thread;
  }
}
