import { useMutation, useQuery } from '@vue/apollo-composable';
import { computed, onBeforeUnmount, watch } from 'vue';
import { errorMessage } from '../shared/error-messages';
import { liveJobs } from '../shared/live-jobs';
import { useNotify } from '../shared/useNotify';
import {
  RunScheduleNowMutation,
  SchedulesQuery,
  UpdateScheduleMutation,
} from './operations.graphql';

/** The repeating jobs (platform administrators), live through the app-wide `jobProgress` feed. */
export function useSchedules(enabled: () => boolean) {
  const notify = useNotify();
  const { result, loading, error, refetch } = useQuery(SchedulesQuery, {}, () => ({
    enabled: enabled(),
    fetchPolicy: 'cache-and-network',
  }));
  const update = useMutation(UpdateScheduleMutation);
  const run = useMutation(RunScheduleNowMutation);
  const schedules = computed(() => result.value?.schedules ?? []);
  const names = computed(() => new Set(schedules.value.map((s) => s.name)));
  /** The latest live event of each scheduled job (running, progress, end). */
  const live = computed(() => {
    const out = new Map<string, (typeof liveJobs.recent.value)[number]>();
    for (const e of liveJobs.recent.value) {
      if (names.value.has(e.name) && !out.has(e.name)) {
        out.set(e.name, e);
      }
    }
    return out;
  });
  // When a run ends, the stored outcome catches up.
  let timer: ReturnType<typeof setTimeout> | undefined;
  watch(
    () => [...live.value.values()].filter((e) => e.state === 'COMPLETED' || e.state === 'FAILED'),
    (ended, before) => {
      if (ended.length !== before?.length || ended.some((e, i) => e.at !== before?.[i]?.at)) {
        clearTimeout(timer);
        timer = setTimeout(() => void refetch(), 800);
      }
    },
  );
  onBeforeUnmount(() => clearTimeout(timer));

  async function save(name: string, cron: string, on: boolean): Promise<boolean> {
    try {
      await update.mutate({ input: { name, cron, enabled: on } });
      notify.success(on ? 'Horaire enregistré.' : 'Tâche planifiée désactivée.');
      await refetch();
      return true;
    } catch (e) {
      notify.error(errorMessage(e));
      return false;
    }
  }

  async function runNow(name: string, label: string): Promise<void> {
    try {
      await run.mutate({ name });
      notify.success(`« ${label} » lancée.`);
      await refetch();
    } catch (e) {
      notify.error(errorMessage(e));
    }
  }

  return {
    schedules,
    live,
    loading,
    saving: update.loading,
    errorText: computed(() => (error.value ? errorMessage(error.value) : undefined)),
    save,
    runNow,
  };
}
