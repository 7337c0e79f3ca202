/**
 * The budget API as the widget reads it (issue #15 contract: `budgetDocuments`,
 * `budgetBreakdown`, `budgetTrend`).
 */
export type BudgetStage = 'BP' | 'BS' | 'DM' | 'CA' | 'CFU';
export type BudgetDirection = 'EXPENSE' | 'REVENUE';
export type BudgetView = 'FUNCTION' | 'NATURE' | 'CHAPTER';
export type BudgetSection = 'OPERATING' | 'INVESTMENT';

export interface BudgetDocumentSummary {
  id: string;
  year: number;
  stage: BudgetStage;
  decisionNumber?: number | string | null;
  siret: string;
  establishmentName?: string | null;
  nomenclature?: string | null;
  sealedAt?: string | null;
  superseded: boolean;
  csvUrl?: string | null;
}

export interface BreakdownItem {
  code: string;
  label: string;
  amount: string;
  hasChildren: boolean;
}

export interface Breakdown {
  total: string;
  items: BreakdownItem[];
}

export interface TrendPoint {
  year: number;
  stage: BudgetStage;
  amount: string;
}
