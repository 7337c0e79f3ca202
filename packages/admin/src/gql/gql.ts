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
  '\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      user {\n        email\n        displayName\n      }\n    }\n  }\n': typeof types.LoginDocument;
  '\n  mutation SignOut {\n    signOut\n  }\n': typeof types.SignOutDocument;
  '\n  fragment OrganizationListItem on Organization {\n    id\n    siren\n    name\n    openDataActive\n  }\n': typeof types.OrganizationListItemFragmentDoc;
  '\n  query Dashboard($first: Int!) {\n    me {\n      id\n      displayName\n      email\n      isPlatformAdmin\n    }\n    organizations(first: $first) {\n      totalCount\n      nodes {\n        id\n        ...OrganizationListItem\n      }\n    }\n  }\n': typeof types.DashboardDocument;
};
const documents: Documents = {
  '\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      user {\n        email\n        displayName\n      }\n    }\n  }\n':
    types.LoginDocument,
  '\n  mutation SignOut {\n    signOut\n  }\n': types.SignOutDocument,
  '\n  fragment OrganizationListItem on Organization {\n    id\n    siren\n    name\n    openDataActive\n  }\n':
    types.OrganizationListItemFragmentDoc,
  '\n  query Dashboard($first: Int!) {\n    me {\n      id\n      displayName\n      email\n      isPlatformAdmin\n    }\n    organizations(first: $first) {\n      totalCount\n      nodes {\n        id\n        ...OrganizationListItem\n      }\n    }\n  }\n':
    types.DashboardDocument,
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
  source: '\n  fragment OrganizationListItem on Organization {\n    id\n    siren\n    name\n    openDataActive\n  }\n',
): (typeof documents)['\n  fragment OrganizationListItem on Organization {\n    id\n    siren\n    name\n    openDataActive\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Dashboard($first: Int!) {\n    me {\n      id\n      displayName\n      email\n      isPlatformAdmin\n    }\n    organizations(first: $first) {\n      totalCount\n      nodes {\n        id\n        ...OrganizationListItem\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Dashboard($first: Int!) {\n    me {\n      id\n      displayName\n      email\n      isPlatformAdmin\n    }\n    organizations(first: $first) {\n      totalCount\n      nodes {\n        id\n        ...OrganizationListItem\n      }\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
