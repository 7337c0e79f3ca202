import { exponential, type BackoffContext, type BackoffStrategy } from 'agenda';

/** How a failed job is retried: exponential backoff, then given up. */
export interface RetryPolicy {
  /** Delay before the first retry, in ms. */
  delayMs: number;
  /** Each further retry waits `factor` times longer. */
  factor: number;
  /** Upper bound of one delay, in ms. */
  maxDelayMs: number;
  /** Retries after the first failure; then the job stays failed. 0 disables retries. */
  maxRetries: number;
  /** Random spread of each delay, 0 to 1 (0.2 = ±20 %), so failed jobs do not retry in step. */
  jitter: number;
}

/** 30 s, 1 min, 2 min, 4 min, 8 min (±20 %), then failed for good. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  delayMs: 30_000,
  factor: 2,
  maxDelayMs: 30 * 60_000,
  maxRetries: 5,
  jitter: 0.2,
};

/** agenda's built-in exponential backoff, configured by our policy (per job definition). */
export function jobBackoff(policy: Partial<RetryPolicy> = {}): BackoffStrategy {
  const p = { ...DEFAULT_RETRY_POLICY, ...policy };
  return exponential({
    delay: p.delayMs,
    factor: p.factor,
    maxDelay: p.maxDelayMs,
    maxRetries: p.maxRetries,
    jitter: p.jitter,
  });
}

/**
 * The delays a strategy gives for failures 1, 2, 3… until it gives up (null), without jitter
 * when the policy has none: what operators see as "retry in …".
 */
export function retrySchedule(strategy: BackoffStrategy, limit = 20): number[] {
  const delays: number[] = [];
  for (let attempt = 1; attempt <= limit; attempt++) {
    const context: BackoffContext = {
      attempt,
      error: new Error('retry schedule'),
      jobName: 'schedule',
      jobData: undefined,
    };
    const delay = strategy(context);
    if (delay === null) {
      break;
    }
    delays.push(delay);
  }
  return delays;
}
