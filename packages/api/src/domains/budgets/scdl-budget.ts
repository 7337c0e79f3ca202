import schemaJson from './schemas/scdl-budget/0.8.1/schema.json' with { type: 'json' };
import { formatDecimal, parseDecimal } from '../../shared/decimal.js';
import { parseTableSchema, type TableSchema } from '../../infra/table-schema/table-schema-types.js';
import type { BudgetLine } from './budget-lines.js';
import type { BudgetStage } from './budget.enums.js';

/** The official SCDL Budget 0.8.1 Table Schema (a copy shipped with the code). */
export const SCDL_BUDGET_SCHEMA: TableSchema = parseTableSchema(schemaJson);

/** SCDL Budget 0.8.1 columns, in schema order. */
export const SCDL_BUDGET_COLUMNS = [
  'BGT_NATDEC',
  'BGT_ANNEE',
  'BGT_SIRET',
  'BGT_NOM',
  'BGT_CONTNAT',
  'BGT_CONTNAT_LABEL',
  'BGT_NATURE',
  'BGT_NATURE_LABEL',
  'BGT_FONCTION',
  'BGT_FONCTION_LABEL',
  'BGT_OPERATION',
  'BGT_SECTION',
  'BGT_OPBUDG',
  'BGT_CODRD',
  'BGT_MTREAL',
  'BGT_MTBUDGPREC',
  'BGT_MTRARPREC',
  'BGT_MTPROPNOUV',
  'BGT_MTPREV',
  'BGT_CREDOUV',
  'BGT_MTRAR3112',
  'BGT_ARTSPE',
] as const;

/**
 * `BGT_NATDEC`: the schema's exact lowercase values. It has none for the compte financier
 * unique: a CFU is written `compte administratif`, as the reference converter does (formats.md §3).
 */
export const SCDL_NATDEC: Readonly<Record<BudgetStage, string>> = {
  BP: 'budget primitif',
  BS: 'budget supplémentaire',
  DM: 'décision modificative',
  CA: 'compte administratif',
  CFU: 'compte administratif',
};

/** What every row of one document repeats. */
export interface ScdlBudgetHead {
  stage: BudgetStage;
  year: number;
  siret: string;
  name: string;
}

export type ScdlBudgetRow = { ok: true; row: string[] } | { ok: false; reason: string };

const oneLine = (s: string) => s.replace(/[\r\n\t]+/g, ' ').trim();
const amount = (s: string) => (s === '' ? '' : formatDecimal(parseDecimal(s) ?? 0n));

/** One SCDL row per budget line; a line missing a required value is left out, with the reason. */
export function toScdlBudgetRow(head: ScdlBudgetHead, l: BudgetLine): ScdlBudgetRow {
  if (!l.c || !l.cl) {
    return { ok: false, reason: `compte ${l.n} : chapitre introuvable dans le plan de comptes` };
  }
  if (!l.s) {
    return { ok: false, reason: `compte ${l.n} : section introuvable` };
  }
  if (!l.nl) {
    return { ok: false, reason: `compte ${l.n} : libellé introuvable` };
  }
  return {
    ok: true,
    row: [
      SCDL_NATDEC[head.stage],
      String(head.year),
      head.siret,
      oneLine(head.name),
      l.c,
      oneLine(l.cl),
      l.n,
      oneLine(l.nl),
      l.f,
      l.f ? oneLine(l.fl) : '',
      oneLine(l.op),
      l.s === 'I' ? 'investissement' : 'fonctionnement',
      l.o === 1 ? 'ordre' : 'réel',
      l.d === 'R' ? 'recette' : 'dépense',
      ...l.m.map(amount),
      l.as === 'true' ? 'spécialisé' : l.as === 'false' ? 'non spécialisé' : '',
    ],
  };
}
