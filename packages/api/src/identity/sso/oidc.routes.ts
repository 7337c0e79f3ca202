import type { Express, Request, Response } from 'express';
import type { IdentityComponents } from '../identity.components.js';
import { childLogger } from '../../core/logger.js';
import { OidcLoginError } from './oidc-error.js';
import { OIDC_CALLBACK_PATH, OIDC_LOGIN_PATH } from '../auth/oidc-provider.js';
import { OidcService } from './oidc.service.js';

const log = childLogger('oidc');
/** The admin's sign-in page: it reads `#sso_code=` (then calls exchangeLoginCode) or `?sso_error=`. */
export const ADMIN_SIGN_IN_PATH = '/admin/connexion';
const COOKIE = 'oidc_browser';

function cookieOf(req: Request, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) {
      return decodeURIComponent(v.join('='));
    }
  }
  return undefined;
}

function setBrowserCookie(res: Response, value: string, secure: boolean, maxAge: number): void {
  res.append(
    'Set-Cookie',
    `${COOKIE}=${encodeURIComponent(value)}; Path=/auth/oidc; HttpOnly; SameSite=Lax; Max-Age=${maxAge}${secure ? '; Secure' : ''}`,
  );
}

/**
 * GET /auth/oidc/login → redirect to the provider; GET /auth/oidc/callback → provisions the
 * user and redirects to the admin sign-in page with a one-time code in the URL fragment
 * (never sent to a server, never a session token).
 */
export function oidcRoutes(components: IdentityComponents) {
  return (app: Express) => {
    const config = components.config;
    const secure = config.publicUrl.startsWith('https:');
    const fail = (res: Response, reason: string) =>
      res.redirect(
        302,
        `${config.publicUrl}${ADMIN_SIGN_IN_PATH}?sso_error=${encodeURIComponent(reason)}`,
      );

    app.get([OIDC_LOGIN_PATH, OIDC_CALLBACK_PATH], async (req, res, next) => {
      res.setHeader('Cache-Control', 'no-store');
      res.setHeader('Referrer-Policy', 'no-referrer');
      if (!config.oidc) {
        res
          .status(404)
          .type('text/plain; charset=utf-8')
          .send('Authentification unique non configurée.');
        return;
      }
      const limited = await components.rateLimits.request('anonymous', req.ip ?? 'unknown');
      if (!limited.ok) {
        res.setHeader('Retry-After', String(limited.retryAfterSeconds));
        res
          .status(429)
          .type('text/plain; charset=utf-8')
          .send('Trop de requêtes : réessayez dans un instant.');
        return;
      }
      next();
    });

    app.get(OIDC_LOGIN_PATH, async (_req, res) => {
      try {
        const { url, browserSecret } = await new OidcService(
          components.orm.em.fork(),
          components,
        ).start();
        setBrowserCookie(res, browserSecret, secure, 600);
        res.redirect(302, url);
      } catch (err) {
        log.error({ err }, 'cannot start single sign-on (provider unreachable?)');
        fail(res, 'unavailable');
      }
    });

    app.get(OIDC_CALLBACK_PATH, async (req, res) => {
      setBrowserCookie(res, '', secure, 0);
      try {
        const query = new URL(req.originalUrl, 'http://callback.invalid').searchParams;
        const code = await new OidcService(components.orm.em.fork(), components).finish(
          query,
          cookieOf(req, COOKIE),
        );
        res.redirect(
          302,
          `${config.publicUrl}${ADMIN_SIGN_IN_PATH}#sso_code=${encodeURIComponent(code)}`,
        );
      } catch (err) {
        const reason = err instanceof OidcLoginError ? err.reason : 'failed';
        log.warn({ err, reason }, 'single sign-on refused');
        fail(res, reason);
      }
    });
  };
}
