import { graphql } from '../gql';

export const OrganizationSettingsQuery = graphql(`
  query OrganizationSettings($siren: String!) {
    organization(siren: $siren) {
      id
      siren
      name
      siret
      openDataActive
      publishAnnexes
      updatedAt
    }
  }
`);

export const UpdateOrganizationMutation = graphql(`
  mutation UpdateOrganization($input: UpdateOrganizationInput!) {
    updateOrganization(input: $input) {
      id
      siren
      name
      siret
      openDataActive
      publishAnnexes
      needsReview
      updatedAt
    }
  }
`);

export const MembersQuery = graphql(`
  query Members($siren: String!) {
    users(siren: $siren, first: 100) {
      totalCount
      nodes {
        id
        email
        displayName
        status
        memberships {
          id
          role
          hr
          fromSso
          organization {
            siren
          }
        }
      }
    }
  }
`);

export const AddMembershipMutation = graphql(`
  mutation AddMembership($input: AddMembershipInput!) {
    addMembership(input: $input) {
      id
      role
      hr
    }
  }
`);

export const RemoveMembershipMutation = graphql(`
  mutation RemoveMembership($input: RemoveMembershipInput!) {
    removeMembership(input: $input)
  }
`);

export const InviteMemberMutation = graphql(`
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      outcome
      email
    }
  }
`);

export const InvitationsQuery = graphql(`
  query Invitations($siren: String!) {
    invitations(siren: $siren) {
      id
      email
      displayName
      role
      hr
      expiresAt
    }
  }
`);

export const RevokeInvitationMutation = graphql(`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id)
  }
`);

export const ApiKeysQuery = graphql(`
  query ApiKeys {
    apiKeys {
      id
      name
      prefix
      scopes
      sirens
      active
      createdAt
      lastUsedAt
      expiresAt
      revokedAt
    }
  }
`);

export const CreateApiKeyMutation = graphql(`
  mutation CreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      secret
      key {
        id
        name
        prefix
      }
    }
  }
`);

export const RevokeApiKeyMutation = graphql(`
  mutation RevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      id
      active
      revokedAt
    }
  }
`);
