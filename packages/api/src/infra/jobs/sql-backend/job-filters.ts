import { createHash } from 'node:crypto';
import {
  computeJobState,
  type JobParameters,
  type JobsOverview,
  type JobsSort,
  type JobState,
  type JobWithState,
} from 'agenda';
import type { JobRow } from './job-row.js';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') {
    return false;
  }
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** JSON with object keys sorted at every level: equal queries give equal text. */
export function canonicalJson(value: unknown): string {
  if (value instanceof Date) {
    return JSON.stringify(value.toISOString());
  }
  if (Array.isArray(value)) {
    return `[${value.map((v) => canonicalJson(v)).join(',')}]`;
  }
  if (isPlainObject(value)) {
    const keys = Object.keys(value)
      .filter((k) => value[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export const SINGLE_KEY = 'single';

/**
 * The value of `unique_key` for a new job: 'single' for `type: 'single'` (one row per name,
 * as agenda's `every` expects), the SHA-256 of the canonical `unique` query for unique jobs,
 * null for ordinary jobs. The (name, unique_key) unique index makes the upserts atomic.
 */
export function uniqueKeyOf(job: Pick<JobParameters, 'type' | 'unique'>): string | null {
  if (job.type === 'single') {
    return SINGLE_KEY;
  }
  if (job.unique && Object.keys(job.unique).length > 0) {
    return createHash('sha256').update(canonicalJson(job.unique)).digest('hex');
  }
  return null;
}

/**
 * Partial match of a job's data against a filter, like agenda's Mongo backend
 * (`{ a: { b: 1 } }` matches data whose `a.b` is 1); a non-object filter must be equal.
 */
export function matchesData(data: unknown, filter: unknown): boolean {
  if (!isPlainObject(filter)) {
    return canonicalJson(data) === canonicalJson(filter);
  }
  if (!isPlainObject(data)) {
    return false;
  }
  return Object.entries(filter).every(([key, expected]) =>
    isPlainObject(expected)
      ? matchesData(data[key], expected)
      : canonicalJson(data[key]) === canonicalJson(expected),
  );
}

/** Escapes LIKE wildcards with '!' (valid as `ESCAPE '!'` on SQLite and MySQL alike). */
export function escapeLike(text: string): string {
  return text.replace(/[!%_]/g, (c) => `!${c}`);
}

const SORT_COLUMNS: Record<keyof JobsSort, keyof JobRow> = {
  nextRunAt: 'next_run_at',
  lastRunAt: 'last_run_at',
  lastFinishedAt: 'last_finished_at',
  priority: 'priority',
  name: 'name',
  data: 'data',
};

/** agenda's sort options → ORDER BY columns (default: nextRunAt desc, lastRunAt desc). */
export function sortColumns(sort: JobsSort | undefined): [keyof JobRow, 'asc' | 'desc'][] {
  const entries = Object.entries(sort ?? {}).filter(
    (e): e is [keyof JobsSort, 'asc' | 'desc'] => e[0] in SORT_COLUMNS && e[1] !== undefined,
  );
  if (entries.length === 0) {
    return [
      ['next_run_at', 'desc'],
      ['last_run_at', 'desc'],
    ];
  }
  return entries.map(([key, dir]) => [SORT_COLUMNS[key], dir === 'asc' ? 'asc' : 'desc']);
}

/** The job with its computed state, filtered by state when asked ('paused' = disabled). */
export function withState(job: JobParameters, now: Date): JobWithState {
  return { ...job, _id: job._id!, state: computeJobState(job, now) };
}

export function hasState(job: JobWithState, state: JobState | undefined): boolean {
  if (!state) {
    return true;
  }
  return state === 'paused' ? job.disabled === true : job.state === state;
}

/** Counts per job name and state, as agenda's overview (paused counted besides the state). */
export function overviewOf(jobs: JobWithState[]): JobsOverview[] {
  const byName = new Map<string, JobsOverview>();
  for (const job of jobs) {
    let overview = byName.get(job.name);
    if (!overview) {
      overview = { name: job.name, total: 0, running: 0, scheduled: 0, queued: 0 } as JobsOverview;
      Object.assign(overview, { completed: 0, failed: 0, repeating: 0, paused: 0 });
      byName.set(job.name, overview);
    }
    overview.total++;
    overview[job.state]++;
    if (job.disabled) {
      overview.paused++;
    }
  }
  return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
}
