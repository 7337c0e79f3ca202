import { useMutation, useQuery } from '@vue/apollo-composable';
import { computed, onBeforeUnmount, ref, watch } from 'vue';
import { currentOrg } from '../context/current-org';
import { errorMessage } from '../shared/error-messages';
import { useNotify } from '../shared/useNotify';
import { ReimportBudgetDocumentMutation, StaffBudgetDocumentsQuery } from './budgets.graphql';

/**
 * Budget documents of the current organisation (any status) with their import report; re-import
 * on demand. While a document waits for its reading the list refreshes every 2 s.
 */
export function useBudgetDocuments() {
  const notify = useNotify();
  const siren = currentOrg.siren;
  const { result, loading, error, refetch } = useQuery(
    StaffBudgetDocumentsQuery,
    () => ({ siren: siren.value ?? '' }),
    () => ({ enabled: !!siren.value, fetchPolicy: 'cache-and-network' }),
  );
  const superseded = computed(
    () =>
      new Set((result.value?.budgetDocuments ?? []).filter((d) => d.superseded).map((d) => d.id)),
  );
  const documents = computed(() =>
    (result.value?.staffBudgetDocuments ?? [])
      .map((d) => ({ ...d, superseded: superseded.value.has(d.id) }))
      .sort(
        (a, b) =>
          (b.year ?? 0) - (a.year ?? 0) ||
          (a.siret ?? '').localeCompare(b.siret ?? '') ||
          (b.sealedAt ?? '').localeCompare(a.sealedAt ?? ''),
      ),
  );
  const pending = computed(() => documents.value.some((d) => d.status === 'PENDING'));
  let timer: ReturnType<typeof setInterval> | undefined;
  watch(
    pending,
    (waiting) => {
      clearInterval(timer);
      timer = waiting ? setInterval(() => void refetch(), 2000) : undefined;
    },
    { immediate: true },
  );
  onBeforeUnmount(() => clearInterval(timer));

  const running = ref<Record<string, boolean>>({});
  const mutation = useMutation(ReimportBudgetDocumentMutation);
  async function reimport(id: string) {
    running.value = { ...running.value, [id]: true };
    try {
      await mutation.mutate({ id });
      notify.success('Nouvelle lecture du document demandée.');
      await refetch();
    } catch (e) {
      notify.error(errorMessage(e));
    } finally {
      running.value = { ...running.value, [id]: false };
    }
  }

  return {
    documents,
    loading,
    hasData: computed(() => result.value !== undefined),
    errorText: computed(() => (error.value ? errorMessage(error.value) : '')),
    refetch,
    reimport,
    running: (id: string) => running.value[id] === true,
  };
}
