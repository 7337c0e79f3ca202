import os from 'node:os';
import { Agenda, type AgendaBackend, type Job } from 'agenda';
import { childLogger } from '../../core/logger.js';
import type { JobProgressEvent } from '../../core/topics.js';
import type { JobContract } from '../../core/job-contract.js';
import { ResilientBackend } from './resilient-backend.js';
import { SqlBackend } from './sql-backend/sql-backend.js';
import {
  JobQueueUnavailableError,
  sirenOf,
  sirensOf,
  type JobQueue,
  type JobQueueOptions,
} from './job-queue.types.js';

export * from './job-queue.types.js';

const log = childLogger('jobs');

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
