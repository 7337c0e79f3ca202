/** The fields staff type for a contract, mapped to the DECP 2.0 record of each kind. */
export type Kind = 'MARCHE' | 'CONCESSION';

/** A DECP record: free-form JSON whose shape the api checks (checkContract). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type DecpRecord = Record<string, any>;

export interface FormField {
  key: string;
  label: string;
  type: 'text' | 'number' | 'date' | 'select';
  items?: string[];
}

const today = () => new Date().toISOString().slice(0, 10);

export const MARCHE_FIELDS: FormField[] = [
  { key: 'id', label: 'Identifiant du marché (16 caractères au plus)', type: 'text' },
  { key: 'objet', label: 'Objet', type: 'text' },
  {
    key: 'nature',
    label: 'Nature',
    type: 'select',
    items: ['Marché', 'Marché de partenariat', 'Marché de défense ou de sécurité'],
  },
  {
    key: 'procedure',
    label: 'Procédure',
    type: 'select',
    items: [
      'Procédure adaptée',
      "Appel d'offres ouvert",
      "Appel d'offres restreint",
      'Procédure avec négociation',
      'Marché passé sans publicité ni mise en concurrence préalable',
      'Dialogue compétitif',
    ],
  },
  { key: 'codeCPV', label: 'Code CPV (ex. 45000000)', type: 'text' },
  { key: 'montant', label: 'Montant HT (€)', type: 'number' },
  { key: 'dureeMois', label: 'Durée (mois)', type: 'number' },
  { key: 'dateNotification', label: 'Date de notification', type: 'date' },
  { key: 'offresRecues', label: 'Offres reçues', type: 'number' },
  { key: 'titulaire', label: 'SIRET du titulaire', type: 'text' },
];

export const CONCESSION_FIELDS: FormField[] = [
  { key: 'id', label: 'Identifiant du contrat (16 caractères au plus)', type: 'text' },
  { key: 'objet', label: 'Objet', type: 'text' },
  {
    key: 'nature',
    label: 'Nature',
    type: 'select',
    items: [
      'Concession de travaux',
      'Concession de service',
      'Concession de service public',
      'Délégation de service public',
    ],
  },
  {
    key: 'procedure',
    label: 'Procédure',
    type: 'select',
    items: [
      'Procédure négociée ouverte',
      'Procédure non négociée ouverte',
      'Procédure négociée restreinte',
      'Procédure non négociée restreinte',
    ],
  },
  { key: 'valeurGlobale', label: 'Valeur globale HT (€)', type: 'number' },
  { key: 'dureeMois', label: 'Durée (mois)', type: 'number' },
  { key: 'dateSignature', label: 'Date de signature', type: 'date' },
  { key: 'titulaire', label: 'SIRET du concessionnaire', type: 'text' },
];

/** A new marché with the usual values of a simple purchase (all editable). */
export function blankRecord(kind: Kind, siret: string): Record<string, unknown> {
  const d = today();
  return kind === 'MARCHE'
    ? {
        id: '',
        acheteur: { id: siret },
        nature: 'Marché',
        objet: '',
        codeCPV: '',
        techniques: { technique: ['Sans objet'] },
        modalitesExecution: { modaliteExecution: ['Sans objet'] },
        marcheInnovant: false,
        ccag: 'Pas de CCAG',
        offresRecues: 1,
        attributionAvance: false,
        typeGroupementOperateurs: 'Pas de groupement',
        sousTraitanceDeclaree: false,
        procedure: 'Procédure adaptée',
        lieuExecution: { code: siret.slice(0, 5), typeCode: 'Code commune' },
        dureeMois: 12,
        dateNotification: d,
        datePublicationDonnees: d,
        montant: 0,
        typesPrix: { typePrix: ['Définitif ferme'] },
        formePrix: 'Forfaitaire',
        titulaires: [{ titulaire: { typeIdentifiant: 'SIRET', id: '' } }],
        considerationsSociales: { considerationSociale: ['Pas de considération sociale'] },
        considerationsEnvironnementales: {
          considerationEnvironnementale: ['Pas de considération environnementale'],
        },
      }
    : {
        id: '',
        autoriteConcedante: { id: siret },
        nature: 'Concession de service',
        objet: '',
        procedure: 'Procédure négociée ouverte',
        dureeMois: 12,
        dateSignature: d,
        datePublicationDonnees: d,
        dateDebutExecution: d,
        valeurGlobale: 0,
        montantSubventionPublique: 0,
        concessionnaires: [{ concessionnaire: { typeIdentifiant: 'SIRET', id: '' } }],
        considerationsSociales: { considerationSociale: ['Pas de considération sociale'] },
        considerationsEnvironnementales: {
          considerationEnvironnementale: ['Pas de considération environnementale'],
        },
      };
}

const holderPath = (kind: Kind) =>
  kind === 'MARCHE' ? ['titulaires', 'titulaire'] : ['concessionnaires', 'concessionnaire'];

/** The value a field shows. */
export function readField(kind: Kind, record: DecpRecord, key: string): string {
  if (key === 'titulaire') {
    const [list, item] = holderPath(kind);
    return String(record[list!]?.[0]?.[item!]?.id ?? '');
  }
  return record[key] === undefined || record[key] === null ? '' : String(record[key]);
}

/** The record with one field changed (numbers stay numbers). */
export function writeField(
  kind: Kind,
  record: DecpRecord,
  field: FormField,
  value: string,
): Record<string, unknown> {
  const next = JSON.parse(JSON.stringify(record)) as DecpRecord;
  if (field.key === 'titulaire') {
    const [list, item] = holderPath(kind);
    next[list!] = [{ [item!]: { typeIdentifiant: 'SIRET', id: value.replace(/\s/g, '') } }];
  } else if (field.type === 'number') {
    next[field.key] = value === '' ? undefined : Number(value);
  } else {
    next[field.key] = value;
  }
  if (field.key === 'dateNotification' || field.key === 'dateSignature') {
    next.datePublicationDonnees ??= value;
    if (kind === 'CONCESSION') {
      next.dateDebutExecution = value;
    }
  }
  return next;
}

/** The issue messages of one field (paths like `/objet` or `/titulaires/0/titulaire/id`). */
export function issuesOf(
  issues: { path?: string | null; message: string }[],
  key: string,
): string[] {
  const prefix =
    key === 'titulaire' ? /^\/(titulaires|concessionnaires)/ : new RegExp(`^/${key}(/|$)`);
  return issues.filter((i) => i.path && prefix.test(i.path)).map((i) => i.message);
}
