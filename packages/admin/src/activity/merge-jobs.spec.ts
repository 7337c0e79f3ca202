import { describe, expect, it } from 'vitest';
import type { JobEvent } from '../shared/live-jobs';
import { mergeJobs } from './merge-jobs';

const live = (
  jobId: string,
  state: JobEvent['state'],
  progress: number,
  siren: string | null = null,
): JobEvent => ({
  jobId,
  name: 'dataset.export',
  state,
  progress,
  message: state === 'RUNNING' ? `${progress} %` : null,
  siren,
  at: '2025-03-03T10:00:00Z',
});

describe('mergeJobs', () => {
  it('lays live progress over stored jobs and adds the jobs only seen live', () => {
    const stored = [
      {
        id: 'a',
        name: 'acts.project',
        state: 'QUEUED' as const,
        progress: 0,
        siren: null,
        nextRunAt: '2025-03-03T09:59:00Z',
      },
      {
        id: 'b',
        name: 'dataset.export',
        state: 'COMPLETED' as const,
        progress: 100,
        siren: '111111111',
        finishedAt: '2025-03-03T09:00:00Z',
      },
    ];
    const rows = mergeJobs(
      stored,
      [
        live('a', 'RUNNING', 40),
        live('c', 'QUEUED', 0, '111111111'),
        live('d', 'QUEUED', 0, '222222222'),
      ],
      (e) => e.siren !== '222222222',
    );
    expect(rows.map((r) => [r.id, r.state, r.progress, r.liveOnly])).toEqual([
      ['c', 'QUEUED', 0, true],
      ['a', 'RUNNING', 40, false],
      ['b', 'COMPLETED', 100, false],
    ]);
    expect(rows[1]!.message).toBe('40 %');
  });
});
