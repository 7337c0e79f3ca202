import { describe, expect, it } from 'vitest';
import { establishmentsOf, resolveSelection, stageLabel, stagesOf, yearsOf } from './documents';
import type { BudgetDocumentSummary } from './types';

const MAIN = '21290045200018';
const WATER = '21290045200026';
const doc = (id: string, over: Partial<BudgetDocumentSummary>): BudgetDocumentSummary => ({
  id,
  year: 2022,
  stage: 'BP',
  siret: MAIN,
  establishmentName: 'Commune de Crach',
  superseded: false,
  ...over,
});
const DOCS = [
  doc('bp22', {}),
  doc('dm1', { stage: 'DM', decisionNumber: 1 }),
  doc('dm2', { stage: 'DM', decisionNumber: 2 }),
  doc('ca21', { year: 2021, stage: 'CA' }),
  doc('bp21', { year: 2021 }),
  doc('old', { year: 2021, stage: 'CA', superseded: true }),
  doc('eau', { siret: WATER, establishmentName: 'Service de l’eau' }),
];

describe('budget document selection', () => {
  it('lists years newest first, the main establishment first, stages in budget order', () => {
    expect(yearsOf(DOCS)).toEqual([2022, 2021]);
    expect(establishmentsOf(DOCS, 2022).map((e) => e.name)).toEqual([
      'Commune de Crach',
      'Service de l’eau',
    ]);
    expect(stagesOf(DOCS, 2022, MAIN).map((d) => d.id)).toEqual(['bp22', 'dm1', 'dm2']);
    expect(stageLabel(DOCS[2]!)).toBe('Décision modificative n°\u00a02');
  });

  it('defaults to the newest year, main budget, actual spending when there is one', () => {
    expect(resolveSelection(DOCS, { year: null, siret: null, stage: null })?.document.id).toBe(
      'bp22',
    );
    const ca = resolveSelection(DOCS, { year: 2021, siret: null, stage: null });
    expect(ca?.document.id).toBe('ca21'); // never the superseded one
  });

  it('honours the URL choice and falls back when it is not available', () => {
    const pick = (stage: 'DM' | 'CA', number: number | null = null) =>
      resolveSelection(DOCS, { year: 2022, siret: MAIN, stage: { stage, number } })?.document.id;
    expect(pick('DM', 1)).toBe('dm1');
    expect(pick('DM')).toBe('dm2');
    expect(pick('CA')).toBe('bp22');
    expect(resolveSelection(DOCS, { year: 1999, siret: WATER, stage: null })?.document.id).toBe(
      'eau',
    );
    expect(resolveSelection([], { year: null, siret: null, stage: null })).toBeNull();
  });
});
