// The job queue's contract (what the api and the worker call), apart from its Agenda-based
// implementation in job-queue.ts.
import type { MikroORM } from '@mikro-orm/core';
import type { Agenda } from 'agenda';
import type { ComponentHealth, HealthCheck } from '../../core/health.js';
import type { Config } from '../../core/config.js';
import { AppError } from '../../core/errors.js';
import type { JobProgressEvent } from '../../core/topics.js';
import type { JobContract } from '../../core/job-contract.js';

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
