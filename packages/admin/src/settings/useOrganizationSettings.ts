import { useMutation, useQuery } from '@vue/apollo-composable';
import { computed, reactive, ref, watch } from 'vue';
import { currentOrg } from '../context/current-org';
import { errorMessage } from '../shared/error-messages';
import { useNotify } from '../shared/useNotify';
import { OrganizationSettingsQuery, UpdateOrganizationMutation } from './settings.graphql';
import { siretProblem } from '@opendata/api/shared';

export interface OrgDraft {
  name: string;
  siret: string;
  openDataActive: boolean;
  publishAnnexes: boolean;
}

/** The organisation's settings form: explicit save, success or error said in French. */
export function useOrganizationSettings() {
  const notify = useNotify();
  const siren = currentOrg.siren;
  const { result, loading, error, refetch } = useQuery(
    OrganizationSettingsQuery,
    () => ({ siren: siren.value ?? '' }),
    () => ({ enabled: !!siren.value }),
  );
  const org = computed(() => result.value?.organization ?? null);
  const draft = reactive<OrgDraft>({
    name: '',
    siret: '',
    openDataActive: true,
    publishAnnexes: true,
  });
  const savedDraft = computed<OrgDraft | null>(() =>
    org.value
      ? {
          name: org.value.name,
          siret: org.value.siret ?? '',
          openDataActive: org.value.openDataActive,
          publishAnnexes: org.value.publishAnnexes,
        }
      : null,
  );
  const reset = () => savedDraft.value && Object.assign(draft, savedDraft.value);
  watch(savedDraft, reset, { immediate: true });
  const dirty = computed(
    () => !!savedDraft.value && JSON.stringify(savedDraft.value) !== JSON.stringify(draft),
  );
  const siretError = computed(() => (siren.value ? siretProblem(draft.siret, siren.value) : null));
  /** Turning open data off is confirmed first (it takes everything offline). */
  const turningOff = computed(() => !!savedDraft.value?.openDataActive && !draft.openDataActive);

  const mutation = useMutation(UpdateOrganizationMutation);
  const saveError = ref<string | null>(null);
  async function save() {
    saveError.value = null;
    if (!siren.value || siretError.value || !draft.name.trim()) {
      return;
    }
    try {
      await mutation.mutate({
        input: {
          siren: siren.value,
          name: draft.name.trim(),
          siret: draft.siret.replace(/\s/g, ''),
          openDataActive: draft.openDataActive,
          publishAnnexes: draft.publishAnnexes,
        },
      });
      currentOrg.set({ siren: siren.value, name: draft.name.trim() });
      notify.success('Paramètres enregistrés.');
    } catch (e) {
      saveError.value = errorMessage(e);
    }
  }

  return {
    org,
    draft,
    loading,
    errorText: computed(() => (error.value ? errorMessage(error.value) : undefined)),
    refetch: () => refetch(),
    dirty,
    siretError,
    turningOff,
    saving: mutation.loading,
    saveError,
    save,
    reset,
  };
}
