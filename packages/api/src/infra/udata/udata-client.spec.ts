import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UdataClient, UdataError } from './udata-client.js';

/** A server answering from a script: one [status, headers, body, delayMs] per call. */
let script: [number, Record<string, string>, unknown, number?][] = [];
const seen: { method: string; key: string | undefined }[] = [];
let server: Server;
let baseUrl = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ method: req.method ?? '', key: req.headers['x-api-key'] as string | undefined });
    const [status, headers, body, delay] = script.shift() ?? [200, {}, {}];
    setTimeout(() => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(body));
    }, delay ?? 0);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/1`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

const client = (waits: number[] = []) =>
  new UdataClient({
    baseUrl,
    apiKey: 'udata_secret',
    timeoutMs: 200,
    minIntervalMs: 0,
    retryBaseMs: 1,
    sleep: async (ms) => {
      waits.push(ms);
    },
  });

describe('UdataClient', () => {
  it('retries a 503 and honours Retry-After on a 429, sending the key each time', async () => {
    seen.length = 0;
    script = [
      [503, {}, { message: 'down' }],
      [429, { 'retry-after': '7' }, { message: 'slow down' }],
      [200, {}, { id: 'u1' }],
    ];
    const waits: number[] = [];
    expect(await client(waits).me()).toEqual({ id: 'u1' });
    // Back-off before each retry; the 429's Retry-After (7 s) wins over the back-off.
    expect(waits).toContain(7000);
    expect(seen.map((s) => s.key)).toEqual(['udata_secret', 'udata_secret', 'udata_secret']);
  });

  it('never repeats a creation whose answer was lost: the error says it is ambiguous', async () => {
    seen.length = 0;
    script = [[201, {}, { id: 'd1' }, 500]];
    const err = await client()
      .createDataset({} as never)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UdataError);
    expect(err).toMatchObject({ kind: 'timeout', ambiguous: true });
    expect(seen).toHaveLength(1);
  });

  it('gives 401, 410 and validation errors their kind and the remote message, key-free', async () => {
    script = [[401, {}, { message: 'Expired API token' }]];
    const auth = await client()
      .me()
      .catch((e: UdataError) => e);
    expect(auth).toMatchObject({ kind: 'auth', status: 401, detail: 'Expired API token' });
    script = [[410, {}, { message: 'Dataset has been deleted' }]];
    expect(
      await client()
        .dataset('x')
        .catch((e: UdataError) => e.kind),
    ).toBe('gone');
    script = [[400, {}, { errors: { tags: ['too short'] } }]];
    const invalid = await client()
      .updateDataset('x', {})
      .catch((e: UdataError) => e);
    expect(invalid).toMatchObject({ kind: 'invalid', detail: '{"tags":["too short"]}' });
    expect(String(invalid) + JSON.stringify(invalid)).not.toContain('udata_secret');
  });
});
