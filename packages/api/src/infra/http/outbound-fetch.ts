import dns from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import type * as Undici from 'undici';

/**
 * Fetching a URL that a user typed (an organisation's DECP source) without letting them reach
 * the platform's own network (SSRF): loopback, private, link-local (cloud metadata), CGNAT,
 * multicast and reserved addresses are refused, whether the URL names them, a DNS name resolves
 * to them (checked on the address actually connected, so DNS rebinding cannot slip through) or a
 * redirect points at them (redirects are followed here, one hop at a time, each checked).
 */

const BLOCKED = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  BLOCKED.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b::', 96],
  ['100::', 64],
  ['2001:db8::', 32],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
] as const) {
  BLOCKED.addSubnet(net, prefix, 'ipv6');
}

/** True when an IP address may be reached from the platform (a public unicast address). */
export function isPublicAddress(address: string): boolean {
  const ip = address.replace(/^\[|\]$/g, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) {
    return isPublicAddress(mapped[1]!);
  }
  const family = isIP(ip);
  if (family === 0) {
    return false;
  }
  return !BLOCKED.check(ip, family === 4 ? 'ipv4' : 'ipv6');
}

/** A URL host that names a non-public address outright (an IP literal, `localhost`). */
export function isPrivateHost(hostname: string): boolean {
  const host = hostname
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '')
    .toLowerCase();
  if (isIP(host) !== 0) {
    return !isPublicAddress(host);
  }
  return host === 'localhost' || host.endsWith('.localhost');
}

/** Raised when a URL, its DNS answer or a redirect leads to a refused address. */
export class PrivateAddressError extends Error {
  readonly code = 'EPRIVATEADDRESS';
  constructor(readonly host: string) {
    super(`Adresse refusée : ${host} désigne un réseau privé ou réservé.`);
    this.name = 'PrivateAddressError';
  }
}

/** `net.connect`'s lookup that refuses a name resolving to any non-public address. */
export const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  dns.lookup(hostname, { ...options, all: true }, (err, addresses) => {
    if (err) {
      callback(err, '', 4);
      return;
    }
    const list = addresses as dns.LookupAddress[];
    if (list.length === 0 || list.some((a) => !isPublicAddress(a.address))) {
      callback(new PrivateAddressError(hostname), '', 4);
      return;
    }
    if ((options as dns.LookupOptions).all) {
      (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, list);
    } else {
      callback(null, list[0]!.address, list[0]!.family);
    }
  });
};

export interface OutboundOptions {
  /** Lets loopback and private addresses through (tests against a local server, intranets). */
  allowPrivate: () => boolean;
  maxRedirects?: number;
}

export type OutboundInit = Omit<NonNullable<Parameters<typeof Undici.fetch>[1]>, 'redirect'>;

let undici: Promise<typeof Undici> | undefined;
/** undici loads with the first outbound request (a DECP source), not at start-up. */
const loadUndici = () => (undici ??= import('undici'));

/** A fetch for user-supplied URLs: see the module's comment. Close it with `close()`. */
export function createOutboundFetch(opts: OutboundOptions) {
  let guarded: Undici.Agent | undefined;
  let open: Undici.Agent | undefined;
  const maxRedirects = opts.maxRedirects ?? 5;

  function check(url: URL): void {
    if (!opts.allowPrivate() && isPrivateHost(url.hostname)) {
      throw new PrivateAddressError(url.hostname);
    }
  }

  async function outboundFetch(input: string, init: OutboundInit = {}): Promise<Undici.Response> {
    const { Agent, fetch } = await loadUndici();
    let url = new URL(input);
    for (let hop = 0; ; hop++) {
      check(url);
      const dispatcher = opts.allowPrivate()
        ? (open ??= new Agent())
        : (guarded ??= new Agent({ connect: { lookup: publicOnlyLookup } }));
      const res = await fetch(url, { ...init, redirect: 'manual', dispatcher });
      const location = res.headers.get('location');
      if (res.status < 300 || res.status > 399 || res.status === 304 || !location) {
        return res;
      }
      await res.body?.cancel();
      if (hop >= maxRedirects) {
        throw new Error(`La source redirige plus de ${maxRedirects} fois.`);
      }
      const next = new URL(location, url);
      if (next.protocol !== 'https:' && next.protocol !== url.protocol) {
        throw new Error('La source redirige vers une adresse non sécurisée.');
      }
      url = next;
    }
  }

  async function close(): Promise<void> {
    await Promise.all([guarded?.close(), open?.close()]);
  }

  return Object.assign(outboundFetch, { close });
}

export type OutboundFetch = ReturnType<typeof createOutboundFetch>;
