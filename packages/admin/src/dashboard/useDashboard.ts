import { useQuery } from '@vue/apollo-composable';
import { computed } from 'vue';
import { errorMessage } from '../shared/error-messages';
import { DashboardQuery } from './dashboard.graphql';

/** How many organisations the dashboard lists (the total is shown separately). */
export const DASHBOARD_PAGE_SIZE = 20;

export function useDashboard() {
  const { result, loading, error, refetch } = useQuery(DashboardQuery, {
    first: DASHBOARD_PAGE_SIZE,
  });
  return {
    loading,
    me: computed(() => result.value?.me ?? null),
    organizations: computed(() => result.value?.organizations.nodes ?? []),
    totalCount: computed(() => result.value?.organizations.totalCount ?? 0),
    hasData: computed(() => result.value !== undefined),
    errorText: computed(() => (error.value ? errorMessage(error.value) : undefined)),
    retry: () => refetch(),
  };
}
