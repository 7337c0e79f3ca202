/**
 * The typed job contract: job name → payload. The only thing api (enqueue) and worker
 * (handlers) share about jobs.
 */
export interface JobContract {
  /** A file appeared in DEPOSIT_DIR and is complete. */
  'deposit.ingest': { path: string };
}

export type JobName = keyof JobContract;
