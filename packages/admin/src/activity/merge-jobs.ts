import type { JobState } from '../gql/graphql';
import type { JobEvent } from '../shared/live-jobs';

export interface JobRow {
  id: string;
  name: string;
  state: JobState;
  progress: number;
  message: string | null;
  siren: string | null;
  /** Last thing known about the job (ISO), for sorting and display. */
  at: string | null;
  /** Seen through the live subscription only (not yet in the stored list). */
  liveOnly: boolean;
}

interface StoredJob {
  id: string;
  name: string;
  state: JobState;
  progress: number;
  message?: string | null;
  siren?: string | null;
  lastRunAt?: string | null;
  finishedAt?: string | null;
  nextRunAt?: string | null;
}

/**
 * The stored jobs with the live events laid over them (a live event is newer than the list),
 * plus the jobs that only the live events know yet, newest first.
 */
export function mergeJobs(
  stored: StoredJob[],
  live: JobEvent[],
  keep: (e: JobEvent) => boolean,
): JobRow[] {
  const byId = new Map(live.map((e) => [e.jobId, e]));
  const rows: JobRow[] = stored.map((j) => {
    const e = byId.get(j.id);
    byId.delete(j.id);
    const base: JobRow = {
      id: j.id,
      name: j.name,
      state: j.state,
      progress: j.progress,
      message: j.message ?? null,
      siren: j.siren ?? null,
      at: j.finishedAt ?? j.lastRunAt ?? j.nextRunAt ?? null,
      liveOnly: false,
    };
    return e
      ? {
          ...base,
          state: e.state,
          progress: e.progress,
          message: e.message ?? base.message,
          at: e.at,
        }
      : base;
  });
  const fresh: JobRow[] = [...byId.values()].filter(keep).map((e) => ({
    id: e.jobId,
    name: e.name,
    state: e.state,
    progress: e.progress,
    message: e.message ?? null,
    siren: e.siren ?? null,
    at: e.at,
    liveOnly: true,
  }));
  return [...fresh, ...rows];
}
