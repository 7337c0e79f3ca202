import { useMutation, useQuery } from '@vue/apollo-composable';
import { computed, reactive, ref, watch } from 'vue';
import { currentOrg } from '../context/current-org';
import { errorMessage } from '../shared/error-messages';
import { useJobProgress } from '../shared/useJobProgress';
import { useNotify } from '../shared/useNotify';
import {
  DatagouvSettingsQuery,
  PushDatasetsMutation,
  UpdateDatagouvSettingsMutation,
} from './publishing.graphql';

/** « Publication sur data.gouv.fr »: settings (write-only key), « Publier maintenant », history. */
export function usePublishing() {
  const notify = useNotify();
  const siren = currentOrg.siren;
  const { result, loading, refetch } = useQuery(
    DatagouvSettingsQuery,
    () => ({ siren: siren.value ?? '' }),
    () => ({ enabled: !!siren.value }),
  );
  const settings = computed(() => result.value?.datagouvSettings ?? null);
  const pushes = computed(() => result.value?.datasetPushes ?? []);
  const draft = reactive({
    apiKey: '',
    pushEnabled: false,
    remoteOrganization: '',
    harvestedKinds: [] as string[],
  });
  watch(
    settings,
    (s) => {
      if (s) {
        Object.assign(draft, {
          apiKey: '',
          pushEnabled: s.pushEnabled,
          remoteOrganization: s.remoteOrganization ?? '',
          harvestedKinds: [...s.harvestedKinds],
        });
      }
    },
    { immediate: true },
  );
  const update = useMutation(UpdateDatagouvSettingsMutation);
  const start = useMutation(PushDatasetsMutation);
  const jobId = ref<string | null>(null);
  const job = useJobProgress(jobId);
  watch(job.done, (done) => {
    if (done) {
      void refetch();
    }
  });

  async function save(extra: { clearApiKey?: boolean } = {}) {
    try {
      await update.mutate({
        input: {
          siren: siren.value ?? '',
          pushEnabled: draft.pushEnabled,
          remoteOrganization: draft.remoteOrganization,
          harvestedKinds: draft.harvestedKinds,
          ...(draft.apiKey ? { apiKey: draft.apiKey } : {}),
          ...extra,
        },
      });
      // The key leaves the page as soon as it is saved.
      draft.apiKey = '';
      notify.success('Réglages de publication enregistrés.');
      await refetch();
    } catch (e) {
      notify.error(errorMessage(e));
    }
  }

  async function pushNow() {
    try {
      const res = await start.mutate({ siren: siren.value ?? '' });
      jobId.value = res?.data?.pushDatasets ?? null;
      notify.info('Publication demandée : elle s’exécute en arrière-plan.');
    } catch (e) {
      notify.error(errorMessage(e));
    }
  }

  return {
    settings,
    pushes,
    loading,
    draft,
    save,
    pushNow,
    saving: update.loading,
    starting: start.loading,
    running: computed(() => !!jobId.value && !job.done.value),
    percent: job.percent,
  };
}
