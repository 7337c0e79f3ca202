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
