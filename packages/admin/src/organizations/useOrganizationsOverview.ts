import { useMutation, useQuery } from '@vue/apollo-composable';
import { computed, ref, watch } from 'vue';
import { UpdateOrganizationMutation } from '../settings/settings.graphql';
import { errorMessage } from '../shared/error-messages';
import { afterCursor } from '../shared/pagination';
import { useNotify } from '../shared/useNotify';
import { CreateOrganizationMutation, OrganizationsOverviewQuery } from './organizations.graphql';

export const ORGANIZATIONS_PER_PAGE = 25;

export interface OrganizationDraft {
  siren: string;
  name: string;
  siret: string;
  openDataActive: boolean;
  publishAnnexes: boolean;
}

/** Every organisation as the operator watches it; create and edit them. */
export function useOrganizationsOverview() {
  const notify = useNotify();
  const search = ref('');
  const onlyToReview = ref(false);
  const page = ref(1);
  watch([search, onlyToReview], () => (page.value = 1));
  const variables = computed(() => ({
    search: search.value.trim() || null,
    needsReview: onlyToReview.value ? true : null,
    first: ORGANIZATIONS_PER_PAGE,
    after: afterCursor((page.value - 1) * ORGANIZATIONS_PER_PAGE),
  }));
  const { result, loading, error, refetch } = useQuery(OrganizationsOverviewQuery, variables, {
    debounce: 250,
    fetchPolicy: 'cache-and-network',
  });
  const create = useMutation(CreateOrganizationMutation);
  const update = useMutation(UpdateOrganizationMutation);
  const saving = ref(false);

  async function save(draft: OrganizationDraft, isNew: boolean): Promise<boolean> {
    saving.value = true;
    try {
      if (isNew) {
        await create.mutate({
          input: { siren: draft.siren, name: draft.name.trim(), siret: draft.siret || null },
        });
        notify.success(`Collectivité « ${draft.name.trim()} » créée.`);
      } else {
        await update.mutate({
          input: {
            siren: draft.siren,
            name: draft.name.trim(),
            siret: draft.siret,
            openDataActive: draft.openDataActive,
            publishAnnexes: draft.publishAnnexes,
          },
        });
        notify.success(`Collectivité « ${draft.name.trim()} » enregistrée.`);
      }
      await refetch();
      return true;
    } catch (e) {
      notify.error(errorMessage(e));
      return false;
    } finally {
      saving.value = false;
    }
  }

  return {
    search,
    onlyToReview,
    page,
    rows: computed(() => result.value?.organizationsOverview.nodes ?? []),
    total: computed(() => result.value?.organizationsOverview.totalCount ?? 0),
    loading,
    errorText: computed(() => (error.value ? errorMessage(error.value) : undefined)),
    refetch: () => refetch(),
    save,
    saving,
  };
}
