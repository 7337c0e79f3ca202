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
          inseeCode
        }
        pendingActs
        oldestPendingSince
        lastDepositAt
        openFailures
        invalidFiles
        failedPushes
        sireneStatus
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
