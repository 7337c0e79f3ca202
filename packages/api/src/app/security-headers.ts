import type { RequestHandler } from 'express';
import helmet from 'helmet';

type Directives = Record<string, string[] | null>;

/**
 * Security headers (helmet) per surface:
 * - everything by default, the admin and GraphiQL included: never framed
 *   (`frame-ancestors 'none'` + `X-Frame-Options: DENY`), same-origin resources;
 * - `/widgets/` and `/opendata/` (public widgets and their PDFs): framable by any site, and
 *   readable cross-origin (`Cross-Origin-Resource-Policy: cross-origin`).
 * `/graphql` answers cross-origin reads too (CORS, see server.ts).
 */
export function securityHeaders(options: {
  publicUrl: string;
  oidcIssuer?: string;
}): RequestHandler {
  const https = options.publicUrl.startsWith('https:');
  const base: Directives = {
    'default-src': ["'self'"],
    'base-uri': ["'self'"],
    'connect-src': ["'self'"],
    'font-src': ["'self'", 'data:'],
    'img-src': ["'self'", 'data:', 'blob:'],
    'object-src': ["'none'"],
    'script-src': ["'self'"],
    'script-src-attr': ["'none'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'worker-src': ["'self'", 'blob:'],
    // Single sign-on is a link, but allow forms towards the provider too.
    'form-action': ["'self'", ...(options.oidcIssuer ? [new URL(options.oidcIssuer).origin] : [])],
    // Over plain HTTP (a machine on the local network) upgrading would break every request.
    'upgrade-insecure-requests': https ? [] : null,
  };
  const common = {
    hsts: https ? { maxAge: 15_552_000, includeSubDomains: false } : false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' as const },
    crossOriginEmbedderPolicy: false,
  };
  const closed = helmet({
    ...common,
    contentSecurityPolicy: {
      useDefaults: false,
      // The admin previews documents fetched with the session as blob: URLs in an iframe.
      directives: { ...base, 'frame-src': ["'self'", 'blob:'], 'frame-ancestors': ["'none'"] },
    },
    frameguard: { action: 'deny' },
    crossOriginResourcePolicy: { policy: 'same-origin' },
  });
  const framable = helmet({
    ...common,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: { ...base, 'frame-ancestors': ['*'] },
    },
    frameguard: false,
    crossOriginResourcePolicy: { policy: 'cross-origin' },
    crossOriginOpenerPolicy: false,
  });
  const api = helmet({
    ...common,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: { ...base, 'frame-ancestors': ["'none'"] },
    },
    frameguard: { action: 'deny' },
    crossOriginResourcePolicy: { policy: 'cross-origin' },
  });
  return (req, res, next) => {
    const p = req.path;
    if (p.startsWith('/widgets/') || p === '/widgets' || p.startsWith('/opendata/')) {
      framable(req, res, next);
    } else if (p === '/graphql') {
      api(req, res, next);
    } else {
      closed(req, res, next);
    }
  };
}
