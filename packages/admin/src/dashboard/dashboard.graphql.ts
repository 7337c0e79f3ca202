import { graphql } from '../gql';

export const OrganizationListItemFragment = graphql(`
  fragment OrganizationListItem on Organization {
    id
    siren
    name
    openDataActive
  }
`);

export const DashboardQuery = graphql(`
  query Dashboard($first: Int!) {
    me {
      id
      displayName
      email
      isPlatformAdmin
    }
    organizations(first: $first) {
      totalCount
      nodes {
        id
        ...OrganizationListItem
      }
    }
  }
`);
