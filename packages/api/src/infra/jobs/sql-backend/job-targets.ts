import type { Knex } from '@mikro-orm/knex';
import type { JobsQueryOptions, RemoveJobsOptions } from 'agenda';
import { escapeLike } from './job-filters.js';

const strings = (values: unknown[] | undefined): string[] =>
  (values ?? []).filter((v): v is string => typeof v === 'string' && v.length > 0);

/**
 * Applies the id/name criteria of RemoveJobsOptions to a query (the `data` criterion is
 * matched in JS by the caller). Returns false when there is no criterion at all, so that
 * callers never remove, disable or enable every job by accident (as agenda's Mongo backend).
 */
export function applyTarget(qb: Knex.QueryBuilder, options: RemoveJobsOptions): boolean {
  let any = false;
  if (options.id !== undefined && options.id !== null) {
    qb.where('id', String(options.id));
    any = true;
  } else if (strings(options.ids?.map(String)).length > 0) {
    qb.whereIn('id', strings(options.ids?.map(String)));
    any = true;
  }
  if (typeof options.name === 'string' && options.name) {
    qb.where('name', options.name);
    any = true;
  } else if (strings(options.names).length > 0) {
    qb.whereIn('name', strings(options.names));
    any = true;
  } else if (strings(options.notNames).length > 0) {
    qb.whereNotIn('name', strings(options.notNames));
    any = true;
  }
  return any || options.data !== undefined;
}

/** Applies the SQL-expressible filters of agenda's queryJobs (not `data` nor `state`). */
export function applyQuery(qb: Knex.QueryBuilder, options: JobsQueryOptions): void {
  if (typeof options.name === 'string' && options.name) {
    qb.where('name', options.name);
  } else if (strings(options.names).length > 0) {
    qb.whereIn('name', strings(options.names));
  }
  if (typeof options.id === 'string' && options.id) {
    qb.where('id', options.id);
  } else if (strings(options.ids).length > 0) {
    qb.whereIn('id', strings(options.ids));
  }
  if (typeof options.search === 'string' && options.search) {
    qb.whereRaw(`name like ? escape '!'`, [`%${escapeLike(options.search)}%`]);
  }
  if (options.includeDisabled === false) {
    qb.where('disabled', 0);
  }
}

/**
 * Rows a worker may lock now: enabled, of that name, and either unlocked and due before
 * the next scan, or locked before the deadline (its worker died or stalled: lock expired).
 */
export function applyLockable(
  qb: Knex.QueryBuilder,
  name: string,
  nextScanAt: number,
  lockDeadline: number,
): Knex.QueryBuilder {
  return qb
    .where('name', name)
    .where('disabled', 0)
    .where((w) => {
      // Block bodies: knex builders are thenables, a returned one would read as a promise.
      w.where((u) => {
        u.whereNull('locked_at').where('next_run_at', '<=', nextScanAt);
      }).orWhere('locked_at', '<=', lockDeadline);
    });
}
