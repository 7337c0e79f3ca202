import { useQuery, useSubscription } from '@vue/apollo-composable';
import { computed } from 'vue';
import { ActChangedSubscription } from '../acts/acts.graphql';
import { currentOrg } from '../context/current-org';
import { errorMessage } from '../shared/error-messages';
import { monthStartIso } from '../shared/format';
import { DashboardQuery } from './dashboard.graphql';

/** The figures of the dashboard for the current organisation, refreshed when an act changes. */
/**
 * Platform administrators also count the failed deposits whose organisation is unknown (an
 * unreadable zip names none), so the failed-deposits figure covers the whole platform for them.
 */
export function useDashboard(isPlatformAdmin: () => boolean | null) {
  const siren = currentOrg.siren;
  const monthStart = monthStartIso();
  const { result, loading, error, refetch } = useQuery(
    DashboardQuery,
    () => ({
      siren: siren.value ?? '',
      depositSiren: isPlatformAdmin() ? null : siren.value,
      monthStart,
    }),
    // Waits for the viewer: the deposits figure depends on who they are.
    () => ({ enabled: !!siren.value && isPlatformAdmin() !== null }),
  );
  const live = useSubscription(
    ActChangedSubscription,
    () => ({ siren: siren.value ?? '' }),
    () => ({ enabled: !!siren.value }),
  );
  live.onResult(() => void refetch());
  const datasets = computed(() => result.value?.datasets ?? []);
  return {
    loading,
    hasData: computed(() => result.value !== undefined),
    toDecide: computed(() => result.value?.toDecide.totalCount ?? 0),
    publishedThisMonth: computed(() => result.value?.publishedThisMonth.totalCount ?? 0),
    failedDeposits: computed(() => result.value?.failedDeposits.totalCount ?? 0),
    datasets,
    invalidDatasets: computed(() => datasets.value.filter((d) => !d.valid).length),
    recent: computed(() => result.value?.recent.nodes ?? []),
    monthStart,
    errorText: computed(() => (error.value ? errorMessage(error.value) : undefined)),
    retry: () => refetch(),
  };
}
