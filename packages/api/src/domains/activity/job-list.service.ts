import type { EntityManager } from '@mikro-orm/core';
import type { JobsQueryOptions, JobState as AgendaJobState, JobWithState } from 'agenda';
import type { AccessService } from '../../identity/auth/access.js';
import { pageWindow, toConnection, type Connection } from '../../core/page.type.js';
import { JobState } from './job-progress.type.js';
import { Organization } from '../../identity/tenants/organization.entity.js';
import { sirenOf, type JobQueue } from '../../infra/jobs/job-queue.js';
import type { Job } from './job-list.types.js';

/** Our four states → agenda's computed states (« en attente » covers queued, scheduled, repeating). */
const AGENDA_STATES: Record<JobState, AgendaJobState[]> = {
  [JobState.QUEUED]: ['queued', 'scheduled', 'repeating'],
  [JobState.RUNNING]: ['running'],
  [JobState.COMPLETED]: ['completed'],
  [JobState.FAILED]: ['failed'],
};

function stateOf(state: AgendaJobState): JobState {
  switch (state) {
    case 'running':
      return JobState.RUNNING;
    case 'failed':
      return JobState.FAILED;
    case 'completed':
      return JobState.COMPLETED;
    case 'queued':
    case 'scheduled':
    case 'repeating':
    case 'paused':
      return JobState.QUEUED;
  }
}

export function toJob(job: JobWithState): Job {
  return {
    id: String(job._id),
    name: job.name,
    state: stateOf(job.state),
    progress: job.state === 'completed' ? 100 : (job.progress ?? 0),
    message: job.state === 'failed' ? (job.failReason ?? null) : null,
    siren: sirenOf(job.data),
    repeating: !!job.repeatInterval,
    failCount: job.failCount ?? 0,
    nextRunAt: job.nextRunAt ?? null,
    lastRunAt: job.lastRunAt ?? null,
    finishedAt: job.lastFinishedAt ?? null,
  };
}

const time = (d: Date | null | undefined) => (d ? d.getTime() : -Infinity);

/** Same order as agenda's default: next run first (latest on top), then last run. */
function byRecency(a: JobWithState, b: JobWithState): number {
  return (
    time(b.nextRunAt) - time(a.nextRunAt) ||
    time(b.lastRunAt) - time(a.lastRunAt) ||
    String(a._id).localeCompare(String(b._id))
  );
}

/**
 * Recent background jobs for the « Activité » page. Platform administrators see every job;
 * other staff see the jobs whose payload names one of their organisations (`siren`).
 */
export class JobListService {
  constructor(
    private readonly em: EntityManager,
    private readonly access: AccessService,
    private readonly queue: JobQueue | undefined,
  ) {}

  async list(args: {
    first?: number | null;
    after?: string | null;
    name?: string | null;
    state?: JobState | null;
  }): Promise<Connection<Job>> {
    const readable = await this.access.readableOrgIds();
    const { offset, limit } = pageWindow(args);
    if (!this.queue || (readable !== 'all' && !readable.length)) {
      return toConnection([], 0, offset);
    }
    const sirens =
      readable === 'all'
        ? [undefined]
        : (await this.em.find(Organization, { id: { $in: readable } }, { fields: ['siren'] })).map(
            (o) => o.siren,
          );
    const states = args.state ? AGENDA_STATES[args.state] : [undefined];
    const queries: JobsQueryOptions[] = sirens.flatMap((siren) =>
      states.map((state) => ({
        ...(args.name ? { name: args.name } : {}),
        ...(state ? { state } : {}),
        ...(siren ? { data: { siren } } : {}),
      })),
    );
    if (queries.length === 1) {
      const r = await this.queue.agenda.queryJobs({ ...queries[0], skip: offset, limit });
      return toConnection(r.jobs.map(toJob), r.total, offset);
    }
    // Several disjoint queries: take each one's head, merge in the same order, cut the page.
    const results = await Promise.all(
      queries.map((q) => this.queue!.agenda.queryJobs({ ...q, limit: offset + limit })),
    );
    const merged = results.flatMap((r) => r.jobs).sort(byRecency);
    const total = results.reduce((n, r) => n + r.total, 0);
    return toConnection(merged.slice(offset, offset + limit).map(toJob), total, offset);
  }
}
