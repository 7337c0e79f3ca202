import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { FileStore } from '../../infra/files/file-store.js';
import { childLogger } from '../../core/logger.js';
import { announcedInflatedBytes } from '../../infra/zip/safe-unzip.js';
import { fileExists } from './deposit-layout.js';
import { prepareDepositHere, type PreparedDeposit } from './deposit-prep.js';
import { DepositPrepPool, defaultPrepThreads } from './deposit-prep-pool.js';

const log = childLogger('deposits');

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
