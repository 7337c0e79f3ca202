import { useMutation, useQuery, useSubscription } from '@vue/apollo-composable';
import { computed, ref, watch } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { currentOrg } from '../context/current-org';
import type { DepositStatus } from '../gql/graphql';
import { errorMessage } from '../shared/error-messages';
import { DEPOSIT_STATUS_LABELS } from '../shared/labels';
import { afterCursor } from '../shared/pagination';
import { useNotify } from '../shared/useNotify';
import {
  DepositProcessedSubscription,
  DepositsQuery,
  RetryDepositMutation,
} from './deposits.graphql';

export const DEPOSITS_PER_PAGE = 20;
/** The `statut` query value of the open failures view. */
export const OPEN_FAILURES = 'echecs-ouverts';

/** Deposits of the current organisation (platform admins: optionally every one), live. */
export function useDeposits() {
  const route = useRoute();
  const router = useRouter();
  const notify = useNotify();
  const status = computed<DepositStatus | null>(() => {
    const s = route.query.statut;
    return typeof s === 'string' && s in DEPOSIT_STATUS_LABELS ? (s as DepositStatus) : null;
  });
  /** Failures neither replaced nor closed: the ones that need someone. */
  const openFailures = computed(() => route.query.statut === OPEN_FAILURES);
  const everyOrganization = computed(() => route.query.toutes === 'oui');
  const page = ref(1);
  watch([status, openFailures, everyOrganization, currentOrg.siren], () => (page.value = 1));

  const setQuery = (patch: Record<string, string | undefined>) =>
    router.replace({ query: { ...route.query, ...patch } });

  const variables = computed(() => ({
    filter: {
      status: status.value,
      openFailures: openFailures.value || null,
      siren: everyOrganization.value ? null : currentOrg.siren.value,
    },
    first: DEPOSITS_PER_PAGE,
    after: afterCursor((page.value - 1) * DEPOSITS_PER_PAGE),
  }));
  const { result, loading, error, refetch } = useQuery(DepositsQuery, variables, () => ({
    enabled: !!currentOrg.siren.value || everyOrganization.value,
  }));
  const { onResult } = useSubscription(DepositProcessedSubscription);
  onResult(() => void refetch());

  const retryMutation = useMutation(RetryDepositMutation);
  const retrying = ref<string | null>(null);
  async function retry(id: string, fileName: string) {
    retrying.value = id;
    try {
      await retryMutation.mutate({ id });
      notify.success(`Dépôt « ${fileName} » relancé : il sera relu dans quelques instants.`);
      await refetch();
    } catch (e) {
      notify.error(errorMessage(e));
    } finally {
      retrying.value = null;
    }
  }

  return {
    status,
    openFailures,
    setStatus: (s: DepositStatus | typeof OPEN_FAILURES | null) =>
      setQuery({ statut: s ?? undefined }),
    everyOrganization,
    setEveryOrganization: (v: boolean) => setQuery({ toutes: v ? 'oui' : undefined }),
    page,
    rows: computed(() => result.value?.deposits.nodes ?? []),
    total: computed(() => result.value?.deposits.totalCount ?? 0),
    hasData: computed(() => result.value !== undefined),
    loading,
    errorText: computed(() => (error.value ? errorMessage(error.value) : undefined)),
    refetch: () => refetch(),
    retry,
    retrying,
  };
}
