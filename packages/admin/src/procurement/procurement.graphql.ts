import { graphql } from '../gql';

export const AdminContractsQuery = graphql(`
  query AdminContracts($siren: String!, $filter: ContractFilter, $first: Int, $after: String) {
    contracts(siren: $siren, filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        decpId
        kind
        nature
        subject
        procedure
        amount
        notifiedOn
        actLinkManual
        decp
        act {
          id
          number
        }
      }
    }
  }
`);

export const ContractImportsQuery = graphql(`
  query AdminContractImports($siren: String!) {
    contractImports(siren: $siren, first: 20) {
      totalCount
      nodes {
        id
        createdAt
        origin
        fileName
        format
        status
        total
        created
        updated
        unchanged
        refused
        errorCode
        message
        errors {
          index
          kind
          decpId
          path
          code
          message
        }
        warnings {
          index
          decpId
          path
          message
        }
      }
    }
  }
`);

export const ContractSourcesQuery = graphql(`
  query AdminContractSources($siren: String!) {
    contractSources(siren: $siren) {
      id
      url
      active
      lastFetchAt
      lastStatus
      lastError
    }
  }
`);

export const ImportContractsMutation = graphql(`
  mutation ImportContracts($siren: String!, $file: Upload!) {
    importContracts(siren: $siren, file: $file) {
      id
      status
      created
      updated
      unchanged
      refused
      message
    }
  }
`);

export const SaveContractSourceMutation = graphql(`
  mutation SaveContractSource($input: ContractSourceInput!, $id: ID) {
    saveContractSource(input: $input, id: $id) {
      id
      url
      active
    }
  }
`);

export const FetchContractSourceMutation = graphql(`
  mutation FetchContractSource($id: ID!) {
    fetchContractSource(id: $id)
  }
`);

export const CheckContractQuery = graphql(`
  query CheckContract($siren: String!, $kind: ContractKind!, $record: JSONObject!) {
    checkContract(siren: $siren, kind: $kind, record: $record) {
      path
      code
      message
    }
  }
`);

export const CreateContractMutation = graphql(`
  mutation CreateContract($siren: String!, $kind: ContractKind!, $record: JSONObject!) {
    createContract(siren: $siren, kind: $kind, record: $record) {
      id
      decpId
    }
  }
`);

export const UpdateContractMutation = graphql(`
  mutation UpdateContract($id: ID!, $record: JSONObject!) {
    updateContract(id: $id, record: $record) {
      id
      decpId
    }
  }
`);

export const DeleteContractMutation = graphql(`
  mutation DeleteContract($id: ID!) {
    deleteContract(id: $id)
  }
`);
