import {
  AppError,
  childLogger,
  createServices,
  scheduleEntry,
  systemViewer,
  withCorrelationId,
  type Components,
  type JobProgressEvent,
  type Services,
} from '@opendata/api';
import {
  JobInterruptedError,
  JobQueueUnavailableError,
  jobBackoff,
  sirenOf,
  sirensOf,
  type EntityManager,
  type Job,
  type JobContract,
  type JobName,
  type JobOutcome,
  type JobQueue,
  type JobWithId,
  type RetryDetails,
  type RetryPolicy,
} from '@opendata/api/jobs';
import type { Logger } from 'pino';
import { JobBatcher } from './job-batcher.js';

/** Runs of one job at once per worker process when its definition does not say. */
const DEFAULT_CONCURRENCY = 5;

/** Shortest time between two progress reports of one run (row touched, event sent). */
export const PROGRESS_EVERY_MS = 1000;

/** What a handler receives for one run of one job. */
export interface JobContext<N extends JobName> {
  data: JobContract[N];
  jobId: string;
  /** 1 on the first run, 2 on the first retry… */
  attempt: number;
  /** A fresh MikroORM fork for this run only. */
  em: EntityManager;
  /** Every service, built on `em`, acting as the system. */
  services: Services;
  /** This process's shared components (for work gathered across runs, such as batches). */
  components: Components;
  /** Logs carry the job id as correlation id. */
  log: Logger;
  /**
   * Reports progress (0–100) to live events and keeps the job's lock alive: call it in long jobs,
   * as often as convenient (reports closer than PROGRESS_EVERY_MS to the previous one are dropped).
   */
  progress(percent: number, message?: string): Promise<void>;
}

/** Returns the outcome of expected cases; throws only on faults (then retried with backoff). */
export type JobHandler<N extends JobName> = (ctx: JobContext<N>) => Promise<JobOutcome>;

export interface JobOptions {
  /** Runs of this job at once per worker process (default 5). */
  concurrency?: number;
  /** Jobs of this name a worker process holds locked at once, running or about to (default 2 × concurrency). */
  lockLimit?: number;
  /** Lock lifetime for this job in ms (default: the queue's); `progress()` renews it. */
  lockLifetimeMs?: number;
  /** Among due jobs, higher first (default 0). */
  priority?: number;
  /** Retry policy on failure (default DEFAULT_RETRY_POLICY). */
  retry?: Partial<RetryPolicy>;
}

/** One run of a batched job, as its batch handler sees it. */
export interface BatchRun<N extends JobName> {
  data: JobContract[N];
  jobId: string;
  attempt: number;
}

/** What a batch handler receives: the runs gathered together, and one unit of work for them all. */
export interface BatchContext<N extends JobName> {
  runs: BatchRun<N>[];
  /** A fresh MikroORM fork for this batch only. */
  em: EntityManager;
  /** Every service, built on `em`, acting as the system. */
  services: Services;
  log: Logger;
}

/** Returns one outcome per run, in order; throws only on faults (each run is then retried alone). */
export type BatchHandler<N extends JobName> = (ctx: BatchContext<N>) => Promise<JobOutcome[]>;

export interface BatchJobOptions extends JobOptions {
  /** Most runs per batch (default 32). */
  maxBatch?: number;
}

export interface JobDefinition<N extends JobName = JobName> {
  readonly name: N;
  readonly handler: JobHandler<N>;
  readonly options: JobOptions;
  /** Runs of this job happening together are handled as batches (see defineBatchJob). */
  readonly batch?: { handler: BatchHandler<N>; maxBatch: number };
}

/** Any job of the contract (for lists such as `allJobs`). */
export type AnyJobDefinition = { [N in JobName]: JobDefinition<N> }[JobName];

/** Declares the handler of one job of the contract; register it with `registerJobs`. */
export function defineJob<N extends JobName>(
  name: N,
  handler: JobHandler<N>,
  options: JobOptions = {},
): JobDefinition<N> {
  return { name, handler, options };
}

/**
 * Declares a job whose runs happening at the same time are handled together: the handler gets
 * up to `maxBatch` runs and one unit of work, and returns each run's outcome. Each run keeps its
 * own job (lock, retries, live events); a batch failing on a fault is run again one run at a time.
 * Give it a high `concurrency` so that runs can wait together.
 */
export function defineBatchJob<N extends JobName>(
  name: N,
  handler: BatchHandler<N>,
  options: BatchJobOptions = {},
): JobDefinition<N> {
  const { maxBatch = 32, ...jobOptions } = options;
  const unbatched: JobHandler<N> = async () => {
    throw new Error(`${name} runs in batches: register it with registerJobs`);
  };
  return { name, handler: unbatched, options: jobOptions, batch: { handler, maxBatch } };
}

/** The French message staff see when a run fails: AppError messages are, others are hidden. */
export function failureMessage(err: unknown): string {
  return err instanceof AppError
    ? err.message
    : 'Le traitement a échoué ; l’erreur a été journalisée.';
}

/** A run cut short by the process's own stop, which must run again rather than count as failed. */
export function interruptedByStop(jobs: Pick<JobQueue, 'stopping'>, err: unknown): boolean {
  return (
    err instanceof JobInterruptedError || (jobs.stopping && err instanceof JobQueueUnavailableError)
  );
}

/**
 * What the queue keeps as a failed run's reason, which staff read (« Activité »): an AppError as
 * it is, any other error under the French message, the original as its cause (logged apart).
 */
export function queueFailure(err: unknown): Error {
  return err instanceof AppError ? err : new Error(failureMessage(err), { cause: err });
}

export function clampPercent(percent: number): number {
  return Number.isFinite(percent) ? Math.min(100, Math.max(0, Math.round(percent))) : 0;
}

/** The last run of a scheduled job, shown to platform administrators (never fails the job). */
async function recordScheduled(
  components: Components,
  name: string,
  status: string | null,
  detail?: string | null,
): Promise<void> {
  if (!scheduleEntry(name)) {
    return;
  }
  try {
    const em = components.orm.em.fork() as EntityManager;
    await createServices(em, components, systemViewer(`job:${name}`)).schedules.recordRun(
      name,
      status,
      detail,
    );
  } catch (err) {
    childLogger('jobs').warn({ err, job: name }, 'schedule outcome not recorded');
  }
}

export interface RegisterOptions {
  /** Where job events go (default: the queue's `onProgress`, i.e. live events). */
  onProgress?: (event: JobProgressEvent) => void;
}

function register<N extends JobName>(
  components: Components & { jobs: JobQueue },
  def: JobDefinition<N>,
  onProgress: (event: JobProgressEvent) => void,
): void {
  const { jobs } = components;
  const emitter = (job: Job<JobContract[N]> | JobWithId) => {
    const jobId = String(job.attrs._id);
    const siren = sirenOf(job.attrs.data);
    const sirens = sirensOf(job.attrs.data);
    return (state: JobProgressEvent['state'], progress: number, message?: string | null) =>
      onProgress({
        jobId,
        name: def.name,
        state,
        progress,
        message: message ?? null,
        siren,
        sirens,
        at: new Date().toISOString(),
      });
  };

  const handler = def.batch ? batchedHandler(components, def.name, def.batch) : def.handler;
  const run = async (job: Job<JobContract[N]>): Promise<void> => {
    const jobId = String(job.attrs._id);
    const emit = emitter(job);
    await withCorrelationId(jobId, async () => {
      const em = components.orm.em.fork() as EntityManager;
      const services = createServices(em, components, systemViewer(`job:${def.name}`));
      const log = childLogger('jobs').child({ job: def.name, jobId });
      const attempt = (job.attrs.failCount ?? 0) + 1;
      let percent = 0;
      let reportedAt = 0;
      const started = Date.now();
      emit('running', 0);
      await recordScheduled(components, def.name, null);
      try {
        const outcome = await handler({
          data: job.attrs.data,
          jobId,
          attempt,
          em,
          services,
          components,
          log,
          async progress(value, message) {
            percent = clampPercent(value);
            // A job reporting every item would write its row and send an event each time:
            // at most one report per interval (still far within the lock lifetime).
            const now = Date.now();
            if (now - reportedAt < PROGRESS_EVERY_MS) {
              return;
            }
            reportedAt = now;
            await job.touch(percent);
            emit('running', percent, message);
          },
        });
        log.info({ outcome, attempt, ms: Date.now() - started }, 'job finished');
        await recordScheduled(components, def.name, outcome.status, outcome.detail);
        emit(
          'completed',
          100,
          outcome.detail ?? (outcome.status === 'skipped' ? 'Rien à faire.' : null),
        );
      } catch (err) {
        if (interruptedByStop(jobs, err)) {
          // The process is stopping under the job (its thread pool closed, or its follow-ups
          // could not be queued any more): hand it back as due now, not as a failed attempt
          // (OCR is retried once only: two restarts must not use up its retries).
          job.attrs.nextRunAt = new Date();
          log.info(
            { attempt, ms: Date.now() - started },
            'job interrupted by the stop: handed back',
          );
          emit(
            'queued',
            percent,
            'Interrompu par l’arrêt de la plateforme : reprendra au démarrage.',
          );
          return;
        }
        log.error({ err, attempt, ms: Date.now() - started }, 'job failed');
        const shown = failureMessage(err);
        emit('failed', percent, shown);
        await recordScheduled(components, def.name, 'failed', shown);
        // The queue keeps the message as the run's fail reason, which staff read: the French
        // one, never a driver's text (SQL, paths); the error itself is in the log above.
        throw queueFailure(err);
      }
    });
  };

  const concurrency = def.options.concurrency ?? DEFAULT_CONCURRENCY;
  jobs.agenda.define<JobContract[N]>(def.name, run, {
    concurrency,
    // Jobs taken from the queue but not started yet stay few: a backlog is shared with the other
    // worker processes, and no waiting job outlives its lock before it starts.
    lockLimit: def.options.lockLimit ?? concurrency * 2,
    lockLifetime: def.options.lockLifetimeMs,
    priority: def.options.priority,
    backoff: jobBackoff(def.options.retry),
  });
  const retryEvent: `retry:${string}` = `retry:${def.name}`;
  jobs.agenda.on(retryEvent, (job: JobWithId, details: RetryDetails) => {
    const seconds = Math.max(1, Math.round(details.delay / 1000));
    emitter(job)(
      'queued',
      0,
      `Nouvelle tentative dans ${seconds} s (essai n° ${details.attempt + 1}).`,
    );
  });
}

/**
 * The handler of each run of a batched job: it joins the runs happening together in a batcher
 * made for this registration (so for this runtime), which calls the batch handler with one fresh
 * unit of work and its own correlation id.
 */
function batchedHandler<N extends JobName>(
  components: Components,
  name: N,
  batch: NonNullable<JobDefinition<N>['batch']>,
): JobHandler<N> {
  const log = childLogger('jobs').child({ job: name });
  const batcher = new JobBatcher<BatchRun<N>, JobOutcome>(
    (runs) =>
      withCorrelationId(undefined, async () => {
        const em = components.orm.em.fork() as EntityManager;
        const services = createServices(em, components, systemViewer(`job:${name}`));
        return batch.handler({ runs, em, services, log });
      }),
    { maxBatch: batch.maxBatch },
  );
  return ({ data, jobId, attempt }) => batcher.submit({ data, jobId, attempt });
}

/**
 * Defines every given job on this process's queue (call before `components.jobs.start()`).
 * Each run: fresh EntityManager fork, services as the system, correlation id = job id,
 * events running → completed | failed (then queued again when a retry is scheduled).
 */
export function registerJobs(
  components: Components,
  jobs: readonly AnyJobDefinition[],
  options: RegisterOptions = {},
): void {
  const queue = components.jobs;
  if (!queue) {
    throw new Error('registerJobs: this runtime has no job queue');
  }
  const onProgress = options.onProgress ?? ((event: JobProgressEvent) => queue.emitProgress(event));
  for (const def of jobs) {
    register({ ...components, jobs: queue }, def as JobDefinition, onProgress);
  }
}
