import { graphql } from '../gql';

/** Every budget document of an organisation, whatever its status, with its import report. */
export const StaffBudgetDocumentsQuery = graphql(`
  query StaffBudgetDocuments($siren: String!) {
    staffBudgetDocuments(siren: $siren) {
      id
      year
      stage
      stageLabel
      decisionNumber
      siret
      establishmentName
      collectivityName
      nomenclature
      planYear
      planFallback
      sealedAt
      decisionDate
      lineCount
      calculatedSkipped
      encoding
      mojibake
      sourceFileName
      status
      errorCode
      errorMessage
      warnings
      importedAt
      csvUrl
      act {
        id
        number
        subject
        date
      }
    }
    # Which published documents a newer one replaced (the staff list's own field fails on an
    # unreadable document: see the helper's report).
    budgetDocuments(siren: $siren) {
      id
      superseded
    }
  }
`);

export const ReimportBudgetDocumentMutation = graphql(`
  mutation ReimportBudgetDocument($id: ID!) {
    reimportBudgetDocument(id: $id)
  }
`);
