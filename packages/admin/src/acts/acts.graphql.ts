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
    }
  }
`);

export const PublishActsMutation = graphql(`
  mutation PublishActs($ids: [ID!]!) {
    publishActs(ids: $ids) {
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

export const UnpublishActsMutation = graphql(`
  mutation UnpublishActs($ids: [ID!]!) {
    unpublishActs(ids: $ids) {
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

export const HideActsMutation = graphql(`
  mutation HideActs($ids: [ID!]!) {
    hideActs(ids: $ids) {
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

export const UnhideActsMutation = graphql(`
  mutation UnhideActs($ids: [ID!]!) {
    unhideActs(ids: $ids) {
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

export const DeleteActsMutation = graphql(`
  mutation DeleteActs($ids: [ID!]!) {
    deleteActs(ids: $ids) {
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

export const RestoreActsMutation = graphql(`
  mutation RestoreActs($ids: [ID!]!) {
    restoreActs(ids: $ids) {
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
