import { graphql } from '../gql';

export const ActRowFragment = graphql(`
  fragment ActRow on Act {
    id
    number
    subject
    date
    nature
    natureDetail
    status
    hidden
    publicationDecision
    publishedAt
    classificationCode
    documents {
      id
      annex
      withheld
    }
  }
`);

export const ActsQuery = graphql(`
  query Acts($filter: ActsFilter, $first: Int, $after: String, $orderBy: ActOrder) {
    acts(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
      totalCount
      nodes {
        ...ActRow
      }
      highlights {
        actId
        subject
        text
      }
    }
  }
`);

/** Every bulk decision on acts goes through this one mutation. */
export const ApplyActActionMutation = graphql(`
  mutation ApplyActAction($action: ActActionKind!, $ids: [ID!]!) {
    applyActAction(action: $action, ids: $ids) {
      updated {
        id
        status
        hidden
        deleted
        publishedAt
      }
      failed {
        id
        code
        message
      }
      jobId
    }
  }
`);

export const ActChangedSubscription = graphql(`
  subscription ActChanged($siren: String!) {
    actChanged(siren: $siren) {
      actId
      siren
      status
      change
      at
    }
  }
`);
