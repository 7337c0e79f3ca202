import { graphql } from '../gql';

export const CatalogMetadataQuery = graphql(`
  query CatalogMetadata($siren: String!) {
    catalogMetadata(siren: $siren) {
      kind
      identifier
      title
      description
      license
      frequency
      keywords
      edited
      distributionCount
      landingPage
      updatedAt
    }
    catalogLicenses {
      id
      label
    }
    catalogFrequencies {
      id
      label
    }
  }
`);

export const UpdateCatalogMetadataMutation = graphql(`
  mutation UpdateCatalogMetadata(
    $siren: String!
    $kind: CatalogKind!
    $input: CatalogMetadataInput!
  ) {
    updateCatalogMetadata(siren: $siren, kind: $kind, input: $input) {
      kind
      title
      description
      license
      frequency
      keywords
      edited
      updatedAt
    }
  }
`);
