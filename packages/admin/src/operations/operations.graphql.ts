import { graphql } from '../gql';

export const SchedulesQuery = graphql(`
  query Schedules {
    schedules {
      name
      label
      cron
      defaultCron
      enabled
      nextRunAt
      lastRunAt
      lastFinishedAt
      lastStatus
      lastDetail
      running
    }
  }
`);

export const UpdateScheduleMutation = graphql(`
  mutation UpdateSchedule($input: ScheduleInput!) {
    updateSchedule(input: $input) {
      name
      cron
      enabled
      nextRunAt
    }
  }
`);

export const RunScheduleNowMutation = graphql(`
  mutation RunScheduleNow($name: String!) {
    runScheduleNow(name: $name)
  }
`);

export const PublicationStatsQuery = graphql(`
  query PublicationStats($siren: String, $from: DateTimeISO, $to: DateTimeISO) {
    publicationStats(siren: $siren, from: $from, to: $to) {
      siren
      acts {
        received
        published
        notPublished
        pending
      }
      byNature {
        nature
        received
        published
        notPublished
        pending
      }
      byMonth {
        month
        received
        published
        notPublished
        pending
      }
      budgetDocuments
      contracts
      organizations {
        siren
        name
        received
        published
        notPublished
        pending
      }
    }
  }
`);

export const SireneSyncQuery = graphql(`
  query SireneSync($siren: String!) {
    sireneSync(siren: $siren) {
      status
      legalName
      headOfficeSiret
      establishments
      hiddenEstablishments
      checkedAt
      syncedAt
      errorMessage
    }
    establishments(siren: $siren) {
      siret
      name
      headOffice
      active
    }
  }
`);

export const RefreshSireneMutation = graphql(`
  mutation RefreshSirene($siren: String!) {
    refreshSirene(siren: $siren)
  }
`);
