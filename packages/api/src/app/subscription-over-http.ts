import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';

/**
 * A subscription posted over HTTP gets a clear answer instead of failing inside a resolver
 * (`internal/unexpected`): subscriptions go over the graphql-ws WebSocket at the same address.
 */
export function subscriptionOverHttpPlugin<C extends object>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (operation?.operation === 'subscription') {
            throw new GraphQLError(
              'Les abonnements (subscription) passent par WebSocket (protocole graphql-ws, même adresse /graphql), pas par une requête HTTP.',
              { extensions: { code: 'graphql/subscription_over_http', http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}
