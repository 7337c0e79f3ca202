import { useMutation, useQuery, useSubscription } from '@vue/apollo-composable';
import { computed, type Ref } from 'vue';
import { errorMessage } from '../shared/error-messages';
import { useNotify } from '../shared/useNotify';
import {
  ActDetailQuery,
  ActHistoryQuery,
  RerunDocumentOcrMutation,
  SetAnnexWithheldMutation,
  UpdateActSubjectMutation,
} from './act-detail.graphql';
import { ActChangedSubscription } from './acts.graphql';

/** One act: details, history, subject edit, annex withhold/release, kept fresh by live events. */
export function useActDetail(id: Ref<string>) {
  const notify = useNotify();
  const { result, loading, error, refetch } = useQuery(ActDetailQuery, () => ({ id: id.value }));
  const act = computed(() => result.value?.act ?? null);
  const targetIds = computed(() =>
    act.value ? [act.value.id, ...act.value.documents.map((d) => d.id)] : [],
  );
  const history = useQuery(
    ActHistoryQuery,
    () => ({ targetIds: targetIds.value }),
    () => ({ enabled: targetIds.value.length > 0 }),
  );

  const siren = computed(() => act.value?.organization.siren ?? '');
  const { onResult } = useSubscription(
    ActChangedSubscription,
    () => ({ siren: siren.value }),
    () => ({ enabled: !!siren.value }),
  );
  onResult(({ data }) => {
    if (data?.actChanged.actId === id.value) {
      void refetch();
      void history.refetch();
    }
  });

  const subjectMutation = useMutation(UpdateActSubjectMutation);
  async function saveSubject(subject: string): Promise<boolean> {
    try {
      await subjectMutation.mutate({ id: id.value, subject: subject.trim() });
      notify.success('Objet enregistré.');
      void history.refetch();
      return true;
    } catch (e) {
      notify.error(errorMessage(e));
      return false;
    }
  }

  const withholdMutation = useMutation(SetAnnexWithheldMutation);
  async function setWithheld(
    documentId: string,
    withheld: boolean,
    fileName: string,
    undoable = true,
  ) {
    try {
      await withholdMutation.mutate({ documentId, withheld });
      const text = withheld
        ? `Annexe « ${fileName} » retenue : elle ne sera pas publiée.`
        : `Annexe « ${fileName} » libérée.`;
      const undo = undoable
        ? { label: 'Annuler', run: () => setWithheld(documentId, !withheld, fileName, false) }
        : undefined;
      notify.success(text, undo);
      void history.refetch();
    } catch (e) {
      notify.error(errorMessage(e));
    }
  }

  const ocrMutation = useMutation(RerunDocumentOcrMutation);
  async function rerunOcr(documentId: string, fileName: string) {
    try {
      await ocrMutation.mutate({ documentId });
      notify.success(`Reconnaissance du texte relancée pour « ${fileName} ».`);
      void history.refetch();
    } catch (e) {
      notify.error(errorMessage(e));
    }
  }

  return {
    act,
    loading,
    errorText: computed(() => (error.value ? errorMessage(error.value) : undefined)),
    notFound: computed(() => result.value !== undefined && result.value.act === null),
    refetch: () => refetch(),
    history: computed(() => history.result.value?.auditLog.nodes ?? []),
    historyLoading: history.loading,
    saveSubject,
    savingSubject: subjectMutation.loading,
    setWithheld,
    withholding: withholdMutation.loading,
    rerunOcr,
    rerunningOcr: ocrMutation.loading,
  };
}
