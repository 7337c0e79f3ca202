import { useSubscription } from '@vue/apollo-composable';
import { ref } from 'vue';
import { currentOrg } from '../context/current-org';
import { ActChangedSubscription } from '../acts/acts.graphql';
import { DepositProcessedSubscription } from '../deposits/deposits.graphql';
import { DEPOSIT_STATUS_LABELS } from '../shared/labels';

const CHANGES: Record<string, string> = {
  publish: 'Acte publié',
  unpublish: 'Acte dépublié',
  hide: 'Acte retiré de la file',
  unhide: 'Acte remis dans la file',
  delete: 'Acte supprimé',
  restore: 'Suppression annulée',
  update_subject: 'Objet modifié',
  withhold: 'Annexe retenue',
  release: 'Annexe libérée',
  create: 'Acte ajouté',
  deposit: 'Acte reçu par dépôt Pastell',
};

export interface FeedEntry {
  key: string;
  text: string;
  at: string;
  actId: string | null;
}

/** What colleagues and the worker just did on the organisation, as it happens. */
export function useLiveFeed(max = 30) {
  const entries = ref<FeedEntry[]>([]);
  const push = (e: FeedEntry) => (entries.value = [e, ...entries.value].slice(0, max));
  const siren = currentOrg.siren;
  const acts = useSubscription(
    ActChangedSubscription,
    () => ({ siren: siren.value ?? '' }),
    () => ({ enabled: !!siren.value }),
  );
  acts.onResult(({ data }) => {
    const e = data?.actChanged;
    if (e) {
      push({
        key: `${e.actId}-${e.at}-${e.change}`,
        text: CHANGES[e.change] ?? `Acte modifié (${e.change})`,
        at: e.at,
        actId: e.change === 'delete' ? null : e.actId,
      });
    }
  });
  const deposits = useSubscription(DepositProcessedSubscription);
  deposits.onResult(({ data }) => {
    const e = data?.depositProcessed;
    if (e && (!e.siren || e.siren === siren.value)) {
      const status =
        DEPOSIT_STATUS_LABELS[e.status as keyof typeof DEPOSIT_STATUS_LABELS] ?? e.status;
      push({
        key: `${e.depositId}-${e.at}`,
        text: `Dépôt Pastell traité : ${status.toLowerCase()}`,
        at: e.at,
        actId: null,
      });
    }
  });
  return { entries };
}
