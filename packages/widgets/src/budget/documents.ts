import { budgetStageLabel } from '@opendata/api/shared';
import type { StageChoice } from './budget-params';
import {
  isPlaceable,
  type ApiDocument,
  type BudgetDocumentSummary,
  type BudgetStage,
} from './types';

const STAGE_ORDER: BudgetStage[] = ['BP', 'BS', 'DM', 'CA', 'CFU'];
/** Shown first when the URL names no stage: what was spent, else what was voted. */
const PREFERRED: BudgetStage[] = ['CFU', 'CA', 'BP', 'BS', 'DM'];

const dmNumber = (d: BudgetDocumentSummary) => {
  const n = Number(d.decisionNumber);
  return Number.isInteger(n) && n > 0 ? n : null;
};

export function stageLabel(d: Pick<BudgetDocumentSummary, 'stage' | 'decisionNumber'>): string {
  return budgetStageLabel(d.stage, d.decisionNumber).replace('n° ', 'n°\u00a0');
}

export interface Establishment {
  siret: string;
  name: string;
}

/** The documents citizens choose from: current versions only (a superseded one is replaced). */
export function currentDocuments(
  all: readonly (ApiDocument | BudgetDocumentSummary)[],
): BudgetDocumentSummary[] {
  return all.filter(isPlaceable).filter((d) => !d.superseded);
}

export function yearsOf(docs: readonly BudgetDocumentSummary[]): number[] {
  return [...new Set(docs.map((d) => d.year))].sort((a, b) => b - a);
}

/** Establishments of a year, the one with the most documents first (the main budget). */
export function establishmentsOf(
  docs: readonly BudgetDocumentSummary[],
  year: number | null,
): Establishment[] {
  const counts = new Map<string, { name: string; count: number }>();
  for (const d of docs) {
    if (year === null || d.year === year) {
      const entry = counts.get(d.siret) ?? { name: d.establishmentName || d.siret, count: 0 };
      entry.count++;
      counts.set(d.siret, entry);
    }
  }
  return [...counts]
    .sort(([sa, a], [sb, b]) => b.count - a.count || sa.localeCompare(sb))
    .map(([siret, { name }]) => ({ siret, name }));
}

/** The documents of one year and establishment, in the budget's order (DMs by number). */
export function stagesOf(docs: readonly BudgetDocumentSummary[], year: number, siret: string) {
  return docs
    .filter((d) => d.year === year && d.siret === siret)
    .sort(
      (a, b) =>
        STAGE_ORDER.indexOf(a.stage) - STAGE_ORDER.indexOf(b.stage) ||
        (dmNumber(a) ?? 0) - (dmNumber(b) ?? 0),
    );
}

export function choiceOf(d: BudgetDocumentSummary): StageChoice {
  return { stage: d.stage, number: d.stage === 'DM' ? dmNumber(d) : null };
}

export interface Selection {
  year: number;
  siret: string;
  stage: StageChoice;
  document: BudgetDocumentSummary;
}

/**
 * The document to show for what the URL asks: each missing or unavailable choice falls back to
 * the newest year, the main establishment, the preferred stage (`dm` alone: the latest DM).
 * Null when the organisation has published no budget.
 */
export function resolveSelection(
  all: readonly BudgetDocumentSummary[],
  wanted: { year: number | null; siret: string | null; stage: StageChoice | null },
): Selection | null {
  const docs = currentDocuments(all);
  const years = yearsOf(docs);
  const year = wanted.year !== null && years.includes(wanted.year) ? wanted.year : years[0];
  if (year === undefined) {
    return null;
  }
  const etabs = establishmentsOf(docs, year);
  const siret = etabs.find((e) => e.siret === wanted.siret)?.siret ?? etabs[0]!.siret;
  const stages = stagesOf(docs, year, siret);
  const w = wanted.stage;
  const matching = w ? stages.filter((d) => d.stage === w.stage) : [];
  let document =
    (w?.number != null ? matching.find((d) => dmNumber(d) === w.number) : matching.at(-1)) ??
    undefined;
  if (!document) {
    for (const stage of PREFERRED) {
      document = stages.filter((d) => d.stage === stage).at(-1);
      if (document) {
        break;
      }
    }
  }
  return { year, siret, stage: choiceOf(document!), document: document! };
}
