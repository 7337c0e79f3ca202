import type { GraphiQLProps } from 'graphiql';
import { getOperationAST, parse, type DocumentNode } from 'graphql';
import { createClient, type Client } from 'graphql-ws';

type Fetcher = GraphiQLProps['fetcher'];
type Headers = Record<string, unknown>;

export interface FetcherUrls {
  http: string;
  ws: string;
}

/** Same origin as the page: `/graphql` and `ws(s)://host/graphql`. */
export function urlsFromLocation(location: Pick<Location, 'protocol' | 'host'>): FetcherUrls {
  const ws = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return { http: '/graphql', ws: `${ws}//${location.host}/graphql` };
}

/** The Authorization value from GraphiQL's headers editor, whatever its case. */
export function authorizationOf(headers: Headers | undefined): string | undefined {
  const entry = Object.entries(headers ?? {}).find(([k]) => k.toLowerCase() === 'authorization');
  return typeof entry?.[1] === 'string' && entry[1].length > 0 ? entry[1] : undefined;
}

interface Operation {
  kind: 'query' | 'mutation' | 'subscription' | undefined;
  /** The operation name to send: only one that names an operation of the document. */
  name: string | undefined;
}

/**
 * The operation the text runs. Always parsed from the text sent: GraphiQL's `documentAST` is
 * updated after a delay, so right after a paste it still describes the previous document (a
 * subscription pasted over a query went out over HTTP).
 */
export function operationOf(query: string, operationName: string | null | undefined): Operation {
  try {
    const document: DocumentNode = parse(query);
    const op = getOperationAST(document, operationName ?? undefined) ?? getOperationAST(document);
    return { kind: op?.operation, name: op?.name?.value };
  } catch {
    // Unparsable: let the server report the syntax error.
    return { kind: undefined, name: operationName ?? undefined };
  }
}

/**
 * Queries and mutations over HTTP with the editor's headers; subscriptions over graphql-ws, the
 * Authorization header going into `connectionParams` (one socket per distinct value).
 */
export function createFetcher(urls: FetcherUrls): Fetcher {
  const sockets = new Map<string, Client>();
  const socketFor = (authorization: string | undefined): Client => {
    const key = authorization ?? '';
    let client = sockets.get(key);
    if (!client) {
      client = createClient({
        url: urls.ws,
        lazy: true,
        connectionParams: authorization ? { authorization } : {},
      });
      sockets.set(key, client);
    }
    return client;
  };

  return (params, opts) => {
    // GraphiQL may keep the name of an operation that was since edited away.
    const op = operationOf(params.query, params.operationName);
    const request = {
      query: params.query,
      variables: params.variables ?? undefined,
      operationName: op.name,
    };
    if (op.kind === 'subscription') {
      // Wire-format results; GraphiQL's type names graphql-js errors but only reads JSON.
      return socketFor(authorizationOf(opts?.headers)).iterate(
        request,
      ) as unknown as ReturnType<Fetcher>;
    }
    return fetch(urls.http, {
      method: 'POST',
      headers: {
        accept: 'application/graphql-response+json, application/json',
        'content-type': 'application/json',
        ...(opts?.headers as Record<string, string> | undefined),
      },
      body: JSON.stringify(request),
    }).then((res) => res.json());
  };
}
