import { graphql } from '../gql';

/**
 * One round trip per search: the organisation, one page of results, and — for each active
 * filter of a faceted field — the counts without that filter (so the other choices show how many
 * acts they would add). Cost stays under the api's complexity limit for `first` ≤ 30.
 */
export const ActsSearchQuery = graphql(`
  query ActsWidgetSearch(
    $siren: String!
    $query: String
    $natures: [ActNature!]
    $classification: String
    $dateFrom: String
    $dateTo: String
    $publishedFrom: String
    $publishedTo: String
    $year: Int
    $sort: ActSearchSort
    $first: Int!
    $after: String
    $firstPage: Boolean!
    $natureFacets: Boolean!
    $classificationFacets: Boolean!
    $yearFacets: Boolean!
  ) {
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
`);

export const ActQuery = graphql(`
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
`);
