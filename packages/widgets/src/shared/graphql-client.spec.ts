import { describe, expect, it, vi } from 'vitest';
import type { StringDocument } from './graphql-client';
import { GraphQLRequestError, createGraphQLClient, isAbortError } from './graphql-client';

const Doc = new String(
  'query Q($siren: String!) { org(siren: $siren) { name } }',
) as StringDocument<{ org: { name: string } | null }, { siren: string }>;

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('graphql-client', () => {
  it('posts the document and variables and returns typed data', async () => {
    const fetchMock = vi.fn(async (_url: string | URL | Request, _init?: RequestInit) =>
      json({ data: { org: { name: 'Commune de Test' } } }),
    );
    const client = createGraphQLClient({ url: '/api/graphql', fetch: fetchMock });
    const data = await client.request(Doc, { siren: '123456789' });
    expect(data.org?.name).toBe('Commune de Test');
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/api/graphql');
    expect(init?.method).toBe('POST');
    expect(JSON.parse(String(init?.body))).toEqual({
      query: Doc.toString(),
      variables: { siren: '123456789' },
    });
  });

  it('turns GraphQL errors into coded errors with the api message', async () => {
    const client = createGraphQLClient({
      fetch: async () =>
        json({ errors: [{ message: 'Trop de requêtes.', extensions: { code: 'rate/limited' } }] }),
    });
    const err = await client.request(Doc, { siren: '1' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GraphQLRequestError);
    expect(err).toMatchObject({ code: 'rate/limited', message: 'Trop de requêtes.' });
  });

  it('reports HTTP and network failures in French', async () => {
    const http = createGraphQLClient({ fetch: async () => new Response('oops', { status: 502 }) });
    await expect(http.request(Doc, { siren: '1' })).rejects.toMatchObject({
      code: 'http/502',
      message: expect.stringMatching(/erreur/),
    });
    const down = createGraphQLClient({
      fetch: async () => {
        throw new TypeError('Failed to fetch');
      },
    });
    await expect(down.request(Doc, { siren: '1' })).rejects.toMatchObject({
      code: 'network/unreachable',
      message: expect.stringMatching(/injoignable/),
    });
  });

  it('aborts on the caller signal and on timeout', async () => {
    const hanging = (_url: string | URL | Request, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () =>
          reject(new DOMException('aborted', 'AbortError')),
        );
      });
    const client = createGraphQLClient({ fetch: hanging, timeoutMs: 50 });
    const controller = new AbortController();
    const pending = client.request(Doc, { siren: '1' }, { signal: controller.signal });
    controller.abort();
    const aborted = await pending.catch((e: unknown) => e);
    expect(isAbortError(aborted)).toBe(true);

    await expect(client.request(Doc, { siren: '1' })).rejects.toMatchObject({
      code: 'network/timeout',
    });
  });
});
