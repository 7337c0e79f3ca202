import type { StringDocument } from '../shared/graphql-client';
import type {
  Breakdown,
  BudgetDirection,
  BudgetDocumentSummary,
  BudgetSection,
  BudgetView,
  TrendPoint,
} from './types';

const doc = <R, V>(query: string) => ({ toString: () => query }) as StringDocument<R, V>;

export const DocumentsQuery = doc<
  {
    publicOrganization: { siren: string; name: string } | null;
    budgetDocuments: BudgetDocumentSummary[];
  },
  { siren: string }
>(`query BudgetWidgetDocuments($siren: String!) {
  publicOrganization(siren: $siren) { siren name }
  budgetDocuments(siren: $siren) {
    id year stage decisionNumber siret establishmentName nomenclature sealedAt superseded csvUrl
  }
}`);

export const BreakdownQuery = doc<
  {
    budgetBreakdown: Breakdown;
    parent?: { items: { code: string; label: string }[] };
  },
  {
    documentId: string;
    direction: BudgetDirection;
    view: BudgetView;
    section: BudgetSection | null;
    path: string[];
    parentPath: string[];
    withParent: boolean;
  }
>(`query BudgetWidgetBreakdown($documentId: ID!, $direction: BudgetDirection!, $view: BudgetView!, $section: BudgetSection, $path: [String!], $parentPath: [String!], $withParent: Boolean!) {
  budgetBreakdown(documentId: $documentId, direction: $direction, view: $view, section: $section, path: $path) {
    total items { code label amount share hasChildren }
  }
  parent: budgetBreakdown(documentId: $documentId, direction: $direction, view: $view, section: $section, path: $parentPath) @include(if: $withParent) {
    items { code label }
  }
}`);

export const SectionsQuery = doc<
  {
    expenseOperating: { total: string };
    expenseInvestment: { total: string };
    revenueOperating: { total: string };
    revenueInvestment: { total: string };
  },
  { documentId: string }
>(`query BudgetWidgetSections($documentId: ID!) {
  expenseOperating: budgetBreakdown(documentId: $documentId, direction: EXPENSE, view: CHAPTER, section: OPERATING) { total }
  expenseInvestment: budgetBreakdown(documentId: $documentId, direction: EXPENSE, view: CHAPTER, section: INVESTMENT) { total }
  revenueOperating: budgetBreakdown(documentId: $documentId, direction: REVENUE, view: CHAPTER, section: OPERATING) { total }
  revenueInvestment: budgetBreakdown(documentId: $documentId, direction: REVENUE, view: CHAPTER, section: INVESTMENT) { total }
}`);

export const TrendQuery = doc<
  { budgetTrend: TrendPoint[] },
  { siren: string; siret: string; direction: BudgetDirection; view: BudgetView }
>(`query BudgetWidgetTrend($siren: String!, $siret: String!, $direction: BudgetDirection!, $view: BudgetView!) {
  budgetTrend(siren: $siren, siret: $siret, direction: $direction, view: $view) { year stage amount }
}`);
