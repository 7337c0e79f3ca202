import { useQuery } from '@vue/apollo-composable';
import { computed, ref } from 'vue';
import { currentOrg } from '../context/current-org';
import { errorMessage } from '../shared/error-messages';
import { todayIso } from '../shared/format';
import { NATURE_LABELS } from '../shared/labels';
import { PublicationStatsQuery } from './operations.graphql';
import { actSeries, monthLabel } from './stats-chart';

/** Publication statistics of the current organisation, or of the platform (siren null). */
export function usePublicationStats() {
  const platform = ref(!currentOrg.siren.value);
  const today = todayIso();
  const from = ref(`${Number(today.slice(0, 4)) - 1}${today.slice(4)}`);
  const to = ref(today);
  const siren = computed(() => (platform.value ? null : currentOrg.siren.value));
  const variables = computed(() => ({
    siren: siren.value,
    from: from.value ? `${from.value}T00:00:00.000Z` : null,
    to: to.value ? `${to.value}T00:00:00.000Z` : null,
  }));
  const { result, loading, error } = useQuery(PublicationStatsQuery, variables, () => ({
    enabled: platform.value || !!siren.value,
    debounce: 300,
  }));
  const stats = computed(() => result.value?.publicationStats ?? null);
  const byMonth = computed(() => stats.value?.byMonth ?? []);
  const byNature = computed(() => stats.value?.byNature ?? []);
  const orgs = computed(() => stats.value?.organizations ?? []);
  return {
    platform,
    from,
    to,
    stats,
    loading,
    errorText: computed(() => (error.value ? errorMessage(error.value) : undefined)),
    months: computed(() => ({
      labels: byMonth.value.map((m) => monthLabel(m.month)),
      series: actSeries(byMonth.value),
    })),
    natures: computed(() => ({
      labels: byNature.value.map((n) => NATURE_LABELS[n.nature] ?? n.nature),
      series: actSeries(byNature.value),
    })),
    organizations: computed(() => ({
      labels: orgs.value.map((o) => o.name),
      series: actSeries(orgs.value),
    })),
  };
}
