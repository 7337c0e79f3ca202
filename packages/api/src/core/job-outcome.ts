/**
 * What a job handler returns for the expected cases. Handlers throw only on faults (which
 * agenda records and retries with backoff).
 * - done: the work was done;
 * - skipped: nothing to do (already done, superseded, input gone…), not an error.
 * `detail` is shown to staff in the live jobs view: write it in French.
 */
export interface JobOutcome {
  status: 'done' | 'skipped';
  detail?: string;
}

/**
 * Thrown by long work (a thread pool's OCR or PDF text) when the process stops under it: the job
 * is handed back to the queue as due now, without counting as a failed attempt.
 */
export class JobInterruptedError extends Error {
  constructor(what: string) {
    super(`${what} stopped: the process is shutting down`);
    this.name = 'JobInterruptedError';
  }
}
