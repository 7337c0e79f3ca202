import { afterEach, describe, expect, it } from 'vitest';
import { liveJobs, type JobEvent } from './live-jobs';

const event = (
  jobId: string,
  progress: number,
  state: JobEvent['state'] = 'RUNNING',
): JobEvent => ({
  jobId,
  name: 'dataset.export',
  state,
  progress,
  message: null,
  siren: null,
  at: new Date().toISOString(),
});

describe('liveJobs', () => {
  afterEach(() => liveJobs.clear());

  it('keeps the latest event per job, the most recently active first', () => {
    liveJobs.record(event('a', 0, 'QUEUED'));
    liveJobs.record(event('b', 10));
    liveJobs.record(event('a', 50));
    expect(liveJobs.get('a')?.progress).toBe(50);
    expect(liveJobs.recent.value.map((e) => e.jobId)).toEqual(['a', 'b']);
    expect(liveJobs.get(null)).toBeNull();
  });
});
