import { describe, expect, it } from 'vitest';
import {
  canonicalJson,
  escapeLike,
  hasState,
  matchesData,
  overviewOf,
  SINGLE_KEY,
  sortColumns,
  uniqueKeyOf,
  withState,
} from './job-filters.js';

describe('job filters', () => {
  it('writes the same canonical JSON whatever the key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } })).toBe(
      canonicalJson({ a: { c: null, d: [1, { x: 1, y: 2 }] }, b: 1 }),
    );
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}');
    expect(canonicalJson(new Date(0))).toBe('"1970-01-01T00:00:00.000Z"');
  });

  it('keys single jobs by name and unique jobs by their query', () => {
    expect(uniqueKeyOf({ type: 'single' })).toBe(SINGLE_KEY);
    expect(uniqueKeyOf({ type: 'normal' })).toBeNull();
    expect(uniqueKeyOf({ type: 'normal', unique: {} })).toBeNull();
    const a = uniqueKeyOf({ type: 'normal', unique: { 'data.id': 1, uniqueKey: 'k' } });
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(uniqueKeyOf({ type: 'normal', unique: { uniqueKey: 'k', 'data.id': 1 } })).toBe(a);
    expect(uniqueKeyOf({ type: 'normal', unique: { uniqueKey: 'other' } })).not.toBe(a);
  });

  it('matches data partially, like the Mongo backend', () => {
    const data = { siren: '215600461', year: 2024, opts: { full: true, at: 'x' } };
    expect(matchesData(data, { siren: '215600461' })).toBe(true);
    expect(matchesData(data, { opts: { full: true } })).toBe(true);
    expect(matchesData(data, { opts: { full: false } })).toBe(false);
    expect(matchesData(data, { missing: 1 })).toBe(false);
    expect(matchesData('plain', 'plain')).toBe(true);
    expect(matchesData(null, { a: 1 })).toBe(false);
  });

  it('escapes LIKE wildcards', () => {
    expect(escapeLike('50%_off!')).toBe('50!%!_off!!');
  });

  it('maps sort options to columns, with a default', () => {
    expect(sortColumns(undefined)).toEqual([
      ['next_run_at', 'desc'],
      ['last_run_at', 'desc'],
    ]);
    expect(sortColumns({ priority: 'desc', name: 'asc' })).toEqual([
      ['priority', 'desc'],
      ['name', 'asc'],
    ]);
  });

  it('computes states and filters paused (disabled) jobs', () => {
    const now = new Date(10_000);
    const base = { _id: 'i', name: 'n', priority: 0, type: 'normal', data: null } as const;
    const queued = withState({ ...base, nextRunAt: new Date(5_000) } as never, now);
    const running = withState(
      { ...base, nextRunAt: null, lockedAt: new Date(9_000) } as never,
      now,
    );
    const paused = withState(
      { ...base, nextRunAt: new Date(20_000), disabled: true } as never,
      now,
    );
    expect([queued.state, running.state, paused.state]).toEqual(['queued', 'running', 'scheduled']);
    expect(hasState(paused, 'paused')).toBe(true);
    expect(hasState(queued, 'paused')).toBe(false);
    expect(hasState(queued, undefined)).toBe(true);
  });

  it('counts jobs per name and state for the overview', () => {
    const now = new Date(10_000);
    const job = (name: string, extra: object) =>
      withState(
        {
          _id: 'i',
          name,
          priority: 0,
          type: 'normal',
          data: null,
          nextRunAt: null,
          ...extra,
        } as never,
        now,
      );
    const overview = overviewOf([
      job('b', { lastFinishedAt: new Date(1) }),
      job('a', { nextRunAt: new Date(1) }),
      job('a', { failedAt: new Date(2), disabled: true }),
    ]);
    expect(overview).toEqual([
      {
        name: 'a',
        total: 2,
        running: 0,
        scheduled: 0,
        queued: 1,
        completed: 0,
        failed: 1,
        repeating: 0,
        paused: 1,
      },
      {
        name: 'b',
        total: 1,
        running: 0,
        scheduled: 0,
        queued: 0,
        completed: 1,
        failed: 0,
        repeating: 0,
        paused: 0,
      },
    ]);
  });
});
