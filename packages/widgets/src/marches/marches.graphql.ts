import { graphql } from '../gql';

/** One page of contracts (search as you type, filters), with the buyer's name on the first page. */
export const ContractsSearchQuery = graphql(`
  query MarchesWidgetSearch(
    $siren: String!
    $filter: ContractFilter
    $first: Int!
    $after: String
    $orderBy: ContractOrder
  ) {
    publicOrganization(siren: $siren) {
      siren
      name
    }
    contracts(siren: $siren, filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
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
`);

/** Totals per year (all years) and per procedure (the chosen year, or all). */
export const ContractStatsQuery = graphql(`
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
`);

/** A contract's page. */
export const ContractQuery = graphql(`
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
`);
