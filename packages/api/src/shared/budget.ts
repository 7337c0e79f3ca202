/** Budget stages, by the name the API gives them (`BudgetStage`). */
export type BudgetStageName = 'BP' | 'BS' | 'DM' | 'CA' | 'CFU';

/** French label of each stage: the admin, the widgets and the files say the same. */
export const BUDGET_STAGE_LABELS: Readonly<Record<BudgetStageName, string>> = {
  BP: 'Budget primitif',
  BS: 'Budget supplémentaire',
  DM: 'Décision modificative',
  CA: 'Compte administratif',
  CFU: 'Compte financier unique',
};

/** TOTEM `NatDec` codes (formats.md §4.3); any other code is refused. */
export const BUDGET_STAGE_BY_NATDEC: Readonly<Record<string, BudgetStageName>> = {
  '01': 'BP',
  '02': 'DM',
  '03': 'BS',
  '09': 'CA',
  '10': 'CFU',
};

/** « Décision modificative n° 2 », « Budget primitif ». */
export function budgetStageLabel(stage: BudgetStageName, decisionNumber?: number | null): string {
  const label = BUDGET_STAGE_LABELS[stage];
  return stage === 'DM' && decisionNumber ? `${label} n° ${decisionNumber}` : label;
}

/** Which amount a stage shows for a line (issue #15): BP voted, BS/DM new + carried, CA/CFU realised. */
export function budgetAmountRule(stage: BudgetStageName): string {
  return stage === 'BP'
    ? 'Montant voté (MtPrev)'
    : stage === 'BS' || stage === 'DM'
      ? 'Propositions nouvelles et restes à réaliser (MtPropNouv + MtRARPrec)'
      : 'Montant réalisé (MtReal)';
}
