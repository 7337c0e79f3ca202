import { useMutation, useQuery } from '@vue/apollo-composable';
import { computed, ref, watch } from 'vue';
import { currentOrg } from '../context/current-org';
import { errorMessage } from '../shared/error-messages';
import { liveJobs } from '../shared/live-jobs';
import { useNotify } from '../shared/useNotify';
import { DatasetsQuery, RegenerateDatasetMutation } from './datasets.graphql';

/** Generated SCDL files of the current organisation per year, regenerated on demand with live progress. */
export function useDatasets() {
  const notify = useNotify();
  const siren = currentOrg.siren;
  const { result, loading, error, refetch } = useQuery(
    DatasetsQuery,
    () => ({ siren: siren.value ?? '' }),
    () => ({ enabled: !!siren.value }),
  );
  // DECP files are on the Marchés publics page; this page is about the SCDL deliberations.
  const datasets = computed(() =>
    (result.value?.datasets ?? []).filter((d) => d.kind === 'DELIBERATIONS'),
  );
  const currentYear = new Date().getFullYear();
  const missingCurrentYear = computed(
    () => result.value !== undefined && !datasets.value.some((d) => d.year === currentYear),
  );

  /** year → job id of a regeneration started here. */
  const jobs = ref<Record<number, string>>({});
  const mutation = useMutation(RegenerateDatasetMutation);
  async function regenerate(year: number) {
    if (!siren.value) {
      return;
    }
    try {
      const r = await mutation.mutate({ siren: siren.value, year });
      const jobId = r?.data?.regenerateDataset;
      if (jobId) {
        jobs.value = { ...jobs.value, [year]: jobId };
      }
      notify.info(`Génération du fichier ${year} demandée.`);
    } catch (e) {
      notify.error(errorMessage(e));
    }
  }
  const jobOf = (year: number) => liveJobs.get(jobs.value[year] ?? null);
  const running = (year: number) => {
    const e = jobOf(year);
    return !!jobs.value[year] && (!e || e.state === 'QUEUED' || e.state === 'RUNNING');
  };

  // A finished regeneration brings the new file and report.
  watch(
    () => Object.values(jobs.value).map((id) => liveJobs.get(id)?.state),
    (states, previous) => {
      if (states.some((s, i) => (s === 'COMPLETED' || s === 'FAILED') && previous?.[i] !== s)) {
        void refetch();
      }
    },
  );

  return {
    datasets,
    loading,
    hasData: computed(() => result.value !== undefined),
    errorText: computed(() => (error.value ? errorMessage(error.value) : undefined)),
    refetch: () => refetch(),
    currentYear,
    missingCurrentYear,
    regenerate,
    jobOf,
    running,
  };
}
