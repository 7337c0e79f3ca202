// The typed job definitions (`defineJob`, `defineBatchJob`) the worker's jobs are written with;
// `agenda.ts` registers them with the queue.
import type { Components, Services } from '@opendata/api';
import type {
  EntityManager,
  JobContract,
  JobName,
  JobOutcome,
  RetryPolicy,
} from '@opendata/api/jobs';
import type { Logger } from 'pino';

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

/**
 * Called for each run as it joins the batcher, before its batch begins (it may wait behind a
 * running one): work that needs no unit of work can start early (deposits: their zips are
 * prepared in the preparation threads while the batch before them is written).
 */
export type BatchAhead<N extends JobName> = (run: BatchRun<N>, components: Components) => void;

export interface BatchJobOptions<N extends JobName = JobName> extends JobOptions {
  /** Most runs per batch (default 32). */
  maxBatch?: number;
  ahead?: BatchAhead<N>;
}

export interface JobDefinition<N extends JobName = JobName> {
  readonly name: N;
  readonly handler: JobHandler<N>;
  readonly options: JobOptions;
  /** Runs of this job happening together are handled as batches (see defineBatchJob). */
  readonly batch?: { handler: BatchHandler<N>; maxBatch: number; ahead?: BatchAhead<N> };
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
  options: BatchJobOptions<N> = {},
): JobDefinition<N> {
  const { maxBatch = 32, ahead, ...jobOptions } = options;
  const unbatched: JobHandler<N> = async () => {
    throw new Error(`${name} runs in batches: register it with registerJobs`);
  };
  return { name, handler: unbatched, options: jobOptions, batch: { handler, maxBatch, ahead } };
}
