import type { EntityManager } from '@mikro-orm/core';
import { CronExpressionParser } from 'cron-parser';
import { InvalidInputError, NotFoundError } from '../../core/errors.js';
import { childLogger } from '../../core/logger.js';
import { requirePlatformAdmin, type Viewer } from '../../core/viewer.js';
import type { JobQueue } from '../../infra/jobs/job-queue.js';
import { JobSchedule } from './job-schedule.entity.js';
import {
  SCHEDULE_TIMEZONE,
  SCHEDULES,
  scheduleEntry,
  type ScheduleEntry,
} from './schedule-registry.js';
import type { Schedule, ScheduleInput } from './schedule.types.js';

const log = childLogger('schedules');

/** A 5-field cron expression that cron-parser reads (else a French error). */
export function checkCron(cron: string): string {
  const value = cron.trim().replace(/\s+/g, ' ');
  let ok = value.split(' ').length === 5;
  try {
    CronExpressionParser.parse(value, { tz: SCHEDULE_TIMEZONE });
  } catch {
    ok = false;
  }
  if (!ok) {
    throw new InvalidInputError(
      'schedule/invalid_cron',
      'Horaire invalide : 5 champs cron attendus (minute heure jour mois jour-de-semaine), par exemple « 0 3 * * * ».',
    );
  }
  return value;
}

/**
 * The times of the repeating jobs (settings), their Agenda declaration and the outcome of their
 * last run. Reading and changing them is for platform administrators; the worker declares them
 * at start (`declareAll`) and records each run (`recordRun`).
 */
export class ScheduleService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly jobs: JobQueue | undefined,
  ) {}

  async list(): Promise<Schedule[]> {
    requirePlatformAdmin(this.viewer);
    const rows = await this.rows();
    return Promise.all(SCHEDULES.map((entry) => this.view(entry, rows.get(entry.name)!)));
  }

  async update(input: ScheduleInput): Promise<Schedule> {
    requirePlatformAdmin(this.viewer);
    const entry = this.entry(input.name);
    const row = (await this.rows()).get(entry.name)!;
    row.cron = checkCron(input.cron);
    row.enabled = input.enabled;
    await this.em.flush();
    await this.declare(row);
    return this.view(entry, row);
  }

  /** Runs a scheduled job now (once, beside its repeating declaration); its job id. */
  async runNow(name: string): Promise<string | null> {
    requirePlatformAdmin(this.viewer);
    const entry = this.entry(name);
    if (!this.jobs) {
      return null;
    }
    return this.jobs.enqueue(entry.name, {}, { uniqueKey: `${entry.name}:now:${Date.now()}` });
  }

  /** Worker start: every schedule declared (or cancelled when disabled) from its setting. */
  async declareAll(): Promise<void> {
    for (const row of (await this.rows()).values()) {
      await this.declare(row);
    }
  }

  /** Worker: a run of a scheduled job started (`status` null) or ended. */
  async recordRun(name: string, status: string | null, detail?: string | null): Promise<void> {
    if (!scheduleEntry(name)) {
      return;
    }
    const row = (await this.rows()).get(name)!;
    if (status === null) {
      row.lastRunAt = new Date();
    } else {
      Object.assign(row, {
        lastFinishedAt: new Date(),
        lastStatus: status,
        lastDetail: detail ?? null,
      });
    }
    await this.em.flush();
  }

  private entry(name: string): ScheduleEntry {
    const entry = scheduleEntry(name);
    if (!entry) {
      throw new NotFoundError('schedule/not_found', 'Tâche planifiée inconnue.');
    }
    return entry;
  }

  /** The settings rows, the missing ones created with their default time. */
  private async rows(): Promise<Map<string, JobSchedule>> {
    const found = await this.em.find(JobSchedule, { name: { $in: SCHEDULES.map((s) => s.name) } });
    const rows = new Map(found.map((r) => [r.name, r]));
    const missing = SCHEDULES.filter((s) => !rows.has(s.name));
    for (const s of missing) {
      rows.set(s.name, this.em.create(JobSchedule, { name: s.name, cron: s.defaultCron }));
    }
    if (missing.length) {
      try {
        await this.em.flush();
      } catch {
        // Another process created them at the same time: read theirs.
        this.em.clear();
        return new Map(
          (await this.em.find(JobSchedule, {})).map((r) => [r.name, r] as [string, JobSchedule]),
        );
      }
    }
    return rows;
  }

  /** (Re)declares the Agenda repeating job, or removes it when the schedule is off. */
  private async declare(row: JobSchedule): Promise<void> {
    const entry = scheduleEntry(row.name);
    if (!this.jobs || !entry) {
      return;
    }
    const repeating = await this.repeatingJobs(entry.name);
    if (!row.enabled) {
      for (const job of repeating) {
        await this.jobs.agenda.cancel({ id: String(job._id) });
      }
      return;
    }
    await this.jobs.every(row.cron, entry.name, {}, { timezone: SCHEDULE_TIMEZONE });
    log.info({ job: entry.name, cron: row.cron }, 'repeating job declared');
  }

  private async repeatingJobs(name: string) {
    if (!this.jobs) {
      return [];
    }
    const r = await this.jobs.agenda.queryJobs({ name, limit: 50 });
    return r.jobs.filter((j) => !!j.repeatInterval);
  }

  private async view(entry: ScheduleEntry, row: JobSchedule): Promise<Schedule> {
    const all = this.jobs
      ? (await this.jobs.agenda.queryJobs({ name: entry.name, limit: 50 })).jobs
      : [];
    const repeating = all.find((j) => !!j.repeatInterval);
    return {
      name: entry.name,
      label: entry.label,
      cron: row.cron,
      defaultCron: entry.defaultCron,
      enabled: row.enabled,
      nextRunAt: row.enabled ? (repeating?.nextRunAt ?? null) : null,
      lastRunAt: row.lastRunAt ?? null,
      lastFinishedAt: row.lastFinishedAt ?? null,
      lastStatus: row.lastStatus ?? null,
      lastDetail: row.lastDetail ?? null,
      running: all.some((j) => j.state === 'running'),
    };
  }
}
