import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createOutboundFetch,
  isPrivateHost,
  isPublicAddress,
  PrivateAddressError,
  publicOnlyLookup,
} from './outbound-fetch.js';

describe('isPublicAddress', () => {
  it.each([
    '127.0.0.1',
    '10.1.2.3',
    '172.20.0.5',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '::1',
    '::',
    'fe80::1',
    'fd00::1',
    '::ffff:127.0.0.1',
    '[::1]',
    'not-an-ip',
  ])('refuses %s', (ip) => expect(isPublicAddress(ip)).toBe(false));

  it.each(['8.8.8.8', '193.51.24.1', '2001:4860:4860::8888', '::ffff:8.8.4.4'])(
    'lets %s through',
    (ip) => expect(isPublicAddress(ip)).toBe(true),
  );

  it('names: localhost in every spelling, IP literals', () => {
    for (const h of ['localhost', 'LOCALHOST.', 'a.localhost', '[::1]', '127.1.2.3', '10.0.0.1']) {
      expect(isPrivateHost(h), h).toBe(true);
    }
    expect(isPrivateHost('www.data.gouv.fr')).toBe(false);
  });
});

describe('createOutboundFetch', () => {
  let server: Server;
  let base: string;
  let hits: string[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      hits.push(req.url ?? '');
      if (req.url === '/redirect') {
        res.writeHead(302, { location: '/secret' }).end();
      } else if (req.url === '/loop') {
        res.writeHead(301, { location: '/loop' }).end();
      } else {
        res.writeHead(200, { 'content-type': 'text/plain' }).end(`ok ${req.url}`);
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  });

  it('refuses a URL naming a loopback address without connecting', async () => {
    const f = createOutboundFetch({ allowPrivate: () => false });
    hits = [];
    const port = (server.address() as AddressInfo).port;
    for (const url of [`${base}/x`, `http://localhost:${port}/x`, `http://localhost.:${port}/x`]) {
      await expect(f(url)).rejects.toBeInstanceOf(PrivateAddressError);
    }
    expect(hits).toEqual([]);
    await f.close();
  });

  it('refuses a DNS name that resolves to a private address (checked at connect time)', async () => {
    const err = await new Promise<Error | null>((resolve) =>
      publicOnlyLookup('localhost', { all: true }, (e) => resolve(e)),
    );
    expect(err).toBeInstanceOf(PrivateAddressError);
    expect(err?.message).toMatch(/^Adresse refusée : localhost désigne un réseau privé/);
  });

  it('checks every redirect hop: a public first hop redirecting inwards is refused', async () => {
    let calls = 0;
    // First hop allowed (stands for a public host), every later hop judged as in production.
    const f = createOutboundFetch({ allowPrivate: () => calls++ === 0 });
    hits = [];
    await expect(f(`${base}/redirect`)).rejects.toBeInstanceOf(PrivateAddressError);
    expect(hits).toEqual(['/redirect']);
    await f.close();
  });

  it('when allowed, follows redirects (bounded) and answers', async () => {
    const f = createOutboundFetch({ allowPrivate: () => true, maxRedirects: 3 });
    const res = await f(`${base}/redirect`);
    expect(await res.text()).toBe('ok /secret');
    await expect(f(`${base}/loop`)).rejects.toThrow('La source redirige plus de 3 fois.');
    await f.close();
  });
});
