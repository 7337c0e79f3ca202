/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  fragment ActRow on Act {\n    id\n    number\n    subject\n    date\n    nature\n    natureDetail\n    status\n    hidden\n    publicationDecision\n    publishedAt\n    classificationCode\n    documents {\n      id\n      annex\n      withheld\n    }\n  }\n': typeof types.ActRowFragmentDoc;
  '\n  query Acts($filter: ActsFilter, $first: Int, $after: String, $orderBy: ActOrder) {\n    acts(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      nodes {\n        ...ActRow\n      }\n    }\n  }\n': typeof types.ActsDocument;
  '\n  mutation PublishActs($ids: [ID!]!) {\n    publishActs(ids: $ids) {\n      updated {\n        id\n        status\n        hidden\n        deleted\n        publishedAt\n      }\n      failed {\n        id\n        code\n        message\n      }\n      jobId\n    }\n  }\n': typeof types.PublishActsDocument;
  '\n  mutation UnpublishActs($ids: [ID!]!) {\n    unpublishActs(ids: $ids) {\n      updated {\n        id\n        status\n        hidden\n        deleted\n        publishedAt\n      }\n      failed {\n        id\n        code\n        message\n      }\n      jobId\n    }\n  }\n': typeof types.UnpublishActsDocument;
  '\n  mutation HideActs($ids: [ID!]!) {\n    hideActs(ids: $ids) {\n      updated {\n        id\n        status\n        hidden\n        deleted\n        publishedAt\n      }\n      failed {\n        id\n        code\n        message\n      }\n      jobId\n    }\n  }\n': typeof types.HideActsDocument;
  '\n  mutation UnhideActs($ids: [ID!]!) {\n    unhideActs(ids: $ids) {\n      updated {\n        id\n        status\n        hidden\n        deleted\n        publishedAt\n      }\n      failed {\n        id\n        code\n        message\n      }\n      jobId\n    }\n  }\n': typeof types.UnhideActsDocument;
  '\n  mutation DeleteActs($ids: [ID!]!) {\n    deleteActs(ids: $ids) {\n      updated {\n        id\n        status\n        hidden\n        deleted\n        publishedAt\n      }\n      failed {\n        id\n        code\n        message\n      }\n      jobId\n    }\n  }\n': typeof types.DeleteActsDocument;
  '\n  mutation RestoreActs($ids: [ID!]!) {\n    restoreActs(ids: $ids) {\n      updated {\n        id\n        status\n        hidden\n        deleted\n        publishedAt\n      }\n      failed {\n        id\n        code\n        message\n      }\n      jobId\n    }\n  }\n': typeof types.RestoreActsDocument;
  '\n  subscription ActChanged($siren: String!) {\n    actChanged(siren: $siren) {\n      actId\n      siren\n      status\n      change\n      at\n    }\n  }\n': typeof types.ActChangedDocument;
  '\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      user {\n        email\n        displayName\n      }\n    }\n  }\n': typeof types.LoginDocument;
  '\n  mutation SignOut {\n    signOut\n  }\n': typeof types.SignOutDocument;
  '\n  query Viewer {\n    me {\n      id\n      email\n      displayName\n      isPlatformAdmin\n      memberships {\n        id\n        role\n        hr\n        organization {\n          id\n          siren\n          name\n        }\n      }\n    }\n  }\n': typeof types.ViewerDocument;
  '\n  query OrganizationSearch($search: String, $first: Int!) {\n    organizations(first: $first, search: $search) {\n      totalCount\n      nodes {\n        id\n        siren\n        name\n      }\n    }\n  }\n': typeof types.OrganizationSearchDocument;
  '\n  fragment OrganizationListItem on Organization {\n    id\n    siren\n    name\n    openDataActive\n  }\n': typeof types.OrganizationListItemFragmentDoc;
  '\n  query Dashboard($first: Int!) {\n    me {\n      id\n      displayName\n      email\n      isPlatformAdmin\n    }\n    organizations(first: $first) {\n      totalCount\n      nodes {\n        id\n        ...OrganizationListItem\n      }\n    }\n  }\n': typeof types.DashboardDocument;
  '\n  subscription JobProgress {\n    jobProgress {\n      jobId\n      name\n      state\n      progress\n      message\n      siren\n      at\n    }\n  }\n': typeof types.JobProgressDocument;
};
const documents: Documents = {
  '\n  fragment ActRow on Act {\n    id\n    number\n    subject\n    date\n    nature\n    natureDetail\n    status\n    hidden\n    publicationDecision\n    publishedAt\n    classificationCode\n    documents {\n      id\n      annex\n      withheld\n    }\n  }\n':
    types.ActRowFragmentDoc,
  '\n  query Acts($filter: ActsFilter, $first: Int, $after: String, $orderBy: ActOrder) {\n    acts(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      nodes {\n        ...ActRow\n      }\n    }\n  }\n':
    types.ActsDocument,
  '\n  mutation PublishActs($ids: [ID!]!) {\n    publishActs(ids: $ids) {\n      updated {\n        id\n        status\n        hidden\n        deleted\n        publishedAt\n      }\n      failed {\n        id\n        code\n        message\n      }\n      jobId\n    }\n  }\n':
    types.PublishActsDocument,
  '\n  mutation UnpublishActs($ids: [ID!]!) {\n    unpublishActs(ids: $ids) {\n      updated {\n        id\n        status\n        hidden\n        deleted\n        publishedAt\n      }\n      failed {\n        id\n        code\n        message\n      }\n      jobId\n    }\n  }\n':
    types.UnpublishActsDocument,
  '\n  mutation HideActs($ids: [ID!]!) {\n    hideActs(ids: $ids) {\n      updated {\n        id\n        status\n        hidden\n        deleted\n        publishedAt\n      }\n      failed {\n        id\n        code\n        message\n      }\n      jobId\n    }\n  }\n':
    types.HideActsDocument,
  '\n  mutation UnhideActs($ids: [ID!]!) {\n    unhideActs(ids: $ids) {\n      updated {\n        id\n        status\n        hidden\n        deleted\n        publishedAt\n      }\n      failed {\n        id\n        code\n        message\n      }\n      jobId\n    }\n  }\n':
    types.UnhideActsDocument,
  '\n  mutation DeleteActs($ids: [ID!]!) {\n    deleteActs(ids: $ids) {\n      updated {\n        id\n        status\n        hidden\n        deleted\n        publishedAt\n      }\n      failed {\n        id\n        code\n        message\n      }\n      jobId\n    }\n  }\n':
    types.DeleteActsDocument,
  '\n  mutation RestoreActs($ids: [ID!]!) {\n    restoreActs(ids: $ids) {\n      updated {\n        id\n        status\n        hidden\n        deleted\n        publishedAt\n      }\n      failed {\n        id\n        code\n        message\n      }\n      jobId\n    }\n  }\n':
    types.RestoreActsDocument,
  '\n  subscription ActChanged($siren: String!) {\n    actChanged(siren: $siren) {\n      actId\n      siren\n      status\n      change\n      at\n    }\n  }\n':
    types.ActChangedDocument,
  '\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      user {\n        email\n        displayName\n      }\n    }\n  }\n':
    types.LoginDocument,
  '\n  mutation SignOut {\n    signOut\n  }\n': types.SignOutDocument,
  '\n  query Viewer {\n    me {\n      id\n      email\n      displayName\n      isPlatformAdmin\n      memberships {\n        id\n        role\n        hr\n        organization {\n          id\n          siren\n          name\n        }\n      }\n    }\n  }\n':
    types.ViewerDocument,
  '\n  query OrganizationSearch($search: String, $first: Int!) {\n    organizations(first: $first, search: $search) {\n      totalCount\n      nodes {\n        id\n        siren\n        name\n      }\n    }\n  }\n':
    types.OrganizationSearchDocument,
  '\n  fragment OrganizationListItem on Organization {\n    id\n    siren\n    name\n    openDataActive\n  }\n':
    types.OrganizationListItemFragmentDoc,
  '\n  query Dashboard($first: Int!) {\n    me {\n      id\n      displayName\n      email\n      isPlatformAdmin\n    }\n    organizations(first: $first) {\n      totalCount\n      nodes {\n        id\n        ...OrganizationListItem\n      }\n    }\n  }\n':
    types.DashboardDocument,
  '\n  subscription JobProgress {\n    jobProgress {\n      jobId\n      name\n      state\n      progress\n      message\n      siren\n      at\n    }\n  }\n':
    types.JobProgressDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ActRow on Act {\n    id\n    number\n    subject\n    date\n    nature\n    natureDetail\n    status\n    hidden\n    publicationDecision\n    publishedAt\n    classificationCode\n    documents {\n      id\n      annex\n      withheld\n    }\n  }\n',
): (typeof documents)['\n  fragment ActRow on Act {\n    id\n    number\n    subject\n    date\n    nature\n    natureDetail\n    status\n    hidden\n    publicationDecision\n    publishedAt\n    classificationCode\n    documents {\n      id\n      annex\n      withheld\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Acts($filter: ActsFilter, $first: Int, $after: String, $orderBy: ActOrder) {\n    acts(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      nodes {\n        ...ActRow\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Acts($filter: ActsFilter, $first: Int, $after: String, $orderBy: ActOrder) {\n    acts(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      nodes {\n        ...ActRow\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PublishActs($ids: [ID!]!) {\n    publishActs(ids: $ids) {\n      updated {\n        id\n        status\n        hidden\n        deleted\n        publishedAt\n      }\n      failed {\n        id\n        code\n        message\n      }\n      jobId\n    }\n  }\n',
): (typeof documents)['\n  mutation PublishActs($ids: [ID!]!) {\n    publishActs(ids: $ids) {\n      updated {\n        id\n        status\n        hidden\n        deleted\n        publishedAt\n      }\n      failed {\n        id\n        code\n        message\n      }\n      jobId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UnpublishActs($ids: [ID!]!) {\n    unpublishActs(ids: $ids) {\n      updated {\n        id\n        status\n        hidden\n        deleted\n        publishedAt\n      }\n      failed {\n        id\n        code\n        message\n      }\n      jobId\n    }\n  }\n',
): (typeof documents)['\n  mutation UnpublishActs($ids: [ID!]!) {\n    unpublishActs(ids: $ids) {\n      updated {\n        id\n        status\n        hidden\n        deleted\n        publishedAt\n      }\n      failed {\n        id\n        code\n        message\n      }\n      jobId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation HideActs($ids: [ID!]!) {\n    hideActs(ids: $ids) {\n      updated {\n        id\n        status\n        hidden\n        deleted\n        publishedAt\n      }\n      failed {\n        id\n        code\n        message\n      }\n      jobId\n    }\n  }\n',
): (typeof documents)['\n  mutation HideActs($ids: [ID!]!) {\n    hideActs(ids: $ids) {\n      updated {\n        id\n        status\n        hidden\n        deleted\n        publishedAt\n      }\n      failed {\n        id\n        code\n        message\n      }\n      jobId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UnhideActs($ids: [ID!]!) {\n    unhideActs(ids: $ids) {\n      updated {\n        id\n        status\n        hidden\n        deleted\n        publishedAt\n      }\n      failed {\n        id\n        code\n        message\n      }\n      jobId\n    }\n  }\n',
): (typeof documents)['\n  mutation UnhideActs($ids: [ID!]!) {\n    unhideActs(ids: $ids) {\n      updated {\n        id\n        status\n        hidden\n        deleted\n        publishedAt\n      }\n      failed {\n        id\n        code\n        message\n      }\n      jobId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteActs($ids: [ID!]!) {\n    deleteActs(ids: $ids) {\n      updated {\n        id\n        status\n        hidden\n        deleted\n        publishedAt\n      }\n      failed {\n        id\n        code\n        message\n      }\n      jobId\n    }\n  }\n',
): (typeof documents)['\n  mutation DeleteActs($ids: [ID!]!) {\n    deleteActs(ids: $ids) {\n      updated {\n        id\n        status\n        hidden\n        deleted\n        publishedAt\n      }\n      failed {\n        id\n        code\n        message\n      }\n      jobId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RestoreActs($ids: [ID!]!) {\n    restoreActs(ids: $ids) {\n      updated {\n        id\n        status\n        hidden\n        deleted\n        publishedAt\n      }\n      failed {\n        id\n        code\n        message\n      }\n      jobId\n    }\n  }\n',
): (typeof documents)['\n  mutation RestoreActs($ids: [ID!]!) {\n    restoreActs(ids: $ids) {\n      updated {\n        id\n        status\n        hidden\n        deleted\n        publishedAt\n      }\n      failed {\n        id\n        code\n        message\n      }\n      jobId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription ActChanged($siren: String!) {\n    actChanged(siren: $siren) {\n      actId\n      siren\n      status\n      change\n      at\n    }\n  }\n',
): (typeof documents)['\n  subscription ActChanged($siren: String!) {\n    actChanged(siren: $siren) {\n      actId\n      siren\n      status\n      change\n      at\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      user {\n        email\n        displayName\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      user {\n        email\n        displayName\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignOut {\n    signOut\n  }\n',
): (typeof documents)['\n  mutation SignOut {\n    signOut\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Viewer {\n    me {\n      id\n      email\n      displayName\n      isPlatformAdmin\n      memberships {\n        id\n        role\n        hr\n        organization {\n          id\n          siren\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Viewer {\n    me {\n      id\n      email\n      displayName\n      isPlatformAdmin\n      memberships {\n        id\n        role\n        hr\n        organization {\n          id\n          siren\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OrganizationSearch($search: String, $first: Int!) {\n    organizations(first: $first, search: $search) {\n      totalCount\n      nodes {\n        id\n        siren\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query OrganizationSearch($search: String, $first: Int!) {\n    organizations(first: $first, search: $search) {\n      totalCount\n      nodes {\n        id\n        siren\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment OrganizationListItem on Organization {\n    id\n    siren\n    name\n    openDataActive\n  }\n',
): (typeof documents)['\n  fragment OrganizationListItem on Organization {\n    id\n    siren\n    name\n    openDataActive\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Dashboard($first: Int!) {\n    me {\n      id\n      displayName\n      email\n      isPlatformAdmin\n    }\n    organizations(first: $first) {\n      totalCount\n      nodes {\n        id\n        ...OrganizationListItem\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Dashboard($first: Int!) {\n    me {\n      id\n      displayName\n      email\n      isPlatformAdmin\n    }\n    organizations(first: $first) {\n      totalCount\n      nodes {\n        id\n        ...OrganizationListItem\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription JobProgress {\n    jobProgress {\n      jobId\n      name\n      state\n      progress\n      message\n      siren\n      at\n    }\n  }\n',
): (typeof documents)['\n  subscription JobProgress {\n    jobProgress {\n      jobId\n      name\n      state\n      progress\n      message\n      siren\n      at\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
