/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Nature ACTES : 1 délibération … 7 hors contrôle de légalité. */
export type ActNature =
  | 'BUDGET'
  | 'CONTRACT'
  | 'DELIBERATION'
  | 'INDIVIDUAL'
  | 'OTHER'
  | 'OUTSIDE_CONTROL'
  | 'REGULATORY';

export type ActSearchSort = 'DATE_ASC' | 'DATE_DESC' | 'PUBLISHED_DESC' | 'RELEVANCE';

/** Dépenses ou recettes. */
export type BudgetDirection = 'EXPENSE' | 'REVENUE';

/** Section de fonctionnement ou d’investissement. */
export type BudgetSection = 'INVESTMENT' | 'OPERATING';

/** Étape budgétaire : budget primitif, budget supplémentaire, décision modificative, compte administratif, compte financier unique. */
export type BudgetStage = 'BP' | 'BS' | 'CA' | 'CFU' | 'DM';

/** FUNCTION : par fonction (à quoi) ; NATURE : par compte (quoi) ; CHAPTER : par chapitre (niveau du vote). */
export type BudgetView = 'CHAPTER' | 'FUNCTION' | 'NATURE';

export type ActsWidgetSearchQueryVariables = Exact<{
  siren: string;
  query?: string | null | undefined;
  natures?: Array<ActNature> | ActNature | null | undefined;
  classification?: string | null | undefined;
  dateFrom?: string | null | undefined;
  dateTo?: string | null | undefined;
  publishedFrom?: string | null | undefined;
  publishedTo?: string | null | undefined;
  year?: number | null | undefined;
  sort?: ActSearchSort | null | undefined;
  first: number;
  after?: string | null | undefined;
  firstPage: boolean;
  natureFacets: boolean;
  classificationFacets: boolean;
  yearFacets: boolean;
}>;

export type ActsWidgetSearchQuery = {
  publicOrganization?: { siren: string; name: string } | null;
  searchActs: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      cursor: string;
      highlights: { subject: string | null; text: string | null };
      node: {
        id: string;
        number: string;
        date: string;
        subject: string;
        nature: ActNature;
        natureLabel: string;
        classificationCode: string | null;
        classificationLabel: string | null;
        publishedAt: string;
        documents: Array<{
          id: string;
          fileName: string;
          mediaType: string;
          size: number;
          sha256: string;
          annex: boolean;
          url: string;
        }>;
      };
    }>;
    facets?: {
      natures: Array<{ value: string; label: string; count: number }>;
      years: Array<{ value: string; label: string; count: number }>;
      classifications: Array<{ value: string; label: string; count: number }>;
    };
  };
  natureFacets?: { facets: { natures: Array<{ value: string; label: string; count: number }> } };
  classificationFacets?: {
    facets: { classifications: Array<{ value: string; label: string; count: number }> };
  };
  yearFacets?: { facets: { years: Array<{ value: string; label: string; count: number }> } };
};

export type ActsWidgetActQueryVariables = Exact<{
  id: string;
  siren: string;
}>;

export type ActsWidgetActQuery = {
  publicOrganization: { siren: string; name: string } | null;
  publicAct: {
    id: string;
    number: string;
    date: string;
    subject: string;
    nature: ActNature;
    natureLabel: string;
    classificationCode: string | null;
    classificationLabel: string | null;
    publishedAt: string;
    organization: { siren: string };
    documents: Array<{
      id: string;
      fileName: string;
      mediaType: string;
      size: number;
      sha256: string;
      annex: boolean;
      url: string;
    }>;
  } | null;
};

export type BudgetWidgetDocumentsQueryVariables = Exact<{
  siren: string;
}>;

export type BudgetWidgetDocumentsQuery = {
  publicOrganization: { siren: string; name: string } | null;
  budgetDocuments: Array<{
    id: string;
    year: number | null;
    stage: BudgetStage | null;
    decisionNumber: number | null;
    siret: string | null;
    establishmentName: string | null;
    nomenclature: string | null;
    sealedAt: string | null;
    superseded: boolean;
    csvUrl: string | null;
  }>;
};

export type BudgetWidgetBreakdownQueryVariables = Exact<{
  documentId: string;
  direction: BudgetDirection;
  view: BudgetView;
  section?: BudgetSection | null | undefined;
  path?: Array<string> | string | null | undefined;
  parentPath?: Array<string> | string | null | undefined;
  withParent: boolean;
}>;

export type BudgetWidgetBreakdownQuery = {
  budgetBreakdown: {
    total: string;
    items: Array<{
      code: string;
      label: string;
      amount: string;
      share: number;
      hasChildren: boolean;
    }>;
  };
  parent?: { items: Array<{ code: string; label: string }> };
};

export type BudgetWidgetSectionsQueryVariables = Exact<{
  documentId: string;
}>;

export type BudgetWidgetSectionsQuery = {
  expenseOperating: { total: string };
  expenseInvestment: { total: string };
  revenueOperating: { total: string };
  revenueInvestment: { total: string };
};

export type BudgetWidgetTrendQueryVariables = Exact<{
  siren: string;
  siret: string;
  direction: BudgetDirection;
  view: BudgetView;
}>;

export type BudgetWidgetTrendQuery = {
  budgetTrend: Array<{ year: number; stage: BudgetStage; amount: string }>;
};

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const ActsWidgetSearchDocument = new TypedDocumentString(`
    query ActsWidgetSearch($siren: String!, $query: String, $natures: [ActNature!], $classification: String, $dateFrom: String, $dateTo: String, $publishedFrom: String, $publishedTo: String, $year: Int, $sort: ActSearchSort, $first: Int!, $after: String, $firstPage: Boolean!, $natureFacets: Boolean!, $classificationFacets: Boolean!, $yearFacets: Boolean!) {
  publicOrganization(siren: $siren) @include(if: $firstPage) {
    siren
    name
  }
  searchActs(
    siren: $siren
    query: $query
    natures: $natures
    classification: $classification
    dateFrom: $dateFrom
    dateTo: $dateTo
    publishedFrom: $publishedFrom
    publishedTo: $publishedTo
    year: $year
    sort: $sort
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      highlights {
        subject
        text
      }
      node {
        id
        number
        date
        subject
        nature
        natureLabel
        classificationCode
        classificationLabel
        publishedAt
        documents {
          id
          fileName
          mediaType
          size
          sha256
          annex
          url
        }
      }
    }
    facets @include(if: $firstPage) {
      natures {
        value
        label
        count
      }
      years {
        value
        label
        count
      }
      classifications {
        value
        label
        count
      }
    }
  }
  natureFacets: searchActs(
    siren: $siren
    query: $query
    classification: $classification
    dateFrom: $dateFrom
    dateTo: $dateTo
    publishedFrom: $publishedFrom
    publishedTo: $publishedTo
    year: $year
    first: 1
  ) @include(if: $natureFacets) {
    facets {
      natures {
        value
        label
        count
      }
    }
  }
  classificationFacets: searchActs(
    siren: $siren
    query: $query
    natures: $natures
    dateFrom: $dateFrom
    dateTo: $dateTo
    publishedFrom: $publishedFrom
    publishedTo: $publishedTo
    year: $year
    first: 1
  ) @include(if: $classificationFacets) {
    facets {
      classifications {
        value
        label
        count
      }
    }
  }
  yearFacets: searchActs(
    siren: $siren
    query: $query
    natures: $natures
    classification: $classification
    dateFrom: $dateFrom
    dateTo: $dateTo
    publishedFrom: $publishedFrom
    publishedTo: $publishedTo
    first: 1
  ) @include(if: $yearFacets) {
    facets {
      years {
        value
        label
        count
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ActsWidgetSearchQuery, ActsWidgetSearchQueryVariables>;
export const ActsWidgetActDocument = new TypedDocumentString(`
    query ActsWidgetAct($id: ID!, $siren: String!) {
  publicOrganization(siren: $siren) {
    siren
    name
  }
  publicAct(id: $id) {
    id
    number
    date
    subject
    nature
    natureLabel
    classificationCode
    classificationLabel
    publishedAt
    organization {
      siren
    }
    documents {
      id
      fileName
      mediaType
      size
      sha256
      annex
      url
    }
  }
}
    `) as unknown as TypedDocumentString<ActsWidgetActQuery, ActsWidgetActQueryVariables>;
export const BudgetWidgetDocumentsDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<
  BudgetWidgetDocumentsQuery,
  BudgetWidgetDocumentsQueryVariables
>;
export const BudgetWidgetBreakdownDocument = new TypedDocumentString(`
    query BudgetWidgetBreakdown($documentId: ID!, $direction: BudgetDirection!, $view: BudgetView!, $section: BudgetSection, $path: [String!], $parentPath: [String!], $withParent: Boolean!) {
  budgetBreakdown(
    documentId: $documentId
    direction: $direction
    view: $view
    section: $section
    path: $path
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
  ) @include(if: $withParent) {
    items {
      code
      label
    }
  }
}
    `) as unknown as TypedDocumentString<
  BudgetWidgetBreakdownQuery,
  BudgetWidgetBreakdownQueryVariables
>;
export const BudgetWidgetSectionsDocument = new TypedDocumentString(`
    query BudgetWidgetSections($documentId: ID!) {
  expenseOperating: budgetBreakdown(
    documentId: $documentId
    direction: EXPENSE
    view: CHAPTER
    section: OPERATING
  ) {
    total
  }
  expenseInvestment: budgetBreakdown(
    documentId: $documentId
    direction: EXPENSE
    view: CHAPTER
    section: INVESTMENT
  ) {
    total
  }
  revenueOperating: budgetBreakdown(
    documentId: $documentId
    direction: REVENUE
    view: CHAPTER
    section: OPERATING
  ) {
    total
  }
  revenueInvestment: budgetBreakdown(
    documentId: $documentId
    direction: REVENUE
    view: CHAPTER
    section: INVESTMENT
  ) {
    total
  }
}
    `) as unknown as TypedDocumentString<
  BudgetWidgetSectionsQuery,
  BudgetWidgetSectionsQueryVariables
>;
export const BudgetWidgetTrendDocument = new TypedDocumentString(`
    query BudgetWidgetTrend($siren: String!, $siret: String!, $direction: BudgetDirection!, $view: BudgetView!) {
  budgetTrend(siren: $siren, siret: $siret, direction: $direction, view: $view) {
    year
    stage
    amount
  }
}
    `) as unknown as TypedDocumentString<BudgetWidgetTrendQuery, BudgetWidgetTrendQueryVariables>;
