import { useMutation, useQuery } from '@vue/apollo-composable';
import { computed, reactive, ref, watch } from 'vue';
import { currentOrg } from '../context/current-org';
import type { WidgetSettingsQuery } from '../gql/graphql';
import { errorMessage } from '../shared/error-messages';
import { useNotify } from '../shared/useNotify';
import { normalizeHex, themeChecks } from '@opendata/api/shared';
import { UpdateWidgetSettingsMutation, WidgetSettingsQuery as Query } from './widget.graphql';
import { previewUrl, snippet, type WidgetDraft } from './widget-url';

type Saved = WidgetSettingsQuery['widgetSettings'];

export function draftOf(s: Saved): WidgetDraft {
  return {
    title: s.title,
    primaryColor: s.primaryColor,
    backgroundColor: s.backgroundColor,
    textColor: s.textColor,
    natures: [...s.natures],
    classification: s.classifications[0] ?? null,
    period: s.year ? 'year' : s.dateFrom || s.dateTo ? 'range' : 'all',
    year: s.year ?? null,
    dateFrom: s.dateFrom ?? null,
    dateTo: s.dateTo ?? null,
    pageSize: s.pageSize,
  };
}

/** Problems that keep the draft from being saved (the contrast comes on top). */
export function draftProblems(d: WidgetDraft): string[] {
  const problems: string[] = [];
  if (d.title.trim().length > 120) {
    problems.push('Le titre ne peut pas dépasser 120 caractères.');
  }
  for (const [label, c] of [
    ['principale', d.primaryColor],
    ['de fond', d.backgroundColor],
    ['du texte', d.textColor],
  ] as const) {
    if (!normalizeHex(c)) {
      problems.push(`Couleur ${label} : format #RRGGBB attendu.`);
    }
  }
  if (d.period === 'year' && !d.year) {
    problems.push('Choisissez l’année présélectionnée.');
  }
  if (d.period === 'range' && d.dateFrom && d.dateTo && d.dateFrom > d.dateTo) {
    problems.push('La date de début doit précéder la date de fin.');
  }
  return problems;
}

/** Widget settings of the current organisation: draft, live contrast, preview, snippet, save. */
export function useWidgetSettings() {
  const notify = useNotify();
  const siren = currentOrg.siren;
  const origin = window.location.origin;
  const { result, loading, error, refetch } = useQuery(
    Query,
    () => ({ siren: siren.value ?? '' }),
    () => ({ enabled: !!siren.value }),
  );
  const saved = computed(() => result.value?.widgetSettings ?? null);
  const draft = reactive<WidgetDraft>({
    title: '',
    primaryColor: '#1d4f91',
    backgroundColor: '#ffffff',
    textColor: '#1a1a1a',
    natures: [],
    classification: null,
    period: 'all',
    year: null,
    dateFrom: null,
    dateTo: null,
    pageSize: 10,
  });
  const reset = () => saved.value && Object.assign(draft, draftOf(saved.value));
  watch(saved, reset, { immediate: true });

  const checks = computed(() => themeChecks(draft));
  const problems = computed(() => draftProblems(draft));
  const dirty = computed(
    () => !!saved.value && JSON.stringify(draftOf(saved.value)) !== JSON.stringify(draft),
  );
  const saveError = ref<string | null>(null);
  const mutation = useMutation(UpdateWidgetSettingsMutation);

  async function save() {
    saveError.value = null;
    if (!siren.value || problems.value.length || checks.value.some((c) => !c.ok)) {
      return;
    }
    try {
      await mutation.mutate({
        input: {
          siren: siren.value,
          title: draft.title.trim(),
          primaryColor: normalizeHex(draft.primaryColor),
          backgroundColor: normalizeHex(draft.backgroundColor),
          textColor: normalizeHex(draft.textColor),
          natures: draft.natures,
          classifications: draft.classification ? [draft.classification] : [],
          year: draft.period === 'year' ? draft.year : null,
          dateFrom: draft.period === 'range' ? draft.dateFrom : null,
          dateTo: draft.period === 'range' ? draft.dateTo : null,
          pageSize: draft.pageSize,
        },
      });
      notify.success(
        'Réglages du widget enregistrés : les widgets intégrés les appliquent dès leur prochain affichage.',
      );
    } catch (e) {
      saveError.value = errorMessage(e);
    }
  }

  // The preview reloads once typing pauses (not on every key).
  const preview = ref('');
  let timer: ReturnType<typeof setTimeout> | undefined;
  watch(
    () => (siren.value && !problems.value.length ? previewUrl(origin, siren.value, draft) : ''),
    (url) => {
      clearTimeout(timer);
      timer = setTimeout(() => (preview.value = url), preview.value ? 600 : 0);
    },
    { immediate: true },
  );

  return {
    draft,
    saved,
    loading,
    errorText: computed(() => (error.value ? errorMessage(error.value) : undefined)),
    refetch: () => refetch(),
    checks,
    problems,
    dirty,
    saving: mutation.loading,
    saveError,
    save,
    reset,
    preview,
    snippet: computed(() =>
      siren.value ? snippet(origin, siren.value, draft.title || saved.value?.title || '') : '',
    ),
  };
}
