/**
 * The budget API as the widget reads it (issue #15 contract), from the generated types.
 */
import type { BudgetWidgetDocumentsQuery } from '../gql/graphql';

export type { BudgetDirection, BudgetSection, BudgetStage, BudgetView } from '../gql/graphql';
import type { BudgetStage } from '../gql/graphql';

export type ApiDocument = BudgetWidgetDocumentsQuery['budgetDocuments'][number];

/** A document the widget can show: its year, stage and establishment are known. */
export interface BudgetDocumentSummary {
  id: string;
  year: number;
  stage: BudgetStage;
  siret: string;
  superseded: boolean;
  decisionNumber?: number | null;
  establishmentName?: string | null;
  nomenclature?: string | null;
  sealedAt?: string | null;
  csvUrl?: string | null;
}

/** Year, stage and SIRET known (a document read without them cannot be placed). */
export function isPlaceable(d: ApiDocument | BudgetDocumentSummary): d is BudgetDocumentSummary {
  return d.year !== null && d.stage !== null && d.siret !== null;
}

export interface BreakdownItem {
  code: string;
  label: string;
  amount: string;
  hasChildren: boolean;
}

export interface TrendPoint {
  year: number;
  stage: BudgetStage;
  amount: string;
}
