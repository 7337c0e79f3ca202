import { colourParam } from '../shared/colour-param';
import {
  consoleWarn,
  dateParam,
  enumParam,
  intParam,
  listParam,
  parseEmbedParams,
  sirenParam,
  textParam,
  type ParamSpec,
  type ParamsOf,
  type Warn,
} from '../shared/embed-params';
import type { ActNature, ActSearchSort } from '../gql/graphql';

export const THEMES = [
  'defaut',
  'rouge-rennes',
  'vert-tours',
  'turquoise-ille-et-vilaine',
  'jaune-eurelien',
  'orange-orleans',
  'gris-neutre',
] as const;
export type Theme = (typeof THEMES)[number];

export const DEFAULT_TITLE = 'Actes publiés';
export const DEFAULT_PAGE_SIZE = 10;

/** Public natures by ACTES code (3, individual acts, is never public). */
export const NATURES: readonly { code: string; value: ActNature; label: string }[] = [
  { code: '1', value: 'DELIBERATION', label: 'Délibération' },
  { code: '2', value: 'REGULATORY', label: 'Acte réglementaire' },
  { code: '4', value: 'CONTRACT', label: 'Contrat, convention ou avenant' },
  { code: '5', value: 'BUDGET', label: 'Document budgétaire et financier' },
  { code: '6', value: 'OTHER', label: 'Autre' },
  { code: '7', value: 'OUTSIDE_CONTROL', label: 'Acte hors contrôle de légalité' },
];
const NATURE_CODES = NATURES.map((n) => n.code);

export const SORTS = ['pertinence', 'date_desc', 'date_asc', 'publication_desc'] as const;
export type SortKey = (typeof SORTS)[number];
export const SORT_VALUES: Record<SortKey, ActSearchSort | null> = {
  pertinence: null,
  date_desc: 'DATE_DESC',
  date_asc: 'DATE_ASC',
  publication_desc: 'PUBLISHED_DESC',
};

const CLASSIFICATION = /^[1-9](\.\d{1,2})?$/;

/** One ACTES matière (`7` or `7.1`); of a comma list, the first valid one is kept. */
function classificationParam(): ParamSpec<string | null> {
  return {
    expected: 'an ACTES matière such as 7 or 7.1',
    default: null,
    parse: (raw, warn) => {
      const codes = raw
        .split(',')
        .map((c) => c.trim())
        .filter((c) => CLASSIFICATION.test(c));
      if (codes.length > 1) {
        warn(`only one matière is supported: keeping ${codes[0]}`);
      }
      return codes[0];
    },
  };
}

/** Appearance, fixed by the integrator (README « URL parameters »). */
export const configSpec = {
  siren: sirenParam(),
  titre: textParam(120),
  theme: enumParam(THEMES, 'defaut'),
  couleur: colourParam(),
  couleur_lien: colourParam(),
  couleur_fond: colourParam(),
  couleur_texte: colourParam(),
  par_page: intParam(5, 30, DEFAULT_PAGE_SIZE),
};

/** Search state: preset by the integrator, then rewritten as the citizen searches. */
export const stateSpec = {
  recherche: textParam(200),
  nature: listParam([...NATURE_CODES, '3']),
  classification: classificationParam(),
  annee: intParam(1900, 2200, null),
  acte_du: dateParam(),
  acte_au: dateParam(),
  publie_du: dateParam(),
  publie_au: dateParam(),
  tri: enumParam(SORTS, 'pertinence'),
};

export type ConfigParams = ParamsOf<typeof configSpec>;

export interface EmbedConfig {
  siren: string | null;
  title: string;
  theme: Theme;
  colour: string | null;
  linkColour: string | null;
  backgroundColour: string | null;
  textColour: string | null;
  pageSize: number;
}

export interface SearchState {
  query: string;
  natures: ActNature[];
  classification: string | null;
  year: number | null;
  actFrom: string | null;
  actTo: string | null;
  publishedFrom: string | null;
  publishedTo: string | null;
  sort: SortKey;
}

export const EMPTY_STATE: Readonly<SearchState> = Object.freeze({
  query: '',
  natures: [],
  classification: null,
  year: null,
  actFrom: null,
  actTo: null,
  publishedFrom: null,
  publishedTo: null,
  sort: 'pertinence',
});

export function parseConfig(
  search: string | URLSearchParams,
  warn: Warn = consoleWarn,
): EmbedConfig {
  const p = parseEmbedParams(search, configSpec, warn);
  return {
    siren: p.siren,
    title: p.titre || DEFAULT_TITLE,
    theme: p.theme,
    colour: p.couleur,
    linkColour: p.couleur_lien,
    backgroundColour: p.couleur_fond,
    textColour: p.couleur_texte,
    pageSize: p.par_page,
  };
}

function range(from: string | null, to: string | null, name: string, warn: Warn) {
  if (from && to && to < from) {
    warn(`ignoring ${name}: the end is before the start`);
    return [null, null] as const;
  }
  return [from, to] as const;
}

export function parseState(
  search: string | URLSearchParams,
  warn: Warn = consoleWarn,
): SearchState {
  const p = parseEmbedParams(search, stateSpec, warn);
  if (p.nature.includes('3')) {
    warn('dropping nature 3: individual acts are never public');
  }
  const [actFrom, actTo] = range(p.acte_du, p.acte_au, 'acte_du/acte_au', warn);
  const [publishedFrom, publishedTo] = range(p.publie_du, p.publie_au, 'publie_du/publie_au', warn);
  return {
    query: p.recherche,
    natures: NATURES.filter((n) => p.nature.includes(n.code)).map((n) => n.value),
    classification: p.classification,
    year: p.annee,
    actFrom,
    actTo,
    publishedFrom,
    publishedTo,
    sort: p.tri,
  };
}

/** The appearance parameters, default values left out (kept in every URL the widget builds). */
export function configQuery(config: EmbedConfig): URLSearchParams {
  const q = new URLSearchParams();
  const put = (name: string, value: string | null, skip?: string) => {
    if (value !== null && value !== '' && value !== skip) {
      q.set(name, value);
    }
  };
  put('siren', config.siren);
  put('titre', config.title, DEFAULT_TITLE);
  put('theme', config.theme, 'defaut');
  put('couleur', config.colour);
  put('couleur_lien', config.linkColour);
  put('couleur_fond', config.backgroundColour);
  put('couleur_texte', config.textColour);
  put('par_page', String(config.pageSize), String(DEFAULT_PAGE_SIZE));
  return q;
}

/** Appearance + search state, empty values left out: the URL of a search. */
export function searchQuery(config: EmbedConfig, state: SearchState): URLSearchParams {
  const q = configQuery(config);
  const put = (name: string, value: string | number | null) => {
    if (value !== null && value !== '') {
      q.set(name, String(value));
    }
  };
  put('recherche', state.query.trim());
  put(
    'nature',
    NATURES.filter((n) => state.natures.includes(n.value))
      .map((n) => n.code)
      .join(','),
  );
  put('classification', state.classification);
  put('annee', state.year);
  put('acte_du', state.actFrom);
  put('acte_au', state.actTo);
  put('publie_du', state.publishedFrom);
  put('publie_au', state.publishedTo);
  put('tri', state.sort === 'pertinence' ? null : state.sort);
  return q;
}

export function sameState(a: SearchState, b: SearchState): boolean {
  return (
    JSON.stringify({ ...a, query: a.query.trim() }) ===
    JSON.stringify({ ...b, query: b.query.trim() })
  );
}
