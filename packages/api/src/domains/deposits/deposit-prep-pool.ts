import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import {
  STORAGE_FULL_CODE,
  StorageFullError,
  type FileStore,
} from '../../infra/files/file-store.js';
import { childLogger } from '../../core/logger.js';
import { announcedInflatedBytes } from '../../infra/zip/safe-unzip.js';
import { fileExists } from './deposit-layout.js';
import {
  fromMessage,
  prepareDepositHere,
  type PreparedDeposit,
  type PreparedMessage,
} from './deposit-prep.js';

const log = childLogger('deposits');

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

/** Zips prepared ahead of their batch at once, by their size on disk (see `prepareAhead`). */
const AHEAD_BYTES = 64 * 1024 * 1024;
/** A zip prepared ahead and not taken within this time is prepared again when its batch comes. */
const PREPARED_AHEAD_MS = 60_000;

const NOT_AHEAD = Symbol('not prepared ahead');

interface Ahead {
  at: number;
  /** Counted in the budget of zips prepared ahead (0 until it is decided). */
  bytes: number;
  result: Promise<PreparedDeposit | null | typeof NOT_AHEAD>;
}

/** What a zip may take in memory while it is prepared: its bytes and what it announces it inflates to. */
export async function zipCost(zipPath: string): Promise<number> {
  const [zipBytes, inflated] = await Promise.all([
    stat(zipPath).then(
      (s) => s.size,
      () => 0,
    ),
    announcedInflatedBytes(zipPath),
  ]);
  return zipBytes + (inflated ?? 0);
}

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

/**
 * Deposit preparation of one running platform, for its file store: a pool of threads
 * (DEPOSIT_PREP_THREADS; null: one per core, at most four; 0: on the event loop), started on
 * the first zip or by `start()`, stopped by `close()` (a later zip starts a new pool).
 */
export class DepositPrep {
  private pool: DepositPrepPool | null | undefined;
  private readonly size: number;
  private readonly ahead = new Map<string, Ahead>();
  private aheadBytes = 0;

  constructor(
    private readonly files: FileStore,
    options: { threads?: number | null } = {},
  ) {
    this.size = options.threads ?? defaultPrepThreads();
  }

  /** Prepares a zip in a preparation thread when there are some, else here. */
  prepare(zipPath: string): Promise<PreparedDeposit | null> {
    const early = this.ahead.get(zipPath);
    if (!early) {
      return this.prepareNow(zipPath);
    }
    this.ahead.delete(zipPath);
    this.aheadBytes -= early.bytes;
    if (Date.now() - early.at > PREPARED_AHEAD_MS) {
      return this.prepareNow(zipPath);
    }
    // Still there when its batch begins, as a zip prepared now would be (else: already handled).
    return early.result.then(async (r) =>
      r === NOT_AHEAD ? this.prepareNow(zipPath) : r && (await fileExists(zipPath)) ? r : null,
    );
  }

  /**
   * Starts preparing a zip whose batch has not begun yet (its job waits behind a running batch)
   * in the preparation threads, so that they work while the event loop writes the batch before
   * it; the zip's `prepare` then takes the result. Zips prepared ahead stay within a memory budget
   * of their own (their size and what they announce they inflate to, as a round counts them); a
   * result not taken within a minute is dropped. Preparing twice is harmless: documents are
   * stored under their hash, and nothing else is kept.
   */
  prepareAhead(zipPath: string): void {
    const pool = this.current();
    if (!pool || this.ahead.has(zipPath)) {
      return;
    }
    this.dropStale();
    const early: Ahead = { at: Date.now(), bytes: 0, result: Promise.resolve(NOT_AHEAD) };
    early.result = zipCost(zipPath).then((cost): Ahead['result'] | typeof NOT_AHEAD => {
      // Taken meanwhile (its batch began: it prepares the zip itself), or over the budget.
      if (this.ahead.get(zipPath) !== early || this.aheadBytes + cost > AHEAD_BYTES) {
        return NOT_AHEAD;
      }
      early.bytes = cost;
      this.aheadBytes += cost;
      return pool.prepare(zipPath);
    });
    // Its error, if any, is met by the `prepare` that takes it; dropped unseen otherwise.
    early.result.catch(() => undefined);
    this.ahead.set(zipPath, early);
  }

  private prepareNow(zipPath: string): Promise<PreparedDeposit | null> {
    const pool = this.current();
    return pool ? pool.prepare(zipPath) : prepareDepositHere(zipPath, this.files);
  }

  private dropStale(): void {
    const now = Date.now();
    for (const [zipPath, early] of this.ahead) {
      if (now - early.at > PREPARED_AHEAD_MS) {
        this.ahead.delete(zipPath);
        this.aheadBytes -= early.bytes;
      }
    }
  }

  /** Starts the threads ahead of the first deposit (a worker process, at start). */
  start(): void {
    this.current()?.start();
  }

  async close(): Promise<void> {
    this.ahead.clear();
    this.aheadBytes = 0;
    const pool = this.pool;
    this.pool = undefined;
    await pool?.close();
  }

  private current(): DepositPrepPool | null {
    if (this.pool === undefined) {
      this.pool = createPool(this.files.rootDir, this.size);
    }
    return this.pool;
  }
}

function createPool(storeRoot: string, poolSize: number): DepositPrepPool | null {
  if (poolSize <= 0) {
    return null;
  }
  const here = import.meta.url;
  const fromSources = here.endsWith('.ts');
  const tsx = fromSources ? tsxLoader() : null;
  if (fromSources && !tsx) {
    log.warn('tsx not found: deposits are prepared on the event loop');
    return null;
  }
  const entry = new URL(`./deposit-prep.${fromSources ? 'ts' : 'js'}`, here).href;
  return new DepositPrepPool({ entry, tsx, storeRoot }, poolSize);
}

/** tsx's module API (ESM build), to run the TypeScript sources in a thread. */
function tsxLoader(): string | null {
  try {
    const pkg = createRequire(import.meta.url).resolve('tsx/package.json');
    const api = pkg.replace(/package\.json$/, 'dist/esm/api/index.mjs');
    return existsSync(api) ? pathToFileURL(api).href : null;
  } catch {
    return null;
  }
}
