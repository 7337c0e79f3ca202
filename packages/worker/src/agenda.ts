import {
  AppError,
  childLogger,
  createServices,
  scheduleEntry,
  systemViewer,
  withCorrelationId,
  type Components,
  type JobProgressEvent,
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
} from '@opendata/api/jobs';
import { JobBatcher } from './job-batcher.js';
import type { AnyJobDefinition, BatchRun, JobDefinition, JobHandler } from './job-definition.js';

/** Runs of one job at once per worker process when its definition does not say. */
const DEFAULT_CONCURRENCY = 5;

/** Shortest time between two progress reports of one run (row touched, event sent). */
export const PROGRESS_EVERY_MS = 1000;

export * from './job-definition.js';

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
  return ({ data, jobId, attempt }) => {
    const run = { data, jobId, attempt };
    batch.ahead?.(run, components);
    return batcher.submit(run);
  };
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
