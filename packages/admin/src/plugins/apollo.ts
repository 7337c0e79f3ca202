import {
  ApolloClient,
  ApolloLink,
  HttpLink,
  InMemoryCache,
  split,
  type NormalizedCacheObject,
} from '@apollo/client/core';
import { onError } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { createClient } from 'graphql-ws';
import { isSessionError } from '../shared/error-messages';

export interface ApolloOptions {
  /** Absolute or relative HTTP endpoint, `/graphql` by default (same origin as the admin). */
  httpUrl?: string;
  /** WebSocket endpoint; derived from the page location by default. */
  wsUrl?: string;
  /** Current bearer token, read on every request and on every WebSocket connection. */
  getToken: () => string | undefined;
  /** Called once per failed operation whose error says the session is gone. */
  onSessionLost: (code: string) => void;
}

function defaultWsUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss:' : 'ws:'}//${host}/graphql`;
}

/** HTTP for queries and mutations, graphql-ws for subscriptions, both authenticated. */
export function createApolloClient(options: ApolloOptions): ApolloClient<NormalizedCacheObject> {
  const authHeader = () => {
    const token = options.getToken();
    return token ? `Bearer ${token}` : undefined;
  };

  const auth = new ApolloLink((operation, forward) => {
    const authorization = authHeader();
    if (authorization) {
      operation.setContext(({ headers }: { headers?: Record<string, string> }) => ({
        headers: { ...headers, authorization },
      }));
    }
    return forward(operation);
  });

  const http = new HttpLink({ uri: options.httpUrl ?? '/graphql' });
  // Lazy: the socket opens with the first subscription and closes after the last one, so a new
  // connection (and its connectionParams) always carries the current session's token.
  const ws = new GraphQLWsLink(
    createClient({
      url: options.wsUrl ?? defaultWsUrl(),
      lazy: true,
      connectionParams: () => {
        const authorization = authHeader();
        return authorization ? { authorization } : {};
      },
    }),
  );

  // A lost session is answered 401: its errors are in the network error's parsed body.
  const sessionGuard = onError(({ graphQLErrors, networkError }) => {
    const inBody = (networkError as { result?: { errors?: unknown } } | undefined)?.result?.errors;
    const errors = graphQLErrors?.length
      ? graphQLErrors
      : Array.isArray(inBody)
        ? (inBody as typeof graphQLErrors)
        : [];
    const lost = errors?.find((e) => isSessionError(e.extensions?.code));
    if (lost) {
      options.onSessionLost(String(lost.extensions?.code));
    }
  });

  const transport = split(
    ({ query }) => {
      const def = getMainDefinition(query);
      return def.kind === 'OperationDefinition' && def.operation === 'subscription';
    },
    ws,
    ApolloLink.from([auth, http]),
  );

  return new ApolloClient({
    link: ApolloLink.from([sessionGuard, transport]),
    cache: new InMemoryCache(),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}
