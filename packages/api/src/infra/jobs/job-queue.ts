import os from 'node:os';
import type { MikroORM } from '@mikro-orm/core';
import { Agenda, type AgendaBackend, type Job } from 'agenda';
import type { ComponentHealth, HealthCheck } from '../../core/health.js';
import type { Config } from '../../core/config.js';
import { AppError } from '../../core/errors.js';
import { childLogger } from '../../core/logger.js';
import type { JobProgressEvent } from '../../core/topics.js';
import type { JobContract } from '../../core/job-contract.js';
import { ResilientBackend } from './resilient-backend.js';
import { SqlBackend } from './sql-backend/sql-backend.js';

const log = childLogger('jobs');

/** The job queue cannot be reached (database or MongoDB down): the user may retry later. */
export class JobQueueUnavailableError extends AppError {
  readonly logLevel = 'warn';
  constructor() {
    super(
      'jobs/unavailable',
      'La file des traitements est momentanément indisponible. Réessayez dans quelques instants.',
    );
  }
}

export interface EnqueueOptions {
  /**
   * Idempotency key: while a job of that name with that key exists (whatever its state),
   * enqueueing again creates nothing and returns the existing job's id.
   */
  uniqueKey?: string;
  /** Run no earlier than this many ms from now (default: as soon as possible). */
  delayMs?: number;
  /** Higher runs first among due jobs (default 0). */
  priority?: number;
  /**
   * With `uniqueKey`: this queue remembers the key for this long and answers a second enqueue
   * of it without a round trip to the job store (a burst queues each key once).
   */
  rememberMs?: number;
}

export interface JobQueueOptions {
  config: Config;
  orm: MikroORM;
  /** Written to `lastModifiedBy` (default host:pid). */
  name?: string;
  /** How often a worker looks for due jobs (default 2000 ms). */
  processEveryMs?: number;
  /** A lock not refreshed for this long is considered dead and the job runs again (default 5 min). */
  lockLifetimeMs?: number;
  /** Jobs run at once by one worker process, all names together (default 10). */
  maxConcurrency?: number;
  /** How long `enqueue`/`start` wait for an unreachable backend (default 10 s). */
  readyTimeoutMs?: number;
  /** Receives queued/running/completed/failed/progress events (route them to live events). */
  onProgress?: (event: JobProgressEvent) => void;
}

export interface JobQueue<C extends object = JobContract> extends HealthCheck {
  readonly agenda: Agenda;
  readonly engine: 'sqlite' | 'mysql' | 'mongodb';
  readonly lockLifetimeMs: number;
  /** Stores a typed job; resolves to its id. Throws JobQueueUnavailableError when unreachable. */
  enqueue<N extends keyof C & string>(name: N, data: C[N], opts?: EnqueueOptions): Promise<string>;
  /**
   * Declares a recurring job (one stored job per name; safe to repeat at every start).
   * `interval`: ms, a human interval ('15 minutes') or a cron expression. When the backend
   * is unreachable this does not block: the declaration is saved once it connects.
   */
  every<N extends keyof C & string>(
    interval: string | number,
    name: N,
    data: C[N],
    opts?: { timezone?: string },
  ): Promise<void>;
  /** Forwards an event to `onProgress` (never throws). */
  emitProgress(event: JobProgressEvent): void;
  /** Starts running the jobs defined on `agenda` (worker processes only). */
  start(): Promise<void>;
  /**
   * Stops taking jobs, releases the locks of jobs not started, waits up to `timeoutMs`
   * (default 6 s) for running ones, then releases theirs too. Idempotent.
   */
  stop(timeoutMs?: number): Promise<void>;
  /** True once `stop()` was called: work cut short now is handed back, not failed. */
  readonly stopping: boolean;
  health(): Promise<ComponentHealth>;
}

/** The `siren` of a payload, when it has one (for live-event filtering). */
export function sirenOf(data: unknown): string | null {
  const siren = (data as { siren?: unknown } | null)?.siren;
  return typeof siren === 'string' ? siren : null;
}

/** Every organisation a payload names (`siren` and `sirens`), for live-event filtering. */
export function sirensOf(data: unknown): string[] {
  const d = data as { siren?: unknown; sirens?: unknown } | null;
  const list = Array.isArray(d?.sirens) ? d.sirens.filter((s) => typeof s === 'string') : [];
  const one = sirenOf(data);
  return [...new Set(one ? [one, ...list] : list)] as string[];
}

function within<T>(promise: Promise<T>, ms: number): Promise<T | typeof TIMEOUT> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => resolve(TIMEOUT), ms);
    timer.unref();
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}
const TIMEOUT = Symbol('timeout');

async function createBackend(options: JobQueueOptions): Promise<AgendaBackend> {
  const url = options.config.mongodbUrl;
  if (!url) {
    return new SqlBackend(options.orm);
  }
  // Loaded only when configured: the embedded default never pulls the MongoDB driver.
  const { MongoBackend } = await import('@agendajs/mongo-backend');
  return new MongoBackend({
    address: url,
    collection: 'agendaJobs',
    options: { serverSelectionTimeoutMS: 5000 },
  });
}

/**
 * The job queue of this process: Agenda on our SQL backend (same database as the app) or,
 * when MONGODB_URL is set, on MongoDB. Every process can enqueue; worker processes also
 * define handlers on `agenda` and call `start()`.
 */
export async function createJobQueue<C extends object = JobContract>(
  options: JobQueueOptions,
): Promise<JobQueue<C>> {
  const backend = new ResilientBackend(await createBackend(options), log);
  const lockLifetimeMs = options.lockLifetimeMs ?? 5 * 60_000;
  const readyTimeoutMs = options.readyTimeoutMs ?? 10_000;
  const agenda = new Agenda({
    backend,
    name: options.name ?? `${os.hostname()}:${process.pid}`,
    processEvery: options.processEveryMs ?? 2000,
    defaultLockLifetime: lockLifetimeMs,
    maxConcurrency: options.maxConcurrency ?? 80,
    defaultConcurrency: 5,
  });
  agenda.on('error', (err: Error) => log.warn({ err }, 'agenda reported an error'));
  const running = new Map<string, Job>();
  agenda.on('start', (job: Job) => running.set(String(job.attrs._id), job));
  agenda.on('complete', (job: Job) => running.delete(String(job.attrs._id)));
  const engine = options.config.mongodbUrl ? 'mongodb' : options.config.database.kind;
  let started = false;
  let stopping: Promise<void> | undefined;

  /** Connected; or still connecting for the first time (then wait up to readyTimeoutMs). */
  const ready = async (): Promise<boolean> => {
    if (backend.isClosed || (!backend.connected && backend.lastError !== undefined)) {
      return false; // stopped, or a known outage: fail fast, the reconnect loop goes on
    }
    return backend.connected || (await within(agenda.ready, readyTimeoutMs)) !== TIMEOUT;
  };

  const emitProgress = (event: JobProgressEvent): void => {
    try {
      options.onProgress?.(event);
    } catch (err) {
      log.warn({ err }, 'job progress listener failed');
    }
  };

  const stopProcessing = async (timeoutMs: number): Promise<void> => {
    backend.close();
    if (!agenda.isActiveJobProcessor()) {
      await backend.disconnect();
      return;
    }
    // agenda counts a job as running before it emits 'start' (it first saves lastRunAt): keep a
    // live view of its processor's list so that such a job is waited for too. (agenda 6.2.6
    // internals, version pinned; without them only jobs that emitted 'start' are waited for.)
    const processor = (agenda as unknown as { jobProcessor?: { runningJobs?: Job[] } })
      .jobProcessor;
    const inProcess = processor?.runningJobs ?? [];
    // Stop taking jobs; agenda releases the locks of jobs it holds but has not started.
    await agenda.stop(false);
    const deadline = Date.now() + timeoutMs;
    while ((running.size > 0 || inProcess.length > 0) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    for (const job of inProcess) {
      running.set(String(job.attrs._id), job);
    }
    if (running.size > 0) {
      // A running one-time job has no nextRunAt: unlocking alone would orphan it. Hand it
      // back as due now (on a copy: the late end of the run must not re-queue it again).
      log.warn(
        { jobs: [...running.keys()] },
        'jobs still running at stop: handed back to the queue',
      );
      for (const job of running.values()) {
        await agenda.db
          .saveJobState(
            { ...job.attrs, lockedAt: undefined, nextRunAt: new Date() },
            { lastModifiedBy: agenda.attrs.name || undefined },
          )
          .catch((err: unknown) => log.warn({ err, jobId: job.attrs._id }, 'job not handed back'));
      }
      running.clear();
    }
    await backend.disconnect();
  };

  // Unique keys this queue enqueued lately (see EnqueueOptions.rememberMs), oldest first.
  const recent = new Map<string, { id: string; until: number }>();
  const remember = (key: string, id: string, ms: number) => {
    const now = Date.now();
    for (const [k, v] of recent) {
      if (v.until > now && recent.size < 10_000) {
        break;
      }
      recent.delete(k);
    }
    recent.set(key, { id, until: now + ms });
  };

  return {
    agenda,
    engine,
    lockLifetimeMs,
    async enqueue(name, data, opts = {}) {
      const remembered = opts.uniqueKey ? recent.get(`${name}\0${opts.uniqueKey}`) : undefined;
      if (remembered && remembered.until > Date.now()) {
        return remembered.id;
      }
      if (!(await ready())) {
        throw new JobQueueUnavailableError();
      }
      const runAt = new Date(Date.now() + Math.max(0, opts.delayMs ?? 0));
      const job = agenda.create(name, data).schedule(runAt);
      if (opts.priority) {
        job.priority(opts.priority);
      }
      if (opts.uniqueKey) {
        job.unique({ uniqueKey: opts.uniqueKey }, { insertOnly: true });
      }
      await job.save();
      const id = String(job.attrs._id);
      if (opts.uniqueKey && opts.rememberMs) {
        remember(`${name}\0${opts.uniqueKey}`, id, opts.rememberMs);
      }
      // With a unique key, an existing job comes back unchanged: announce only new ones.
      if (job.attrs.nextRunAt?.getTime() === runAt.getTime()) {
        emitProgress({
          jobId: id,
          name,
          state: 'queued',
          progress: 0,
          siren: sirenOf(data),
          sirens: sirensOf(data),
          at: new Date().toISOString(),
        });
      }
      return id;
    },
    async every(interval, name, data, opts = {}) {
      const declare = () => agenda.every(interval, name, data, { timezone: opts.timezone });
      if (await ready()) {
        await declare();
        return;
      }
      log.error({ job: name }, 'job backend unreachable: recurring job declared once it is');
      agenda.ready
        .then(() => (stopping ? undefined : declare()))
        .catch((err: unknown) => log.error({ err, job: name }, 'recurring job not declared'));
    },
    emitProgress,
    async start() {
      if (started || stopping) {
        return;
      }
      started = true;
      if (await ready()) {
        if (stopping) {
          return;
        }
        await agenda.start();
        log.info(
          { backend: backend.name, jobs: Object.keys(agenda.definitions) },
          'jobs processing',
        );
        return;
      }
      log.error({ backend: backend.name }, 'job backend unreachable: processing starts once it is');
      agenda.ready
        .then(() => (stopping ? undefined : agenda.start()))
        .catch((err: unknown) => log.error({ err }, 'jobs processing failed to start'));
    },
    stop(timeoutMs = 6000) {
      stopping ??= stopProcessing(timeoutMs);
      return stopping;
    },
    get stopping() {
      return stopping !== undefined;
    },
    async health() {
      if (stopping) {
        return { ok: false, engine, detail: 'arrêtée' };
      }
      if (!backend.connected) {
        return {
          ok: false,
          engine,
          detail: `injoignable : ${backend.lastError ?? 'connexion en cours'}`,
        };
      }
      const due = await within(agenda.db.getQueueSize(), 3000);
      if (due === TIMEOUT) {
        return { ok: false, engine, detail: 'ne répond pas (3 s)' };
      }
      return {
        ok: true,
        engine,
        detail: `${due} traitement(s) dû(s), ${running.size} en cours ici`,
      };
    },
  };
}
