import { graphql } from '../gql';

export const OrganizationsOverviewQuery = graphql(`
  query OrganizationsOverview($search: String, $needsReview: Boolean, $first: Int, $after: String) {
    organizationsOverview(
      search: $search
      needsReview: $needsReview
      first: $first
      after: $after
    ) {
      totalCount
      nodes {
        organization {
          id
          siren
          siret
          name
          openDataActive
          publishAnnexes
          needsReview
        }
        pendingActs
        oldestPendingSince
        lastDepositAt
        openFailures
      }
    }
  }
`);

export const CreateOrganizationMutation = graphql(`
  mutation CreateOrganization($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      id
      siren
      name
    }
  }
`);
