import { graphql } from '../gql';

export const JobsQuery = graphql(`
  query Jobs($first: Int, $after: String, $state: JobState) {
    jobs(first: $first, after: $after, state: $state) {
      totalCount
      nodes {
        id
        name
        state
        progress
        message
        siren
        repeating
        failCount
        nextRunAt
        lastRunAt
        finishedAt
      }
    }
  }
`);

export const AuditFeedQuery = graphql(`
  query AuditFeed($siren: String, $first: Int, $after: String) {
    auditLog(filter: { siren: $siren }, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        action
        actorLabel
        targetType
        targetId
        before
        after
        createdAt
      }
    }
  }
`);
