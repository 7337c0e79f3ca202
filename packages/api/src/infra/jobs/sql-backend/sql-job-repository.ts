import type { Knex } from '@mikro-orm/knex';
import type {
  JobId,
  JobParameters,
  JobRepository,
  JobRepositoryOptions,
  JobsOverview,
  JobsQueryOptions,
  JobsResult,
  RemoveJobsOptions,
} from 'agenda';
import { failReasonText, fromRow, JOBS_TABLE, num, toMs, type JobRow } from './job-row.js';
import { jobsOverview, queryJobs } from './sql-job-queries.js';
import { matchesData } from './job-filters.js';
import { applyLockable, applyTarget } from './job-targets.js';
import { withContentionRetry } from './sql-retry.js';
import { saveJob } from './sql-save-job.js';

/** How many candidates one `getNextJobToRun` tries to lock before scanning again. */
const LOCK_CANDIDATES = 8;

/**
 * agenda's JobRepository on the application's SQL database (SQLite or MySQL/MariaDB).
 * Locking is a conditional UPDATE whose WHERE repeats the "lockable" predicate; only the
 * worker whose UPDATE changed the row owns the job, so two processes never run it twice.
 */
export class SqlJobRepository implements JobRepository {
  /** Per job name: the tail of this process's lock attempts (they queue instead of colliding). */
  private readonly lockChains = new Map<string, Promise<unknown>>();

  constructor(private readonly knex: () => Knex) {}

  private table(): Knex.QueryBuilder {
    return this.knex()(JOBS_TABLE);
  }

  /** SQLite (UPDATE … RETURNING, one writer at a time) rather than MySQL/MariaDB. */
  private isSqlite(): boolean {
    return /sqlite/i.test(String((this.knex().client as { dialect?: string }).dialect ?? ''));
  }

  private exec<T>(fn: () => Promise<T>): Promise<T> {
    return withContentionRetry(fn);
  }

  private async byId(id: string): Promise<JobParameters | null> {
    const row = (await this.exec(() => this.table().where('id', id).first())) as
      Record<string, unknown> | undefined;
    return row ? fromRow(row) : null;
  }

  async connect(): Promise<void> {
    // Fails fast when the table is missing (migrations not applied).
    await this.exec(() => this.table().select('id').limit(1));
  }

  queryJobs(options: JobsQueryOptions = {}): Promise<JobsResult> {
    return queryJobs(
      () => this.table(),
      (fn) => this.exec(fn),
      options,
    );
  }

  getJobsOverview(): Promise<JobsOverview[]> {
    return jobsOverview(
      () => this.table(),
      (fn) => this.exec(fn),
    );
  }

  async getDistinctJobNames(): Promise<string[]> {
    const rows = (await this.exec(() => this.table().distinct('name').orderBy('name'))) as {
      name: string;
    }[];
    return rows.map((r) => r.name);
  }

  getJobById(id: string): Promise<JobParameters | null> {
    return this.byId(id);
  }

  async getQueueSize(): Promise<number> {
    const [row] = (await this.exec(() =>
      this.table().where('next_run_at', '<', Date.now()).count({ n: '*' }),
    )) as { n: unknown }[];
    return num(row?.n) ?? 0;
  }

  /** Ids matching the options (data matched in JS), or null when nothing is targeted. */
  private async targetIds(options: RemoveJobsOptions): Promise<string[] | null> {
    const qb = this.table();
    if (!applyTarget(qb, options)) {
      return null;
    }
    const rows = (await this.exec(() => qb.select('id', 'data'))) as Record<string, unknown>[];
    return rows
      .filter((r) => options.data === undefined || matchesData(fromRow(r).data, options.data))
      .map((r) => String(r.id));
  }

  /** Updates (or, without values, deletes) the given ids, 500 at a time; returns the count. */
  private async byIds(ids: string[], values?: Partial<JobRow>, notIf?: Partial<JobRow>) {
    let changed = 0;
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      changed += await this.exec(async () => {
        const qb = this.table().whereIn('id', chunk);
        if (notIf) {
          qb.whereNot(notIf);
        }
        return Number(await (values ? qb.update(values) : qb.del()));
      });
    }
    return changed;
  }

  async removeJobs(options: RemoveJobsOptions): Promise<number> {
    const ids = await this.targetIds(options);
    return ids ? this.byIds(ids) : 0;
  }

  saveJob<DATA = unknown>(
    job: JobParameters<DATA>,
    options: JobRepositoryOptions | undefined,
  ): Promise<JobParameters<DATA>> {
    return saveJob(
      { table: () => this.table(), exec: (fn) => this.exec(fn), byId: (id) => this.byId(id) },
      job,
      options?.lastModifiedBy,
    );
  }

  async saveJobState(job: JobParameters, options: JobRepositoryOptions | undefined): Promise<void> {
    if (!job._id) {
      throw new Error('Cannot save job state without job ID');
    }
    const state: Partial<JobRow> = {
      locked_at: toMs(job.lockedAt),
      next_run_at: toMs(job.nextRunAt),
      last_run_at: toMs(job.lastRunAt),
      progress: job.progress ?? null,
      fail_reason: failReasonText(job.failReason),
      fail_count: job.failCount ?? null,
      failed_at: toMs(job.failedAt),
      last_finished_at: toMs(job.lastFinishedAt),
      last_modified_by: options?.lastModifiedBy ?? null,
    };
    const matched = await this.exec(() =>
      this.table()
        .where({ id: String(job._id), name: job.name })
        .update(state),
    );
    if (Number(matched) !== 1) {
      throw new Error(
        `job ${job._id} (name: ${job.name}) cannot be updated in the database, maybe it does not exist anymore?`,
      );
    }
  }

  async lockJob(
    job: JobParameters,
    options: JobRepositoryOptions | undefined,
  ): Promise<JobParameters | undefined> {
    if (!job._id) {
      return undefined;
    }
    const nextRunAt = toMs(job.nextRunAt);
    const changed = await this.exec(() => {
      const qb = this.table()
        .where({ id: String(job._id), name: job.name, disabled: 0 })
        .whereNull('locked_at');
      if (nextRunAt === null) {
        qb.whereNull('next_run_at');
      } else {
        qb.where('next_run_at', nextRunAt);
      }
      return qb.update({
        locked_at: Date.now(),
        last_modified_by: options?.lastModifiedBy ?? null,
      });
    });
    return Number(changed) === 1 ? ((await this.byId(String(job._id))) ?? undefined) : undefined;
  }

  async unlockJob(job: JobParameters): Promise<void> {
    if (!job._id) {
      return;
    }
    // Only jobs that are not being processed (a running one-time job has no nextRunAt).
    await this.exec(() =>
      this.table()
        .where('id', String(job._id))
        .whereNotNull('next_run_at')
        .update({ locked_at: null }),
    );
  }

  async unlockJobs(jobIds: (JobId | string)[]): Promise<void> {
    await this.byIds(jobIds.map(String), { locked_at: null });
  }

  /**
   * agenda may scan one name several times at once in one process; those scans would only
   * race each other for the same rows, so they take turns (other processes still compete).
   */
  getNextJobToRun(
    jobName: string,
    nextScanAt: Date,
    lockDeadline: Date,
    now: Date | undefined,
    options: JobRepositoryOptions | undefined,
  ): Promise<JobParameters | undefined> {
    const previous = this.lockChains.get(jobName) ?? Promise.resolve();
    const next = previous
      .catch(() => undefined)
      .then(() => this.lockNext(jobName, nextScanAt, lockDeadline, now, options));
    this.lockChains.set(jobName, next);
    void next
      .finally(() => {
        if (this.lockChains.get(jobName) === next) {
          this.lockChains.delete(jobName);
        }
      })
      .catch(() => undefined);
    return next;
  }

  private async lockNext(
    jobName: string,
    nextScanAt: Date,
    lockDeadline: Date,
    now: Date | undefined,
    options: JobRepositoryOptions | undefined,
  ): Promise<JobParameters | undefined> {
    const scan = nextScanAt.getTime();
    const deadline = lockDeadline.getTime();
    const lock = {
      locked_at: (now ?? new Date()).getTime(),
      last_modified_by: options?.lastModifiedBy ?? null,
    };
    if (this.isSqlite()) {
      // One statement: SQLite runs it alone, so the row it picks is still lockable when updated.
      const pick = applyLockable(this.knex()(JOBS_TABLE), jobName, scan, deadline)
        .select('id')
        .orderBy([
          { column: 'next_run_at', order: 'asc' },
          { column: 'priority', order: 'desc' },
        ])
        .limit(1);
      const rows = (await this.exec(() =>
        this.table().where('id', pick).update(lock).returning('*'),
      )) as Record<string, unknown>[];
      return rows[0] ? fromRow(rows[0]) : undefined;
    }
    for (let round = 0; round < 4; round++) {
      const candidates = (await this.exec(() =>
        applyLockable(this.table(), jobName, scan, deadline)
          .select('id')
          .orderBy([
            { column: 'next_run_at', order: 'asc' },
            { column: 'priority', order: 'desc' },
          ])
          .limit(LOCK_CANDIDATES),
      )) as { id: string }[];
      for (const { id } of candidates) {
        // Atomic: the row is ours only if it was still lockable when the UPDATE ran.
        const changed = await this.exec(() =>
          applyLockable(this.table().where('id', id), jobName, scan, deadline).update(lock),
        );
        if (Number(changed) === 1) {
          return (await this.byId(id)) ?? undefined;
        }
      }
      if (candidates.length < LOCK_CANDIDATES) {
        return undefined;
      }
    }
    return undefined;
  }

  async disableJobs(options: RemoveJobsOptions): Promise<number> {
    const ids = await this.targetIds(options);
    return ids ? this.byIds(ids, { disabled: 1 }, { disabled: 1 }) : 0;
  }

  async enableJobs(options: RemoveJobsOptions): Promise<number> {
    const ids = await this.targetIds(options);
    return ids ? this.byIds(ids, { disabled: 0 }, { disabled: 0 }) : 0;
  }

  async purgeAllJobs(): Promise<number> {
    return Number(await this.exec(() => this.table().del()));
  }
}
