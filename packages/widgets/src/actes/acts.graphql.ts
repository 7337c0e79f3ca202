import { graphql } from '../gql';

export const PublicOrganizationQuery = graphql(`
  query ActsWidgetOrganization($siren: String!) {
    publicOrganization(siren: $siren) {
      siren
      name
    }
  }
`);
