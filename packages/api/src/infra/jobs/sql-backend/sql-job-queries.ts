import type { Knex } from '@mikro-orm/knex';
import type { JobsOverview, JobsQueryOptions, JobsResult } from 'agenda';
import { hasState, matchesData, overviewOf, sortColumns, withState } from './job-filters.js';
import { fromRow, num } from './job-row.js';
import { applyQuery } from './job-targets.js';

// Read-only queries of the jobs table for agenda's dashboard API (the repository delegates).

type Exec = <T>(fn: () => Promise<T>) => Promise<T>;

export async function queryJobs(
  table: () => Knex.QueryBuilder,
  exec: Exec,
  options: JobsQueryOptions = {},
): Promise<JobsResult> {
  const { state, data, skip = 0, limit = 0 } = options;
  const now = new Date();
  const base = () => {
    const qb = table();
    applyQuery(qb, options);
    return qb;
  };
  if (!state && data === undefined) {
    const page = base();
    for (const [column, dir] of sortColumns(options.sort)) {
      page.orderBy(column, dir);
    }
    if (limit > 0) {
      page.limit(limit);
    }
    if (skip > 0) {
      page.offset(skip);
    }
    const [rows, count] = await Promise.all([
      exec(() => page.select('*') as Promise<Record<string, unknown>[]>),
      exec(() => base().count({ n: '*' }) as Promise<{ n: unknown }[]>),
    ]);
    return {
      jobs: rows.map((r) => withState(fromRow(r), now)),
      total: num(count[0]?.n) ?? 0,
    };
  }
  const all = base();
  for (const [column, dir] of sortColumns(options.sort)) {
    all.orderBy(column, dir);
  }
  const rows = (await exec(() => all.select('*'))) as Record<string, unknown>[];
  const jobs = rows
    .map((r) => withState(fromRow(r), now))
    .filter((j) => hasState(j, state) && (data === undefined || matchesData(j.data, data)));
  const end = limit > 0 ? skip + limit : undefined;
  return { jobs: jobs.slice(skip, end), total: jobs.length };
}

export async function jobsOverview(
  table: () => Knex.QueryBuilder,
  exec: Exec,
): Promise<JobsOverview[]> {
  const rows = (await exec(() =>
    table()
      .select(
        'name',
        'locked_at',
        'failed_at',
        'last_finished_at',
        'next_run_at',
        'repeat_interval',
        'disabled',
      )
      .orderBy('name'),
  )) as Record<string, unknown>[];
  const now = new Date();
  return overviewOf(
    rows.map((row) => withState(fromRow({ ...row, id: '', priority: 0, type: 'normal' }), now)),
  );
}
