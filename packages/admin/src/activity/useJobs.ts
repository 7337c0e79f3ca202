import { useQuery } from '@vue/apollo-composable';
import { computed, onBeforeUnmount, ref, watch } from 'vue';
import { currentOrg } from '../context/current-org';
import type { JobState } from '../gql/graphql';
import { errorMessage } from '../shared/error-messages';
import { liveJobs } from '../shared/live-jobs';
import { JobsQuery } from './activity.graphql';
import { mergeJobs } from './merge-jobs';

/** Recent background jobs, updated live by `jobProgress` (no reload needed). */
export function useJobs(isPlatformAdmin: () => boolean) {
  const state = ref<JobState | null>(null);
  const { result, loading, error, refetch } = useQuery(JobsQuery, () => ({
    first: 30,
    state: state.value,
  }));
  const rows = computed(() =>
    mergeJobs(result.value?.jobs.nodes ?? [], liveJobs.recent.value, (e) => {
      if (state.value && e.state !== state.value) {
        return false;
      }
      return isPlatformAdmin() || !e.siren || e.siren === currentOrg.siren.value;
    }),
  );
  // When a job ends, the stored list catches up (dates, failure reason).
  let timer: ReturnType<typeof setTimeout> | undefined;
  watch(
    () =>
      liveJobs.recent.value.filter((e) => e.state === 'COMPLETED' || e.state === 'FAILED').length,
    () => {
      clearTimeout(timer);
      timer = setTimeout(() => void refetch(), 1500);
    },
  );
  onBeforeUnmount(() => clearTimeout(timer));
  return {
    state,
    rows,
    total: computed(() => result.value?.jobs.totalCount ?? 0),
    loading,
    hasData: computed(() => result.value !== undefined),
    errorText: computed(() => (error.value ? errorMessage(error.value) : undefined)),
    refetch: () => refetch(),
  };
}
