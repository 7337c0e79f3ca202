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
