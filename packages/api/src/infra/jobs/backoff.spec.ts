import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY_POLICY, jobBackoff, retrySchedule } from './backoff.js';

describe('job retry backoff', () => {
  it('doubles the delay after each failure, then gives up', () => {
    const schedule = retrySchedule(jobBackoff({ jitter: 0 }));
    expect(schedule).toEqual([30_000, 60_000, 120_000, 240_000, 480_000]);
  });

  it('caps one delay at maxDelayMs', () => {
    const schedule = retrySchedule(
      jobBackoff({ delayMs: 1000, factor: 10, maxDelayMs: 5000, maxRetries: 4, jitter: 0 }),
    );
    expect(schedule).toEqual([1000, 5000, 5000, 5000]);
  });

  it('never retries with maxRetries 0', () => {
    expect(retrySchedule(jobBackoff({ maxRetries: 0 }))).toEqual([]);
  });

  it('spreads delays by the jitter, within bounds', () => {
    const strategy = jobBackoff({ delayMs: 1000, jitter: 0.2 });
    const first = Array.from({ length: 200 }, () =>
      strategy({ attempt: 1, error: new Error('x'), jobName: 'j', jobData: null }),
    );
    for (const delay of first) {
      expect(delay).toBeGreaterThanOrEqual(800);
      expect(delay).toBeLessThanOrEqual(1200);
    }
    expect(new Set(first).size).toBeGreaterThan(1);
  });

  it('has a default policy of five retries over about a quarter of an hour', () => {
    expect(DEFAULT_RETRY_POLICY.maxRetries).toBe(5);
    const total = retrySchedule(jobBackoff({ jitter: 0 })).reduce((a, b) => a + b, 0);
    expect(total).toBe(930_000);
  });
});
