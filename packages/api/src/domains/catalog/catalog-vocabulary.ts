import type { CatalogKind, CatalogSchema } from './catalog.types.js';

/**
 * The fixed vocabulary of the catalogue: official schemas (their exact per-version URLs feed
 * `dct:conformsTo` and udata's `schema`), the default licence, udata frequency ids and their EU
 * authority IRIs, and the default wording of each kind of dataset.
 */
export const SCHEMAS = {
  deliberations: {
    name: 'scdl/deliberations',
    version: '2.1.3',
    url: 'https://schema.data.gouv.fr/schemas/scdl/deliberations/2.1.3/schema.json',
  },
  budget: {
    name: 'scdl/budget',
    version: '0.8.1',
    url: 'https://schema.data.gouv.fr/schemas/scdl/budget/0.8.1/schema.json',
  },
  /** Our DECP JSON files are checked against 2.0.2 too, the last version the catalogue knows. */
  decp: {
    name: '139bercy/format-commande-publique',
    version: '2.0.2',
    url: 'https://schema.data.gouv.fr/schemas/139bercy/format-commande-publique/2.0.2/schema_decp_v2.0.2.json',
  },
} as const satisfies Record<string, CatalogSchema>;

export const LICENSES = {
  lov2: {
    id: 'lov2',
    title: 'Licence Ouverte / Open Licence version 2.0',
    url: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence',
  },
  'odc-odbl': {
    id: 'odc-odbl',
    title: 'Open Data Commons Open Database License (ODbL)',
    url: 'https://opendatacommons.org/licenses/odbl/summary/',
  },
  'cc-by': {
    id: 'cc-by',
    title: 'Creative Commons Attribution',
    url: 'http://www.opendefinition.org/licenses/cc-by',
  },
} as const;
export type LicenseId = keyof typeof LICENSES;
export const DEFAULT_LICENSE: LicenseId = 'lov2';

/** udata frequency ids and the EU frequency authority code of each. */
export const FREQUENCIES = {
  continuous: 'CONT',
  daily: 'DAILY',
  weekly: 'WEEKLY',
  monthly: 'MONTHLY',
  quarterly: 'QUARTERLY',
  annual: 'ANNUAL',
  irregular: 'IRREG',
  unknown: 'UNKNOWN',
} as const;
export type FrequencyId = keyof typeof FREQUENCIES;

export const EU_FREQUENCY = 'http://publications.europa.eu/resource/authority/frequency/';
export const EU_FILE_TYPE = 'http://publications.europa.eu/resource/authority/file-type/';
export const IANA_MEDIA_TYPES = 'https://www.iana.org/assignments/media-types/';

/** Default wording per kind; `{org}` is the organisation's name. */
export const KIND_DEFAULTS: Record<
  CatalogKind,
  { slug: string; title: string; description: string; keywords: string[]; frequency: FrequencyId }
> = {
  DELIBERATIONS: {
    slug: 'deliberations',
    title: 'Délibérations - {org}',
    description:
      'Délibérations publiées par {org}, au format SCDL Délibérations 2.1.3 (https://schema.data.gouv.fr/scdl/deliberations/). Un fichier par année, en CSV et en tableur, régénéré chaque nuit et à chaque publication.',
    keywords: ['deliberations', 'actes', 'collectivites', 'scdl'],
    frequency: 'daily',
  },
  BUDGETS: {
    slug: 'budgets',
    title: 'Budgets - {org}',
    description:
      'Documents budgétaires publiés par {org} (budget primitif, décisions modificatives, compte administratif), au format SCDL Budget 0.8.1 (https://schema.data.gouv.fr/scdl/budget/). Un fichier par exercice.',
    keywords: ['budget', 'budgets', 'collectivites', 'scdl', 'finances-locales'],
    frequency: 'daily',
  },
  PROCUREMENT: {
    slug: 'marches-publics',
    title: 'Données essentielles des marchés publics - {org}',
    description:
      'Données essentielles des marchés publics et contrats de concession de {org}, au format DECP 2.0 (JSON conforme au schéma format-commande-publique, et XML). Un fichier par année de notification.',
    keywords: ['donnees-essentielles', 'commande-publique', 'decp', 'marches-publics'],
    frequency: 'daily',
  },
  ACT_FILES: {
    slug: 'actes-fichiers',
    title: 'Actes administratifs (fichiers PDF) - {org}',
    description:
      'Liste des documents PDF des actes publiés par {org} : pour chaque document, son acte, son adresse stable de téléchargement, sa taille et son empreinte SHA-256. Un fichier CSV par année.',
    keywords: ['actes', 'actes-administratifs', 'pdf', 'collectivites'],
    frequency: 'daily',
  },
};

export const CATALOG_KINDS: readonly CatalogKind[] = [
  'DELIBERATIONS',
  'BUDGETS',
  'PROCUREMENT',
  'ACT_FILES',
];

export function kindOfSlug(slug: string): CatalogKind | null {
  return CATALOG_KINDS.find((k) => KIND_DEFAULTS[k].slug === slug) ?? null;
}

/** French labels of the udata frequencies, for people. */
export const FREQUENCY_LABELS: Record<string, string> = {
  continuous: 'En continu',
  daily: 'Quotidienne',
  weekly: 'Hebdomadaire',
  monthly: 'Mensuelle',
  quarterly: 'Trimestrielle',
  annual: 'Annuelle',
  irregular: 'Irrégulière',
  unknown: 'Inconnue',
};
