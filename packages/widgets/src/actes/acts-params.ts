import {
  consoleWarn,
  dateParam,
  enumParam,
  flagParam,
  listParam,
  parseEmbedParams,
  sirenParam,
  textParam,
  type ParamsOf,
  type Warn,
} from '../shared/embed-params';

export const THEMES = [
  'defaut',
  'rouge-rennes',
  'vert-tours',
  'turquoise-ille-et-vilaine',
  'jaune-eurelien',
  'orange-orleans',
  'gris-neutre',
] as const;

/** Act natures (1–7) and the detail codes of nature 7 (71 LD, 72 AT, 73 PV). */
export const ACT_TYPES = ['1', '2', '3', '4', '5', '6', '7', '71', '72', '73'] as const;
/** Top-level « matières » of the ACTES classification. */
export const CLASSIFICATIONS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;

/** URL contract of /widgets/actes/ (names kept from the widget it replaces). */
export const actsParamSpec = {
  siren: sirenParam(),
  theme: enumParam(THEMES, 'defaut'),
  recherche: textParam(200),
  types_actes: listParam(ACT_TYPES),
  classifications: listParam(CLASSIFICATIONS),
  date_debut: dateParam(),
  date_fin: dateParam(),
  publications_en_cours: flagParam(),
};

export type ActsParams = ParamsOf<typeof actsParamSpec>;

/** Parses the iframe URL; an inverted date range is dropped as a whole. */
export function parseActsParams(search: string, warn?: Warn): ActsParams {
  const params = parseEmbedParams(search, actsParamSpec, warn);
  if (params.date_debut && params.date_fin && params.date_fin < params.date_debut) {
    (warn ?? consoleWarn)('ignoring date_debut/date_fin: the end is before the start');
    return { ...params, date_debut: null, date_fin: null };
  }
  return params;
}
