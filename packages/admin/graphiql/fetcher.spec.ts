import { parse } from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { authorizationOf, createFetcher, operationOf, urlsFromLocation } from './fetcher';

describe('GraphiQL fetcher', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('derives same-origin endpoints', () => {
    expect(urlsFromLocation({ protocol: 'https:', host: 'od.example.fr' })).toEqual({
      http: '/graphql',
      ws: 'wss://od.example.fr/graphql',
    });
    expect(urlsFromLocation({ protocol: 'http:', host: '127.0.0.1:3000' }).ws).toBe(
      'ws://127.0.0.1:3000/graphql',
    );
  });

  it('finds the Authorization header whatever its case', () => {
    expect(authorizationOf({ authorization: 'Bearer a' })).toBe('Bearer a');
    expect(authorizationOf({ AUTHORIZATION: 'Bearer b' })).toBe('Bearer b');
    expect(authorizationOf({ 'x-other': '1' })).toBeUndefined();
    expect(authorizationOf(undefined)).toBeUndefined();
  });

  it('posts queries over HTTP with the headers typed in the editor', async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ data: { ok: true } })));
    vi.stubGlobal('fetch', fetchMock);
    const fetcher = createFetcher({ http: '/graphql', ws: 'ws://unused/graphql' });
    const result = await fetcher(
      { query: '{ ok }', operationName: null },
      { headers: { Authorization: 'Bearer t' } },
    );
    expect(result).toEqual({ data: { ok: true } });
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/graphql');
    expect(init.method).toBe('POST');
    expect((init.headers as Record<string, string>).Authorization).toBe('Bearer t');
    expect(JSON.parse(String(init.body))).toEqual({ query: '{ ok }' });
  });

  it('drops an operation name the document no longer has', async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ data: {} })));
    vi.stubGlobal('fetch', fetchMock);
    const fetcher = createFetcher({ http: '/graphql', ws: 'ws://unused/graphql' });
    await fetcher({ query: '{ ok }', operationName: 'Gone' });
    await fetcher({ query: 'query A { a } query B { b }', operationName: 'B' });
    const bodies = fetchMock.mock.calls.map((c) =>
      JSON.parse(String((c as unknown as [string, RequestInit])[1].body)),
    );
    expect(bodies.map((b) => b.operationName)).toEqual([undefined, 'B']);
  });

  it('sends a subscription pasted over a query to the WebSocket, whatever the stale AST says', async () => {
    const fetchMock = vi.fn(async () => new Response('{}'));
    vi.stubGlobal('fetch', fetchMock);
    expect(operationOf('subscription { depositProcessed { depositId } }', null).kind).toBe(
      'subscription',
    );
    const fetcher = createFetcher({ http: '/graphql', ws: 'ws://127.0.0.1:9/graphql' });
    const stale = parse('{ publicOrganization(siren: "1") { name } }');
    const result = fetcher(
      { query: 'subscription { depositProcessed { depositId } }', operationName: null },
      { documentAST: stale },
    );
    // An async iterator from graphql-ws, not an HTTP request.
    expect(Symbol.asyncIterator in (result as object)).toBe(true);
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
