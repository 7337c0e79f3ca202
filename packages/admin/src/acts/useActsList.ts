import { useQuery, useSubscription } from '@vue/apollo-composable';
import { computed, onBeforeUnmount, ref } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { currentOrg } from '../context/current-org';
import { errorMessage } from '../shared/error-messages';
import { ActChangedSubscription, ActsQuery } from './acts.graphql';
import {
  parseActsQuery,
  toActsQuery,
  toActsVariables,
  type ActsListState,
  type ActsView,
} from './acts-filters';

/**
 * The acts list of the current organisation: state from the URL, server-side page, and a
 * refresh whenever an act of the organisation changes (colleagues, deposits, jobs).
 */
export function useActsList(view: () => ActsView) {
  const route = useRoute();
  const router = useRouter();
  const state = computed(() => parseActsQuery(route.query));
  const siren = currentOrg.siren;

  /** Changes the URL; any change but the page itself goes back to page 1. */
  function update(patch: Partial<ActsListState>) {
    const next = { ...state.value, ...patch };
    if (!('page' in patch)) {
      next.page = 1;
    }
    void router.replace({ query: toActsQuery(next) });
  }

  const variables = computed(() => toActsVariables(state.value, view(), siren.value ?? ''));
  const { result, loading, error, refetch } = useQuery(ActsQuery, variables, () => ({
    enabled: !!siren.value,
    fetchPolicy: 'cache-and-network',
  }));

  /** Last live change, for the polite announcement. */
  const liveNotice = ref('');
  let timer: ReturnType<typeof setTimeout> | undefined;
  const { onResult } = useSubscription(
    ActChangedSubscription,
    () => ({ siren: siren.value ?? '' }),
    () => ({ enabled: !!siren.value }),
  );
  onResult(() => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      void refetch();
      liveNotice.value = `Liste mise à jour à ${new Date().toLocaleTimeString('fr-FR', { hour: '2-digit', minute: '2-digit' })}.`;
    }, 400);
  });
  onBeforeUnmount(() => clearTimeout(timer));

  return {
    state,
    update,
    rows: computed(() => result.value?.acts.nodes ?? []),
    total: computed(() => result.value?.acts.totalCount ?? 0),
    /** Search extracts by act id (a text search only), `<mark>` around the words found. */
    highlights: computed(
      () => new Map((result.value?.acts.highlights ?? []).map((h) => [h.actId, h])),
    ),
    hasData: computed(() => result.value !== undefined),
    loading,
    errorText: computed(() => (error.value ? errorMessage(error.value) : undefined)),
    refetch: () => refetch(),
    liveNotice,
  };
}
