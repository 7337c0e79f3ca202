import { toJobId, type JobParameters } from 'agenda';

/** The `agenda_jobs` row as written and read with raw SQL (see agenda-job.entity.ts). */
export interface JobRow {
  id: string;
  name: string;
  priority: number;
  type: string;
  next_run_at: number | null;
  locked_at: number | null;
  last_run_at: number | null;
  last_finished_at: number | null;
  failed_at: number | null;
  fail_count: number | null;
  fail_reason: string | null;
  repeat_interval: string | null;
  repeat_timezone: string | null;
  repeat_at: string | null;
  data: string | null;
  disabled: number;
  progress: number | null;
  unique_key: string | null;
  debounce_started_at: number | null;
  last_modified_by: string | null;
  fork: number | null;
  start_date: number | null;
  end_date: number | null;
  skip_days: string | null;
}

export const JOBS_TABLE = 'agenda_jobs';

/** Columns that only the job processor writes (`saveJobState`), never `saveJob`. */
export const PROCESSOR_COLUMNS = [
  'locked_at',
  'last_run_at',
  'last_finished_at',
  'failed_at',
  'fail_count',
  'fail_reason',
  'progress',
] as const satisfies readonly (keyof JobRow)[];

/** Columns a `saveJob` upsert rewrites on an existing row (besides the failure reset). */
export const DEFINITION_COLUMNS = [
  'priority',
  'type',
  'next_run_at',
  'repeat_interval',
  'repeat_timezone',
  'repeat_at',
  'data',
  'debounce_started_at',
  'last_modified_by',
  'fork',
  'start_date',
  'end_date',
  'skip_days',
] as const satisfies readonly (keyof JobRow)[];

type Instant = Date | string | number | null | undefined;

/** A JS instant (agenda may hand over Date or ISO strings) → epoch ms, or null. */
export function toMs(value: Instant): number | null {
  if (value === null || value === undefined) {
    return null;
  }
  const ms = value instanceof Date ? value.getTime() : new Date(value).getTime();
  return Number.isNaN(ms) ? null : ms;
}

/** A DB number (number, numeric string or bigint, by driver) → number, or null. */
export function num(value: unknown): number | null {
  if (value === null || value === undefined) {
    return null;
  }
  const n = Number(value);
  return Number.isNaN(n) ? null : n;
}

function date(value: unknown): Date | undefined {
  const n = num(value);
  return n === null ? undefined : new Date(n);
}

function json(value: unknown): unknown {
  return value === null || value === undefined ? undefined : JSON.parse(String(value));
}

function str(value: unknown): string | undefined {
  return value === null || value === undefined ? undefined : String(value);
}

/** Job parameters → a full row for INSERT (processor fields included, as given). */
/**
 * A failure reason as text, whatever was thrown: agenda stores what the job threw, which may be
 * no Error at all (`throw {}`, a number, `{}` from a forked process). Never bound raw: SQLite
 * refuses objects, and the job would stay locked as running.
 */
export function failReasonText(reason: unknown): string | null {
  if (reason === null || reason === undefined) {
    return null;
  }
  let text: string;
  if (typeof reason === 'string') {
    text = reason;
  } else if (reason instanceof Error) {
    text = reason.message || reason.name;
  } else {
    try {
      text = JSON.stringify(reason) ?? String(reason);
    } catch {
      text = String(reason);
    }
  }
  return text.slice(0, 4000);
}

export function toRow(job: JobParameters, lastModifiedBy: string | undefined): Omit<JobRow, 'id'> {
  return {
    name: job.name,
    priority: job.priority ?? 0,
    type: job.type ?? 'normal',
    next_run_at: toMs(job.nextRunAt),
    locked_at: toMs(job.lockedAt),
    last_run_at: toMs(job.lastRunAt),
    last_finished_at: toMs(job.lastFinishedAt),
    failed_at: toMs(job.failedAt),
    fail_count: job.failCount ?? null,
    fail_reason: failReasonText(job.failReason),
    repeat_interval: job.repeatInterval === undefined ? null : JSON.stringify(job.repeatInterval),
    repeat_timezone: job.repeatTimezone ?? null,
    repeat_at: job.repeatAt ?? null,
    data: job.data === undefined ? null : JSON.stringify(job.data),
    disabled: job.disabled ? 1 : 0,
    progress: job.progress ?? null,
    unique_key: null,
    debounce_started_at: toMs(job.debounceStartedAt),
    last_modified_by: lastModifiedBy ?? null,
    fork: job.fork === undefined ? null : job.fork ? 1 : 0,
    start_date: toMs(job.startDate),
    end_date: toMs(job.endDate),
    skip_days: job.skipDays ? JSON.stringify(job.skipDays) : null,
  };
}

/** A row as returned by any driver → agenda's job parameters (absent fields left undefined). */
export function fromRow(row: Record<string, unknown>): JobParameters {
  const job: JobParameters = {
    _id: toJobId(String(row.id)),
    name: String(row.name),
    priority: num(row.priority) ?? 0,
    type: row.type === 'single' ? 'single' : 'normal',
    nextRunAt: date(row.next_run_at) ?? null,
    data: json(row.data),
  };
  const optional: Partial<JobParameters> = {
    lockedAt: date(row.locked_at),
    lastRunAt: date(row.last_run_at),
    lastFinishedAt: date(row.last_finished_at),
    failedAt: date(row.failed_at),
    failCount: num(row.fail_count) ?? undefined,
    failReason: str(row.fail_reason),
    repeatInterval: json(row.repeat_interval) as string | number | undefined,
    repeatTimezone: str(row.repeat_timezone),
    repeatAt: str(row.repeat_at),
    disabled: num(row.disabled) ? true : undefined,
    progress: num(row.progress) ?? undefined,
    debounceStartedAt: date(row.debounce_started_at),
    lastModifiedBy: str(row.last_modified_by),
    fork: row.fork === null || row.fork === undefined ? undefined : Boolean(num(row.fork)),
    startDate: date(row.start_date),
    endDate: date(row.end_date),
    skipDays: json(row.skip_days) as number[] | undefined,
  };
  for (const [key, value] of Object.entries(optional)) {
    if (value !== undefined) {
      (job as unknown as Record<string, unknown>)[key] = value;
    }
  }
  return job;
}
