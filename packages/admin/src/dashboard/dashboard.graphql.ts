import { graphql } from '../gql';

export const DashboardQuery = graphql(`
  query Dashboard($siren: String!, $depositSiren: String, $monthStart: String!) {
    toDecide: acts(filter: { siren: $siren, status: TO_DECIDE, hidden: false }, first: 1) {
      totalCount
    }
    publishedThisMonth: acts(
      filter: { siren: $siren, status: PUBLISHED, publishedFrom: $monthStart }
      first: 1
    ) {
      totalCount
    }
    failedDeposits: deposits(filter: { siren: $depositSiren, status: FAILED }, first: 1) {
      totalCount
    }
    datasets(siren: $siren) {
      id
      year
      status
      valid
      rowCount
    }
    recent: auditLog(filter: { siren: $siren }, first: 5) {
      nodes {
        id
        action
        actorLabel
        targetType
        targetId
        createdAt
      }
    }
  }
`);
