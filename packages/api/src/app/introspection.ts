import type { ApolloServerPlugin } from '@apollo/server';
import { BREAK, GraphQLError, visit, type DocumentNode } from 'graphql';
import type { GraphQLContext } from './context.js';

/** Whether the operation asks for the schema (`__schema` or `__type`; `__typename` is fine). */
export function asksForSchema(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') {
        found = true;
        return BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/**
 * Introspection is a feature (GraphiQL); with GRAPHQL_INTROSPECTION=false it is refused to
 * anonymous callers only: signed-in staff and API keys keep it.
 */
export function introspectionPlugin(allowAnonymous: boolean): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, contextValue }) {
          if (
            !allowAnonymous &&
            contextValue.viewer.kind === 'anonymous' &&
            asksForSchema(document)
          ) {
            throw new GraphQLError(
              'L’introspection du schéma demande une connexion ou une clé d’API.',
              { extensions: { code: 'graphql/introspection_disabled' } },
            );
          }
        },
      };
    },
  };
}
