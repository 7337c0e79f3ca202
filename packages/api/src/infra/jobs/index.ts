// `@opendata/api/jobs`: what the worker needs to define and run jobs.
export type { EntityManager, MikroORM } from '@mikro-orm/core';
export { Agenda, type Job, type JobWithId, type RetryDetails } from 'agenda';
export { AgendaJob } from './agenda-job.entity.js';
export { DEFAULT_RETRY_POLICY, jobBackoff, retrySchedule, type RetryPolicy } from './backoff.js';
export * from '../../core/job-contract.js';
export { JobInterruptedError, type JobOutcome } from '../../core/job-outcome.js';
export {
  createJobQueue,
  JobQueueUnavailableError,
  sirenOf,
  sirensOf,
  type EnqueueOptions,
  type JobQueue,
  type JobQueueOptions,
} from './job-queue.js';
export { SqlBackend } from './sql-backend/sql-backend.js';
