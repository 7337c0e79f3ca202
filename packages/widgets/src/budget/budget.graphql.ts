import { graphql } from '../gql';

/** The organisation and its published budget documents (superseded ones flagged). */
export const DocumentsQuery = graphql(`
  query BudgetWidgetDocuments($siren: String!) {
    publicOrganization(siren: $siren) {
      siren
      name
    }
    budgetDocuments(siren: $siren) {
      id
      year
      stage
      decisionNumber
      siret
      establishmentName
      nomenclature
      sealedAt
      superseded
      csvUrl
    }
  }
`);

/** One level of a breakdown, and (on a shared URL) the parent level for the breadcrumb labels. */
export const BreakdownQuery = graphql(`
  query BudgetWidgetBreakdown(
    $documentId: ID!
    $direction: BudgetDirection!
    $view: BudgetView!
    $section: BudgetSection
    $path: [String!]
    $parentPath: [String!]
    $withParent: Boolean!
    $includeOrder: Boolean = false
  ) {
    budgetBreakdown(
      documentId: $documentId
      direction: $direction
      view: $view
      section: $section
      path: $path
      includeOrder: $includeOrder
    ) {
      total
      items {
        code
        label
        amount
        share
        hasChildren
      }
    }
    parent: budgetBreakdown(
      documentId: $documentId
      direction: $direction
      view: $view
      section: $section
      path: $parentPath
      includeOrder: $includeOrder
    ) @include(if: $withParent) {
      items {
        code
        label
      }
    }
  }
`);

/** Operating vs investment totals, expenses and revenues, in one round trip. */
export const SectionsQuery = graphql(`
  query BudgetWidgetSections($documentId: ID!, $includeOrder: Boolean = false) {
    expenseOperating: budgetBreakdown(
      documentId: $documentId
      direction: EXPENSE
      view: CHAPTER
      section: OPERATING
      includeOrder: $includeOrder
    ) {
      total
    }
    expenseInvestment: budgetBreakdown(
      documentId: $documentId
      direction: EXPENSE
      view: CHAPTER
      section: INVESTMENT
      includeOrder: $includeOrder
    ) {
      total
    }
    revenueOperating: budgetBreakdown(
      documentId: $documentId
      direction: REVENUE
      view: CHAPTER
      section: OPERATING
      includeOrder: $includeOrder
    ) {
      total
    }
    revenueInvestment: budgetBreakdown(
      documentId: $documentId
      direction: REVENUE
      view: CHAPTER
      section: INVESTMENT
      includeOrder: $includeOrder
    ) {
      total
    }
  }
`);

export const TrendQuery = graphql(`
  query BudgetWidgetTrend(
    $siren: String!
    $siret: String!
    $direction: BudgetDirection!
    $view: BudgetView!
  ) {
    budgetTrend(siren: $siren, siret: $siret, direction: $direction, view: $view) {
      year
      stage
      amount
    }
  }
`);
