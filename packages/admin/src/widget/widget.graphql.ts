import { graphql } from '../gql';

export const WidgetSettingsQuery = graphql(`
  query WidgetSettings($siren: String!) {
    widgetSettings(siren: $siren) {
      id
      siren
      title
      primaryColor
      backgroundColor
      textColor
      natures
      classifications
      dateFrom
      dateTo
      year
      pageSize
      updatedAt
    }
  }
`);

export const UpdateWidgetSettingsMutation = graphql(`
  mutation UpdateWidgetSettings($input: UpdateWidgetSettingsInput!) {
    updateWidgetSettings(input: $input) {
      id
      siren
      title
      primaryColor
      backgroundColor
      textColor
      natures
      classifications
      dateFrom
      dateTo
      year
      pageSize
      updatedAt
    }
  }
`);
