import type http from 'node:http';
import { GraphQLError, parse, specifiedRules, validate, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Config } from '../core/config.js';
import { assertCanSubscribe } from '../identity/auth/event-access.js';
import { authServiceOf } from '../identity/identity.services.js';
import type { Components } from './components.js';
import { createContext, type GraphQLContext } from './context.js';
import {
  complexityOf,
  depthLimitRule,
  MAX_QUERY_TOKENS,
  rootFieldsRule,
} from './graphql-limits.js';

/** Largest WebSocket message (a subscription is a few hundred bytes). */
export const MAX_WS_MESSAGE_BYTES = 64 * 1024;
/** Subscriptions one socket may hold at once. */
export const MAX_SUBSCRIPTIONS_PER_SOCKET = 20;

function authorizationParam(params: Record<string, unknown> | undefined): string | undefined {
  return typeof params?.authorization === 'string' ? params.authorization : undefined;
}

/** Why a subscription operation is refused (size, tokens, not a subscription, depth, cost). */
export function checkSubscription(
  schema: GraphQLSchema,
  config: Config,
  payload: {
    query: string;
    operationName?: string | null;
    variables?: Record<string, unknown> | null;
  },
): GraphQLError | null {
  let document;
  try {
    document = parse(payload.query, { maxTokens: MAX_QUERY_TOKENS });
  } catch (err) {
    return err as GraphQLError;
  }
  const op = document.definitions.find(
    (d) =>
      d.kind === 'OperationDefinition' &&
      (!payload.operationName || d.name?.value === payload.operationName),
  );
  if (!op || op.kind !== 'OperationDefinition' || op.operation !== 'subscription') {
    return new GraphQLError(
      'Seules les souscriptions passent par WebSocket ; envoyez les requêtes en HTTP POST.',
      { extensions: { code: 'graphql/subscriptions_only' } },
    );
  }
  const errors = validate(schema, document, [
    ...specifiedRules,
    depthLimitRule(config.graphql.maxDepth),
    rootFieldsRule,
  ]);
  if (errors.length) {
    return errors[0]!;
  }
  const cost = complexityOf(schema, document, payload.operationName, payload.variables ?? {});
  return cost > config.graphql.maxComplexity
    ? new GraphQLError(`Souscription trop coûteuse (complexité ${cost}).`, {
        extensions: { code: 'graphql/too_complex' },
      })
    : null;
}

/**
 * The context of one subscription: built when it opens, and re-checked before an event is
 * delivered whenever someone's rights changed since (membership removed, account disabled,
 * session or key revoked). A caller who may no longer subscribe has the socket closed (4403).
 */
async function liveContext(
  components: Components,
  input: { authorization?: string; ip?: string; close: () => void },
): Promise<GraphQLContext> {
  const ctx = await createContext(components, input);
  let version = components.identityWatch.version;
  ctx.revalidate = async () => {
    if (components.identityWatch.version === version) {
      return true;
    }
    version = components.identityWatch.version;
    const fresh = await createContext(components, input).catch(() => null);
    try {
      assertCanSubscribe(fresh?.viewer ?? { kind: 'anonymous' });
    } catch {
      input.close();
      return false;
    }
    Object.assign(ctx, { viewer: fresh!.viewer, services: fresh!.services, em: fresh!.em });
    return true;
  };
  return ctx;
}

/** graphql-ws on the HTTP server's /graphql path; returns what stops it. */
export function startLiveSocket(
  httpServer: http.Server,
  schema: GraphQLSchema,
  components: Components,
) {
  // A subscription message is small: bound it before anything reads it (the library's default
  // is 100 MiB).
  const wsServer = new WebSocketServer({
    server: httpServer,
    path: '/graphql',
    maxPayload: MAX_WS_MESSAGE_BYTES,
  });
  return useServer<Record<string, unknown>, { subscriptions?: number }>(
    {
      schema,
      // Subscriptions are for staff: the caller is authenticated when the socket opens, before
      // any operation is parsed; anonymous sockets are closed (4403).
      onConnect: async (ctx) => {
        const authorization = authorizationParam(ctx.connectionParams);
        const em = components.orm.em.fork();
        const viewer = await authServiceOf(em, components)
          .authenticate(authorization, ctx.extra.request.socket.remoteAddress)
          .catch(() => null);
        return !!viewer && viewer.kind !== 'anonymous';
      },
      // The WebSocket carries subscriptions only: queries and mutations go through HTTP. Each
      // operation gets the limits HTTP applies (size, tokens, depth, complexity), and a socket
      // holds a bounded number of them.
      onSubscribe: (ctx, _id, payload) => {
        const refused = checkSubscription(schema, components.config, payload);
        if (refused) {
          return [refused];
        }
        if ((ctx.extra.subscriptions ?? 0) >= MAX_SUBSCRIPTIONS_PER_SOCKET) {
          return [
            new GraphQLError(
              `${MAX_SUBSCRIPTIONS_PER_SOCKET} souscriptions au plus par connexion.`,
              { extensions: { code: 'graphql/too_many_subscriptions' } },
            ),
          ];
        }
        ctx.extra.subscriptions = (ctx.extra.subscriptions ?? 0) + 1;
        return undefined;
      },
      onComplete: (ctx) => {
        ctx.extra.subscriptions = Math.max(0, (ctx.extra.subscriptions ?? 1) - 1);
      },
      context: (ctx) =>
        liveContext(components, {
          authorization: authorizationParam(ctx.connectionParams),
          ip: ctx.extra.request.socket.remoteAddress,
          close: () => ctx.extra.socket.close(4403, 'Droits retirés'),
        }),
    },
    wsServer,
  );
}
