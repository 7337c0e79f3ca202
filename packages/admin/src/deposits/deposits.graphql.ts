import { graphql } from '../gql';

export const DepositsQuery = graphql(`
  query Deposits($filter: DepositsFilter, $first: Int, $after: String) {
    deposits(filter: $filter, first: $first, after: $after) {
      totalCount
      nodes {
        id
        fileName
        status
        siren
        pastellId
        errorCode
        errorMessage
        warnings
        attempts
        createdAt
        processedAt
        closedAt
        closedReason
        replacedBy
        replaces
        act {
          id
          number
          budgetDocument {
            id
            status
            stageLabel
            errorMessage
          }
        }
      }
    }
  }
`);

export const RetryDepositMutation = graphql(`
  mutation RetryDeposit($id: ID!) {
    retryDeposit(id: $id) {
      id
      status
      attempts
    }
  }
`);

export const CloseDepositFailureMutation = graphql(`
  mutation CloseDepositFailure($id: ID!, $reason: String!) {
    closeDepositFailure(id: $id, reason: $reason) {
      id
      closedAt
      closedReason
    }
  }
`);

export const ReplaceFailedDepositMutation = graphql(`
  mutation ReplaceFailedDeposit($id: ID!, $file: Upload!) {
    replaceFailedDeposit(id: $id, file: $file) {
      id
      fileName
    }
  }
`);

export const DepositProcessedSubscription = graphql(`
  subscription DepositProcessed {
    depositProcessed {
      depositId
      siren
      status
      errorCode
      at
    }
  }
`);
