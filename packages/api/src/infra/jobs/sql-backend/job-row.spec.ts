import { toJobId, type JobParameters } from 'agenda';
import { describe, expect, it } from 'vitest';
import { failReasonText, fromRow, num, toMs, toRow } from './job-row.js';

describe('agenda_jobs row mapping', () => {
  const job: JobParameters = {
    name: 'deposit.ingest',
    priority: 10,
    type: 'normal',
    nextRunAt: new Date('2026-03-01T10:00:00.123Z'),
    data: { path: '/depots/a.zip', nested: { n: 1 } },
    repeatInterval: '5 minutes',
    skipDays: [0, 6],
    disabled: false,
    fork: false,
  };

  it('round-trips a job through a row, to the millisecond', () => {
    const row = toRow(job, 'worker-1');
    expect(row.next_run_at).toBe(Date.parse('2026-03-01T10:00:00.123Z'));
    expect(row.last_modified_by).toBe('worker-1');
    const back = fromRow({ id: 'abc', ...row });
    const { disabled: _enabled, ...rest } = job;
    expect(back).toMatchObject({ ...rest, _id: toJobId('abc'), lastModifiedBy: 'worker-1' });
    expect(back.disabled).toBeUndefined(); // enabled: absent, as agenda's Mongo backend
    expect(back.nextRunAt?.toISOString()).toBe('2026-03-01T10:00:00.123Z');
  });

  it('keeps numeric repeat intervals numeric', () => {
    const back = fromRow({ id: 'x', ...toRow({ ...job, repeatInterval: 300 }, undefined) });
    expect(back.repeatInterval).toBe(300);
  });

  it('reads what each driver returns: numeric strings, bigints, 0/1 flags, nulls', () => {
    const back = fromRow({
      id: 7,
      name: 'n',
      priority: '5',
      type: 'single',
      next_run_at: 1_700_000_000_000n,
      locked_at: '1700000000500',
      disabled: 1,
      fork: 0,
      fail_count: null,
      data: null,
    });
    expect(back).toMatchObject({
      _id: '7',
      priority: 5,
      type: 'single',
      disabled: true,
      fork: false,
      data: undefined,
    });
    expect(back.nextRunAt?.getTime()).toBe(1_700_000_000_000);
    expect(back.lockedAt?.getTime()).toBe(1_700_000_000_500);
    expect('failCount' in back).toBe(false);
  });

  it('converts instants given as Date, ISO text or epoch', () => {
    expect(toMs(new Date(5))).toBe(5);
    expect(toMs('1970-01-01T00:00:00.010Z')).toBe(10);
    expect(toMs(undefined)).toBeNull();
    expect(toMs('not a date')).toBeNull();
    expect(num('12')).toBe(12);
    expect(num(undefined)).toBeNull();
  });

  it('stores any failure reason as text', () => {
    expect(failReasonText('boom')).toBe('boom');
    expect(failReasonText(new Error('panne'))).toBe('panne');
    expect(failReasonText({})).toBe('{}');
    expect(failReasonText(42)).toBe('42');
    expect(failReasonText({ code: 'E' })).toBe('{"code":"E"}');
    expect(failReasonText(undefined)).toBeNull();
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(failReasonText(cyclic)).toBe('[object Object]');
    expect(failReasonText('x'.repeat(5000))).toHaveLength(4000);
  });
});
