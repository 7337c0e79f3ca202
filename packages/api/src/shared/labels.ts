/** ACTES natures, by the name the API gives them (`ActNature`). */
export type ActNatureName =
  | 'DELIBERATION'
  | 'REGULATORY'
  | 'INDIVIDUAL'
  | 'CONTRACT'
  | 'BUDGET'
  | 'OTHER'
  | 'OUTSIDE_CONTROL';

/** French label of each nature: the admin, the widgets and the open data files say the same. */
export const ACT_NATURE_LABELS: Readonly<Record<ActNatureName, string>> = {
  DELIBERATION: 'Délibération',
  REGULATORY: 'Acte réglementaire',
  INDIVIDUAL: 'Acte individuel',
  CONTRACT: 'Contrat, convention ou avenant',
  BUDGET: 'Document budgétaire et financier',
  OTHER: 'Autre',
  OUTSIDE_CONTROL: 'Acte hors contrôle de légalité',
};

/** ACTES nature codes 1–7, in order. */
export const ACT_NATURE_CODES: Readonly<Record<ActNatureName, string>> = {
  DELIBERATION: '1',
  REGULATORY: '2',
  INDIVIDUAL: '3',
  CONTRACT: '4',
  BUDGET: '5',
  OTHER: '6',
  OUTSIDE_CONTROL: '7',
};

/** Nature details of acts outside prefecture control (nature 7). */
export const NATURE_DETAIL_LABELS: Readonly<Record<string, string>> = {
  LD: 'Liste des délibérations',
  AT: 'Arrêté temporaire',
  PV: 'Procès-verbal',
  AP: 'Arrêté permanent',
};

/** Background jobs by name, as staff read them (admin, history, « Activité »). */
export const JOB_LABELS: Readonly<Record<string, string>> = {
  'deposit.ingest': 'Lecture d’un dépôt Pastell',
  'documents.extract': 'Extraction du texte des PDF',
  'document.ocr': 'Reconnaissance du texte d’un PDF numérisé',
  'acts.project': 'Propagation des actes (recherche, fichiers publics)',
  'organization.project': 'Propagation des réglages de la collectivité',
  'acts.reindex': 'Reconstruction des index de recherche des actes',
  'dataset.export': 'Génération d’un jeu de données',
  'dataset.nightly': 'Génération nocturne des jeux de données',
  'budget.import': 'Lecture d’un document budgétaire (TOTEM)',
  'budget.export': 'Génération d’un fichier SCDL Budget',
  'decp.ingest': 'Lecture d’un fichier de marchés publics (DECP)',
  'decp.export': 'Génération des fichiers de marchés publics (DECP)',
  'decp.source.fetch': 'Récupération des marchés publics d’une source',
  'decp.sources': 'Récupération planifiée des sources de marchés publics',
};

export function jobLabel(name: string): string {
  return JOB_LABELS[name] ?? name;
}
