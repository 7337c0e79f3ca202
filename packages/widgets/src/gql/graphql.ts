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

/** Filtres des contrats (tous facultatifs, cumulés). */
export type ContractFilter = {
  amountMax?: number | null | undefined;
  amountMin?: number | null | undefined;
  /** Préfixe de code CPV (ex. « 45 »). */
  cpv?: string | null | undefined;
  /** Identifiant (SIRET…) d’un titulaire. */
  holder?: string | null | undefined;
  kind?: ContractKind | null | undefined;
  /** Nature, telle qu’écrite dans les DECP. */
  nature?: string | null | undefined;
  /** Procédure, telle qu’écrite dans les DECP. */
  procedure?: string | null | undefined;
  /** Texte libre (objet, identifiant). */
  text?: string | null | undefined;
  /** Année de notification. */
  year?: number | null | undefined;
};

/** MARCHE : marché public ; CONCESSION : contrat de concession. */
export type ContractKind = 'CONCESSION' | 'MARCHE';

export type ContractOrder = 'AMOUNT_ASC' | 'AMOUNT_DESC' | 'NOTIFIED_ASC' | 'NOTIFIED_DESC';

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
  includeOrder?: boolean | null | undefined;
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
  includeOrder?: boolean | null | undefined;
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

export type MarchesWidgetSearchQueryVariables = Exact<{
  siren: string;
  filter?: ContractFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
  orderBy?: ContractOrder | null | undefined;
}>;

export type MarchesWidgetSearchQuery = {
  publicOrganization: { siren: string; name: string } | null;
  contracts: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Array<{
      id: string;
      decpId: string;
      kind: ContractKind;
      nature: string;
      subject: string;
      procedure: string;
      amount: number;
      notifiedOn: string;
      holders: Array<{ identifier: string; identifierType: string }>;
    }>;
  };
};

export type MarchesWidgetStatsQueryVariables = Exact<{
  siren: string;
  year?: number | null | undefined;
}>;

export type MarchesWidgetStatsQuery = {
  all: {
    count: number;
    totalAmount: number;
    byYear: Array<{ key: string; label: string; count: number; amount: number }>;
  };
  year: {
    count: number;
    totalAmount: number;
    byProcedure: Array<{ key: string; label: string; count: number; amount: number }>;
    byNature: Array<{ key: string; label: string; count: number; amount: number }>;
  };
};

export type MarchesWidgetContractQueryVariables = Exact<{
  id: string;
}>;

export type MarchesWidgetContractQuery = {
  contract: {
    id: string;
    siren: string;
    decpId: string;
    kind: ContractKind;
    nature: string;
    subject: string;
    procedure: string;
    cpv: string | null;
    amount: number;
    initialAmount: number;
    notifiedOn: string;
    publishedOn: string;
    durationMonths: number;
    holders: Array<{ identifier: string; identifierType: string; name: string | null }>;
    modifications: Array<{
      number: number;
      amount: number | null;
      durationMonths: number | null;
      notifiedOn: string;
    }>;
    act: {
      id: string;
      number: string;
      date: string;
      subject: string;
      documents: Array<{ fileName: string; url: string; annex: boolean }>;
    } | null;
  } | null;
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
    query BudgetWidgetBreakdown($documentId: ID!, $direction: BudgetDirection!, $view: BudgetView!, $section: BudgetSection, $path: [String!], $parentPath: [String!], $withParent: Boolean!, $includeOrder: Boolean = false) {
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
    `) as unknown as TypedDocumentString<
  BudgetWidgetBreakdownQuery,
  BudgetWidgetBreakdownQueryVariables
>;
export const BudgetWidgetSectionsDocument = new TypedDocumentString(`
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
export const MarchesWidgetSearchDocument = new TypedDocumentString(`
    query MarchesWidgetSearch($siren: String!, $filter: ContractFilter, $first: Int!, $after: String, $orderBy: ContractOrder) {
  publicOrganization(siren: $siren) {
    siren
    name
  }
  contracts(
    siren: $siren
    filter: $filter
    first: $first
    after: $after
    orderBy: $orderBy
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      decpId
      kind
      nature
      subject
      procedure
      amount
      notifiedOn
      holders {
        identifier
        identifierType
      }
    }
  }
}
    `) as unknown as TypedDocumentString<
  MarchesWidgetSearchQuery,
  MarchesWidgetSearchQueryVariables
>;
export const MarchesWidgetStatsDocument = new TypedDocumentString(`
    query MarchesWidgetStats($siren: String!, $year: Int) {
  all: contractStats(siren: $siren) {
    count
    totalAmount
    byYear {
      key
      label
      count
      amount
    }
  }
  year: contractStats(siren: $siren, year: $year) {
    count
    totalAmount
    byProcedure {
      key
      label
      count
      amount
    }
    byNature {
      key
      label
      count
      amount
    }
  }
}
    `) as unknown as TypedDocumentString<MarchesWidgetStatsQuery, MarchesWidgetStatsQueryVariables>;
export const MarchesWidgetContractDocument = new TypedDocumentString(`
    query MarchesWidgetContract($id: ID!) {
  contract(id: $id) {
    id
    siren
    decpId
    kind
    nature
    subject
    procedure
    cpv
    amount
    initialAmount
    notifiedOn
    publishedOn
    durationMonths
    holders {
      identifier
      identifierType
      name
    }
    modifications {
      number
      amount
      durationMonths
      notifiedOn
    }
    act {
      id
      number
      date
      subject
      documents {
        fileName
        url
        annex
      }
    }
  }
}
    `) as unknown as TypedDocumentString<
  MarchesWidgetContractQuery,
  MarchesWidgetContractQueryVariables
>;
