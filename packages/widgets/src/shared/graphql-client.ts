import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';

/** A generated string document (codegen `documentMode: 'string'`), typed by result and variables. */
export type StringDocument<TResult, TVariables> = DocumentTypeDecoration<TResult, TVariables> & {
  toString(): string;
};

/** A failed request, with a stable code and a French message fit for citizens. */
export class GraphQLRequestError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'GraphQLRequestError';
  }
}

export const NETWORK_MESSAGE = 'Le service est momentanément injoignable. Réessayez plus tard.';
export const TIMEOUT_MESSAGE = 'Le service met trop de temps à répondre. Réessayez plus tard.';
export const SERVER_MESSAGE = 'Le service a rencontré une erreur. Réessayez plus tard.';

export interface GraphQLClientOptions {
  /** Endpoint; `/graphql` (same origin as the widget page) by default. */
  url?: string;
  /** Abort a request after this many milliseconds (15 s by default). */
  timeoutMs?: number;
  /** Injected in tests; the global fetch otherwise. */
  fetch?: typeof fetch;
}

export interface RequestOptions {
  /** Cancels the request; the promise then rejects with the signal's reason (an AbortError). */
  signal?: AbortSignal;
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message?: string; extensions?: { code?: unknown } }[];
}

export function isAbortError(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

/** A tiny typed GraphQL-over-HTTP client: POST JSON with fetch, no cache, no dependency. */
export function createGraphQLClient(options: GraphQLClientOptions = {}) {
  const url = options.url ?? '/graphql';
  const timeoutMs = options.timeoutMs ?? 15_000;

  async function request<TResult, TVariables>(
    document: StringDocument<TResult, TVariables>,
    variables: TVariables,
    { signal }: RequestOptions = {},
  ): Promise<TResult> {
    const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const forward = () => controller.abort(signal?.reason);
    if (signal?.aborted) {
      forward();
    }
    signal?.addEventListener('abort', forward, { once: true });

    let response: Response;
    let body: GraphQLResponse<TResult> | undefined;
    try {
      response = await doFetch(url, {
        method: 'POST',
        headers: {
          accept: 'application/graphql-response+json, application/json',
          'content-type': 'application/json',
        },
        body: JSON.stringify({ query: document.toString(), variables }),
        signal: controller.signal,
      });
      body = (await response.json().catch(() => undefined)) as GraphQLResponse<TResult> | undefined;
    } catch (error) {
      if (signal?.aborted) {
        throw signal.reason ?? error;
      }
      throw timedOut
        ? new GraphQLRequestError('network/timeout', TIMEOUT_MESSAGE)
        : new GraphQLRequestError('network/unreachable', NETWORK_MESSAGE);
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', forward);
    }

    const first = body?.errors?.[0];
    if (first) {
      const code =
        typeof first.extensions?.code === 'string' ? first.extensions.code : 'graphql/error';
      throw new GraphQLRequestError(code, first.message ?? SERVER_MESSAGE, response.status);
    }
    if (!response.ok || !body || body.data == null) {
      throw new GraphQLRequestError(`http/${response.status}`, SERVER_MESSAGE, response.status);
    }
    return body.data;
  }

  return { request };
}

export type GraphQLClient = ReturnType<typeof createGraphQLClient>;
