import { graphql } from '../gql';

export const ActDetailQuery = graphql(`
  query ActDetail($id: ID!) {
    act(id: $id) {
      id
      number
      subject
      date
      prefectureAckDate
      nature
      natureDetail
      classificationCode
      classificationLabel
      classificationUnknown
      publicationDecision
      status
      hidden
      deleted
      publishedAt
      pastellId
      source
      createdAt
      updatedAt
      organization {
        id
        siren
        name
        publishAnnexes
        openDataActive
      }
      documents {
        id
        fileName
        mediaType
        size
        sha256
        annex
        withheld
        url
        textSource
        ocrStatus
        ocrConfidence
        ocrError
      }
      budgetDocument {
        id
        status
        stageLabel
        year
        establishmentName
        lineCount
        errorCode
        errorMessage
        warnings
      }
    }
  }
`);

export const ActHistoryQuery = graphql(`
  query ActHistory($targetIds: [String!]!) {
    auditLog(filter: { targetIds: $targetIds }, first: 100) {
      totalCount
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

export const UpdateActSubjectMutation = graphql(`
  mutation UpdateActSubject($id: ID!, $subject: String!) {
    updateActSubject(id: $id, subject: $subject) {
      id
      subject
      updatedAt
    }
  }
`);

export const SetAnnexWithheldMutation = graphql(`
  mutation SetAnnexWithheld($documentId: ID!, $withheld: Boolean!) {
    setAnnexWithheld(documentId: $documentId, withheld: $withheld) {
      id
      withheld
      url
    }
  }
`);

export const RerunDocumentOcrMutation = graphql(`
  mutation RerunDocumentOcr($documentId: ID!) {
    rerunDocumentOcr(documentId: $documentId) {
      id
      ocrStatus
      ocrError
    }
  }
`);
