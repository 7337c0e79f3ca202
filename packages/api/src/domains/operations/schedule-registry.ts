import type { JobContract } from '../../core/job-contract.js';

/** Repeating jobs run with the payload `{}`. */
export type ScheduledJobName = {
  [N in keyof JobContract]: Record<string, never> extends JobContract[N] ? N : never;
}[keyof JobContract];

export interface ScheduleEntry {
  name: ScheduledJobName;
  /** French label shown in the admin. */
  label: string;
  /** Cron expression (Europe/Paris) used until a platform administrator changes it. */
  defaultCron: string;
}

export const SCHEDULE_TIMEZONE = 'Europe/Paris';

/**
 * Every repeating job, with its default time. The times are settings (`job_schedules`),
 * editable by platform administrators; the worker declares them at start and the API again at
 * each change. A job of this list needs a handler in the worker (`jobs/index.ts`).
 */
export const SCHEDULES: readonly ScheduleEntry[] = [
  {
    name: 'dataset.nightly',
    label: 'Régénération de tous les fichiers open data',
    defaultCron: '0 3 * * *',
  },
  { name: 'decp.sources', label: 'Récupération des sources DECP', defaultCron: '15 * * * *' },
  {
    name: 'sirene.refresh',
    label: 'Enrichissement des collectivités depuis Sirene',
    defaultCron: '30 4 * * 1',
  },
  {
    name: 'datagouv.push',
    label: 'Publication des jeux de données sur data.gouv.fr',
    defaultCron: '0 5 * * *',
  },
  {
    // Online: searches keep answering during the rebuild. Gives back the space of deleted acts
    // and lays each organisation's acts out contiguously again.
    name: 'acts.reindex',
    label: 'Reconstruction des index de recherche des actes',
    defaultCron: '30 2 * * 0',
  },
];

export function scheduleEntry(name: string): ScheduleEntry | undefined {
  return SCHEDULES.find((s) => s.name === name);
}
