import { graphql } from '../gql';

export const DatagouvSettingsQuery = graphql(`
  query AdminDatagouvSettings($siren: String!) {
    datagouvSettings(siren: $siren) {
      siren
      apiUrl
      pushEnabled
      hasApiKey
      apiKeyHint
      platformKeyAvailable
      remoteOrganization
      remoteOrgId
      remoteOrgName
      harvestedKinds
    }
    datasetPushes(siren: $siren, first: 10) {
      id
      createdAt
      finishedAt
      status
      trigger
      errorCode
      errorMessage
      uploaded
      failed
      datasets {
        catalogId
        title
        action
        error
        remotePage
        resources {
          distributionId
          title
          year
          action
          error
        }
      }
    }
  }
`);

export const UpdateDatagouvSettingsMutation = graphql(`
  mutation AdminUpdateDatagouvSettings($input: DatagouvSettingsInput!) {
    updateDatagouvSettings(input: $input) {
      siren
      pushEnabled
      hasApiKey
      apiKeyHint
      remoteOrganization
      harvestedKinds
    }
  }
`);

export const PushDatasetsMutation = graphql(`
  mutation AdminPushDatasets($siren: String!) {
    pushDatasets(siren: $siren)
  }
`);
