import { randomUUID } from 'node:crypto';
import type { Knex } from '@mikro-orm/knex';
import type { DebounceOptions, JobParameters } from 'agenda';
import { SINGLE_KEY, uniqueKeyOf } from './job-filters.js';
import { DEFINITION_COLUMNS, fromRow, toMs, toRow, type JobRow } from './job-row.js';

export interface SaveContext {
  table(): Knex.QueryBuilder;
  exec<T>(fn: () => Promise<T>): Promise<T>;
  byId(id: string): Promise<JobParameters | null>;
}

type Row = Omit<JobRow, 'id'>;
const CONFLICT_TARGET = ['name', 'unique_key'];
const FAILURE_RESET = { fail_count: null, fail_reason: null, failed_at: null } as const;

/**
 * What a save rewrites on an existing row: the job's definition (schedule, data, repeat…),
 * never the processor's state (lock, run times, failures), so that re-saving a job while it
 * runs does not steal its lock. `disabled` is kept unless the caller set it explicitly.
 */
export function definitionUpdate(row: Row, job: Pick<JobParameters, 'disabled'>): Partial<JobRow> {
  const update: Partial<JobRow> = {};
  for (const column of DEFINITION_COLUMNS) {
    (update as Record<string, unknown>)[column] = row[column];
  }
  if (job.disabled !== undefined) {
    update.disabled = job.disabled ? 1 : 0;
  }
  return update;
}

/**
 * Debounce: where the existing job's next run and debounce window go, as agenda defines it
 * ('trailing': push the run `delay` ms past the last save, forced once `maxWait` elapsed;
 * 'leading': keep the original run time).
 */
export function debouncedSchedule(
  debounce: DebounceOptions,
  existing: { nextRunAt: number | null; debounceStartedAt: number | null },
  now: number,
): { next_run_at: number | null; debounce_started_at: number | null } {
  const started = existing.debounceStartedAt ?? now;
  if (debounce.strategy === 'leading') {
    return { next_run_at: existing.nextRunAt, debounce_started_at: started };
  }
  if (debounce.maxWait && now - started >= debounce.maxWait) {
    return { next_run_at: now, debounce_started_at: null };
  }
  return { next_run_at: now + debounce.delay, debounce_started_at: started };
}

async function byKey(ctx: SaveContext, name: string, key: string): Promise<JobParameters> {
  const row = (await ctx.exec(() => ctx.table().where({ name, unique_key: key }).first())) as
    Record<string, unknown> | undefined;
  if (!row) {
    throw new Error(`job ${name} with unique key ${key} vanished during save`);
  }
  return fromRow(row);
}

async function insertIgnore(ctx: SaveContext, values: JobRow): Promise<void> {
  await ctx.exec(() => ctx.table().insert(values).onConflict(CONFLICT_TARGET).ignore());
}

async function saveDebounced(
  ctx: SaveContext,
  job: JobParameters,
  insert: JobRow,
  debounce: DebounceOptions,
): Promise<JobParameters> {
  const key = insert.unique_key!;
  const now = Date.now();
  const leading = debounce.strategy === 'leading';
  await insertIgnore(ctx, {
    ...insert,
    debounce_started_at: now,
    next_run_at: leading ? insert.next_run_at : now + debounce.delay,
  });
  const existing = await byKey(ctx, job.name, key);
  if (existing._id === insert.id) {
    return existing;
  }
  const schedule = debouncedSchedule(
    debounce,
    { nextRunAt: toMs(existing.nextRunAt), debounceStartedAt: toMs(existing.debounceStartedAt) },
    now,
  );
  await ctx.exec(() =>
    ctx
      .table()
      .where('id', String(existing._id))
      .update({ ...definitionUpdate(insert, job), ...schedule }),
  );
  return byKey(ctx, job.name, key);
}

/**
 * agenda's saveJob on SQL. Ordinary jobs are inserted; `type: 'single'` jobs and `unique`
 * jobs are upserted atomically on the (name, unique_key) unique index:
 * - single: one row per name; a due `nextRunAt` does not overwrite the stored one;
 * - unique: update the matching row (failures reset), or with `insertOnly` keep it as is;
 * - debounce (with unique): reschedule the matching row.
 */
export async function saveJob<DATA>(
  ctx: SaveContext,
  job: JobParameters<DATA>,
  lastModifiedBy: string | undefined,
): Promise<JobParameters<DATA>> {
  const params = job as JobParameters;
  const row = toRow(params, lastModifiedBy);
  if (params._id) {
    const id = String(params._id);
    const matched = await ctx.exec(() =>
      ctx.table().where({ id, name: params.name }).update(definitionUpdate(row, params)),
    );
    return Number(matched) === 1 ? ((await ctx.byId(id)) as JobParameters<DATA>) : job;
  }
  const key = uniqueKeyOf(params);
  const insert: JobRow = { id: randomUUID(), ...row, unique_key: key };
  if (key === null) {
    await ctx.exec(() => ctx.table().insert(insert));
    return fromRow({ ...insert }) as JobParameters<DATA>;
  }
  const update = definitionUpdate(row, params);
  if (key === SINGLE_KEY) {
    if (row.next_run_at !== null && row.next_run_at <= Date.now()) {
      delete update.next_run_at;
    }
  } else if (params.uniqueOpts?.debounce) {
    return (await saveDebounced(
      ctx,
      params,
      insert,
      params.uniqueOpts.debounce,
    )) as JobParameters<DATA>;
  } else if (params.uniqueOpts?.insertOnly) {
    await insertIgnore(ctx, insert);
    return (await byKey(ctx, params.name, key)) as JobParameters<DATA>;
  } else {
    Object.assign(update, FAILURE_RESET);
  }
  await ctx.exec(() => ctx.table().insert(insert).onConflict(CONFLICT_TARGET).merge(update));
  return (await byKey(ctx, params.name, key)) as JobParameters<DATA>;
}
