import { describe, expect, it } from 'vitest';
import { toRow } from './job-row.js';
import { debouncedSchedule, definitionUpdate } from './sql-save-job.js';

describe('saveJob rules', () => {
  const row = toRow(
    {
      name: 'dataset.nightly',
      priority: 0,
      type: 'single',
      nextRunAt: new Date(1000),
      data: {},
      lockedAt: new Date(900),
      failCount: 2,
    },
    'w',
  );

  it('rewrites the definition of an existing job, never its lock or run history', () => {
    const update = definitionUpdate(row, {});
    expect(update).toMatchObject({ next_run_at: 1000, data: '{}', type: 'single' });
    for (const column of ['locked_at', 'last_run_at', 'fail_count', 'failed_at', 'progress']) {
      expect(update).not.toHaveProperty(column);
    }
    expect(update).not.toHaveProperty('disabled');
    expect(definitionUpdate(row, { disabled: true }).disabled).toBe(1);
  });

  it('pushes a trailing debounce past the last save, until maxWait forces the run', () => {
    const debounce = { delay: 500, maxWait: 2000 };
    expect(debouncedSchedule(debounce, { nextRunAt: 1500, debounceStartedAt: 1000 }, 1200)).toEqual(
      {
        next_run_at: 1700,
        debounce_started_at: 1000,
      },
    );
    expect(debouncedSchedule(debounce, { nextRunAt: 3400, debounceStartedAt: 1000 }, 3000)).toEqual(
      {
        next_run_at: 3000,
        debounce_started_at: null,
      },
    );
    expect(
      debouncedSchedule({ delay: 500 }, { nextRunAt: 1, debounceStartedAt: null }, 50),
    ).toEqual({
      next_run_at: 550,
      debounce_started_at: 50,
    });
  });

  it('keeps the first run time with a leading debounce', () => {
    expect(
      debouncedSchedule(
        { delay: 500, strategy: 'leading' },
        { nextRunAt: 1000, debounceStartedAt: 1000 },
        1200,
      ),
    ).toEqual({ next_run_at: 1000, debounce_started_at: 1000 });
  });
});
