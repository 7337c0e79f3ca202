import { ACT_NATURE_LABELS, ACTES_LEVEL1, NATURE_DETAIL_LABELS } from '@opendata/api/shared';
import type {
  ActNature,
  ActSource,
  ActStatus,
  DatasetStatus,
  DepositStatus,
  JobState,
  PublicationDecision,
  Role,
} from '../gql/graphql';

/** French labels of the api's enums (one place, used by lists, filters and details). */

export const NATURE_LABELS: Readonly<Record<ActNature, string>> = ACT_NATURE_LABELS;

export { NATURE_DETAIL_LABELS };

export const STATUS_LABELS: Record<ActStatus, string> = {
  TO_DECIDE: 'À statuer',
  PUBLISHED: 'Publié',
  NOT_PUBLISHED: 'Non publié',
  PROCESSING: 'En cours',
  ERROR: 'En erreur',
};

export const DECISION_LABELS: Record<PublicationDecision, string> = {
  PUBLISH: 'Oui',
  DO_NOT_PUBLISH: 'Non',
  UNDECIDED: 'Ne sait pas',
};

export const SOURCE_LABELS: Record<ActSource, string> = {
  DEPOSIT: 'Dépôt Pastell',
  UPLOAD: 'Saisie dans l’administration',
  API: 'API',
};

export const ROLE_LABELS: Record<Role, string> = {
  VIEWER: 'Lecteur',
  EDITOR: 'Éditeur',
  ADMIN: 'Administrateur',
};

export const DEPOSIT_STATUS_LABELS: Record<DepositStatus, string> = {
  RECEIVED: 'Reçu',
  PROCESSING: 'En cours',
  DONE: 'Traité',
  FAILED: 'En échec',
};

export const DATASET_STATUS_LABELS: Record<DatasetStatus, string> = {
  VALID: 'Conforme',
  INVALID: 'Non conforme',
  MISSING_SIRET: 'SIRET manquant',
};

export const JOB_STATE_LABELS: Record<JobState, string> = {
  QUEUED: 'En attente',
  RUNNING: 'En cours',
  COMPLETED: 'Terminée',
  FAILED: 'En échec',
};

export { jobLabel } from '@opendata/api/shared';

/** Top-level « matières » of the ACTES classification. */
export const CLASSIFICATION_LABELS: Readonly<Record<string, string>> = ACTES_LEVEL1;

const AUDIT_ACTIONS: Record<string, string> = {
  'act.publish': 'Publication',
  'act.unpublish': 'Dépublication',
  'act.hide': 'Retrait de la file « À statuer »',
  'act.unhide': 'Remise dans la file « À statuer »',
  'act.delete': 'Suppression',
  'act.restore': 'Annulation de la suppression',
  'act.update_subject': 'Modification de l’objet',
  'act.create': 'Création',
  'act.receive': 'Réception d’un dépôt Pastell',
  'act.auto_publish': 'Publication automatique',
  'act.updated_by_deposit': 'Mise à jour par un dépôt Pastell',
  'membership.add': 'Membre ajouté',
  'membership.update': 'Rôle d’un membre modifié',
  'membership.remove': 'Membre retiré',
  'user.create': 'Utilisateur créé',
  'user.update': 'Utilisateur modifié',
  'user.set_password': 'Mot de passe défini',
  'api_key.create': 'Clé d’API créée',
  'api_key.revoke': 'Clé d’API révoquée',
  'document.withhold': 'Annexe retenue',
  'document.release': 'Annexe libérée',
  'document.rerun_ocr': 'Reconnaissance du texte relancée',
  'deposit.retry': 'Dépôt relancé',
  'organization.create': 'Collectivité créée',
  'organization.update': 'Réglages de la collectivité modifiés',
  'widget.update': 'Widget des actes modifié',
  'contract.create': 'Contrat saisi',
  'contract.update': 'Contrat corrigé',
  'contract.delete': 'Contrat supprimé',
  'contract.link_act': 'Contrat lié à sa délibération',
  'contract.unlink_act': 'Contrat délié de sa délibération',
};

export function auditActionLabel(action: string): string {
  return AUDIT_ACTIONS[action] ?? action;
}

/** « { label, value } » items for Vuetify selects, in the record's order. */
export function selectItems<K extends string>(labels: Readonly<Record<K, string>>, skip: K[] = []) {
  return (Object.keys(labels) as K[])
    .filter((k) => !skip.includes(k))
    .map((value) => ({ title: labels[value], value }));
}
