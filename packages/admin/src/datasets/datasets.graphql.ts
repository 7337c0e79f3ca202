import { graphql } from '../gql';

export const DatasetsQuery = graphql(`
  query Datasets($siren: String!) {
    datasets(siren: $siren) {
      id
      year
      kind
      status
      valid
      rowCount
      size
      generatedAt
      publishedFileAt
      errorCount
      url
      xlsxUrl
      errors {
        row
        column
        rule
        message
      }
      notes
    }
  }
`);

export const RegenerateDatasetMutation = graphql(`
  mutation RegenerateDataset($siren: String!, $year: Int!) {
    regenerateDataset(siren: $siren, year: $year)
  }
`);
