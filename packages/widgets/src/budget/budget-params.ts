import { BUDGET_CHARTS, budgetChartTitleParam, type BudgetChartId } from '@opendata/api/shared';
import { colourParam } from '../shared/colour-param';
import {
  consoleWarn,
  enumParam,
  intParam,
  parseEmbedParams,
  sirenParam,
  textParam,
  type ParamSpec,
  type Warn,
} from '../shared/embed-params';
import { THEMES, type Theme } from '../actes/acts-params';
import type { BudgetStage, BudgetView, BudgetSection } from './types';

export const DEFAULT_TITLE = 'Budget';

/** Charts, by their `graphique` value (one chart alone when the parameter is set). */
export const CHARTS: readonly BudgetChartId[] = BUDGET_CHARTS.map((c) => c.id);
export type ChartId = BudgetChartId;

export const VIEWS: Record<'fonction' | 'nature' | 'chapitre', BudgetView> = {
  fonction: 'FUNCTION',
  nature: 'NATURE',
  chapitre: 'CHAPTER',
};
export type ViewKey = keyof typeof VIEWS;

export const SECTIONS: Record<'fonctionnement' | 'investissement', BudgetSection> = {
  fonctionnement: 'OPERATING',
  investissement: 'INVESTMENT',
};
export type SectionKey = keyof typeof SECTIONS;

/**
 * Which operations the breakdowns add up: real ones only (money in and out, the default), or
 * also the order operations (internal entries between accounts and sections, no cash moves).
 */
export const OPERATIONS = ['reelles', 'toutes'] as const;
export type OperationsKey = (typeof OPERATIONS)[number];

/** A stage, with the number of a décision modificative (`dm-2`); `dm` alone: the latest. */
export interface StageChoice {
  stage: BudgetStage;
  number: number | null;
}

const STAGE_ALIASES: Record<string, BudgetStage> = {
  bp: 'BP',
  primitif: 'BP',
  bs: 'BS',
  supplementaire: 'BS',
  dm: 'DM',
  modificative: 'DM',
  ca: 'CA',
  administratif: 'CA',
  cfu: 'CFU',
};

function stageParam(): ParamSpec<StageChoice | null> {
  return {
    expected: 'bp, bs, dm (or dm-<n>), ca or cfu',
    default: null,
    parse: (raw) => {
      const m = /^([a-zé]+)(?:-(\d{1,3}))?$/.exec(raw.toLowerCase().replace('é', 'e'));
      const stage = m ? STAGE_ALIASES[m[1]!] : undefined;
      if (!m || !stage || (m[2] && stage !== 'DM')) {
        return undefined;
      }
      return { stage, number: m[2] ? Number(m[2]) : null };
    },
  };
}

function siretParam(): ParamSpec<string | null> {
  return {
    expected: 'a SIRET (14 digits)',
    default: null,
    parse: (raw) => {
      const digits = raw.replace(/\s+/g, '');
      return /^\d{14}$/.test(digits) ? digits : undefined;
    },
  };
}

const CODE = /^[0-9A-Za-z][0-9A-Za-z._-]{0,19}$/;

/** The drill-down so far: comma list of codes, from the top level down (at most 8). */
function pathParam(): ParamSpec<string[]> {
  return {
    expected: 'a comma-separated list of budget codes',
    default: [],
    parse: (raw) => {
      const codes = raw.split(',').map((c) => c.trim());
      return codes.length <= 8 && codes.every((c) => CODE.test(c)) ? codes : undefined;
    },
  };
}

const titleParam = budgetChartTitleParam;
const titleSpecs = Object.fromEntries(CHARTS.map((c) => [titleParam(c), textParam(120)]));

/** Appearance, fixed by the integrator (kept in every URL the widget builds). */
export const configSpec = {
  siren: sirenParam(),
  titre: textParam(120),
  theme: enumParam(THEMES, 'defaut'),
  couleur: colourParam(),
  couleur_lien: colourParam(),
  couleur_fond: colourParam(),
  couleur_texte: colourParam(),
  graphique: enumParam<ChartId | ''>([...CHARTS], ''),
  ...titleSpecs,
};

/** What the citizen explores: preset by the integrator, rewritten as the citizen moves. */
export const stateSpec = {
  annee: intParam(1990, 2200, null),
  etab: siretParam(),
  etape: stageParam(),
  vue: enumParam(Object.keys(VIEWS) as ViewKey[], 'fonction'),
  section: enumParam<SectionKey | ''>(Object.keys(SECTIONS) as SectionKey[], ''),
  chemin_depenses: pathParam(),
  chemin_recettes: pathParam(),
  evolution: enumParam(['depenses', 'recettes'] as const, 'depenses'),
  operations: enumParam(OPERATIONS, 'reelles'),
};

export interface BudgetConfig {
  siren: string | null;
  title: string;
  theme: Theme;
  colour: string | null;
  linkColour: string | null;
  backgroundColour: string | null;
  textColour: string | null;
  /** One chart alone, or every chart. */
  chart: ChartId | null;
  /** Chart titles chosen by the integrator (the default title otherwise). */
  titles: Partial<Record<ChartId, string>>;
}

export interface BudgetState {
  year: number | null;
  siret: string | null;
  stage: StageChoice | null;
  view: ViewKey;
  section: SectionKey | null;
  expensePath: string[];
  revenuePath: string[];
  trend: 'depenses' | 'recettes';
  operations: OperationsKey;
}

export function parseConfig(search: string | URLSearchParams, warn: Warn = consoleWarn) {
  const p = parseEmbedParams(search, configSpec, warn);
  return {
    siren: p.siren,
    title: p.titre || DEFAULT_TITLE,
    theme: p.theme,
    colour: p.couleur,
    linkColour: p.couleur_lien,
    backgroundColour: p.couleur_fond,
    textColour: p.couleur_texte,
    chart: p.graphique || null,
    titles: Object.fromEntries(
      CHARTS.map((c) => [c, (p as Record<string, unknown>)[titleParam(c)]]).filter(([, t]) => t),
    ) as Partial<Record<ChartId, string>>,
  } satisfies BudgetConfig;
}

export function parseState(
  search: string | URLSearchParams,
  warn: Warn = consoleWarn,
): BudgetState {
  const p = parseEmbedParams(search, stateSpec, warn);
  return {
    year: p.annee,
    siret: p.etab,
    stage: p.etape,
    view: p.vue,
    section: p.section || null,
    expensePath: p.chemin_depenses,
    revenuePath: p.chemin_recettes,
    trend: p.evolution,
    operations: p.operations,
  };
}

export function stageKey(choice: StageChoice): string {
  const key = choice.stage.toLowerCase();
  return choice.number !== null ? `${key}-${choice.number}` : key;
}

/** Appearance parameters (defaults left out), then the state: the URL of what is shown. */
export function budgetQuery(config: BudgetConfig, state: BudgetState): URLSearchParams {
  const q = new URLSearchParams();
  const put = (name: string, value: string | number | null | undefined, skip?: string) => {
    if (value !== null && value !== undefined && value !== '' && value !== skip) {
      q.set(name, String(value));
    }
  };
  put('siren', config.siren);
  put('titre', config.title, DEFAULT_TITLE);
  put('theme', config.theme, 'defaut');
  put('couleur', config.colour);
  put('couleur_lien', config.linkColour);
  put('couleur_fond', config.backgroundColour);
  put('couleur_texte', config.textColour);
  put('graphique', config.chart);
  for (const chart of CHARTS) {
    put(titleParam(chart), config.titles[chart]);
  }
  put('annee', state.year);
  put('etab', state.siret);
  put('etape', state.stage && stageKey(state.stage));
  put('vue', state.view, 'fonction');
  put('section', state.section);
  put('chemin_depenses', state.expensePath.join(','));
  put('chemin_recettes', state.revenuePath.join(','));
  put('evolution', state.trend, 'depenses');
  put('operations', state.operations, 'reelles');
  return q;
}

/** A plain copy (also of a reactive state). */
export function cloneState(s: BudgetState): BudgetState {
  return {
    ...s,
    stage: s.stage && { ...s.stage },
    expensePath: [...s.expensePath],
    revenuePath: [...s.revenuePath],
  };
}

export function sameState(a: BudgetState, b: BudgetState): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
