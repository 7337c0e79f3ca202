import { graphql } from '../gql';

export const ViewerQuery = graphql(`
  query Viewer {
    me {
      id
      email
      displayName
      isPlatformAdmin
      memberships {
        id
        role
        hr
        organization {
          id
          siren
          name
        }
      }
    }
  }
`);

export const OrganizationSearchQuery = graphql(`
  query OrganizationSearch($search: String, $first: Int!) {
    organizations(first: $first, search: $search) {
      totalCount
      nodes {
        id
        siren
        name
      }
    }
  }
`);
