import type { EntityManager } from '@mikro-orm/core';
import * as oidc from 'openid-client';
import { childLogger } from '../../core/logger.js';
import type { IdentityComponents } from '../identity.components.js';
import { createIdentityServices } from '../identity.services.js';
import { OidcLoginError } from './oidc-error.js';
import { OIDC_CALLBACK_PATH, type OidcConfig, type OidcProvider } from '../auth/oidc-provider.js';
import { OidcLogin } from '../auth/oidc-login.entity.js';
import { provisionOidcUser } from './oidc-provisioning.js';
import { hashToken, newToken } from '../auth/tokens.js';
import { systemViewer } from '../../core/viewer.js';

const log = childLogger('oidc');
/** Time allowed between the redirect to the provider and its answer. */
const AUTH_REQUEST_TTL_MS = 10 * 60_000;
/** Time allowed to the admin to exchange the one-time login code. */
const LOGIN_CODE_TTL_MS = 60_000;

/**
 * OpenID Connect single sign-on (Keycloak, ProConnect): authorization code + PKCE + nonce, the
 * request bound to the browser by a cookie; the answer provisions the user (just in time) and
 * yields a one-time login code, never a session token in a URL.
 */
export class OidcService {
  private readonly cfg: OidcConfig;
  private readonly provider: OidcProvider;

  constructor(
    private readonly em: EntityManager,
    private readonly components: IdentityComponents,
  ) {
    if (!components.oidc) {
      throw new Error('OIDC is not configured');
    }
    this.provider = components.oidc;
    this.cfg = components.oidc.cfg;
  }

  private redirectUri(): string {
    return `${this.components.config.publicUrl}${OIDC_CALLBACK_PATH}`;
  }

  /** Starts a sign-in: the provider URL to redirect to, and the secret to set in the browser cookie. */
  async start(): Promise<{ url: string; browserSecret: string }> {
    const config = await this.provider.configuration();
    const codeVerifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const browserSecret = newToken('oidc');
    await this.em.nativeDelete(OidcLogin, {
      expiresAt: { $lt: new Date(Date.now() - 86_400_000) },
    });
    this.em.create(OidcLogin, {
      stateHash: hashToken(state),
      browserHash: hashToken(browserSecret),
      codeVerifier,
      nonce,
      expiresAt: new Date(Date.now() + AUTH_REQUEST_TTL_MS),
    });
    await this.em.flush();
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: this.redirectUri(),
      scope: this.cfg.scopes,
      response_type: 'code',
      code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return { url: url.href, browserSecret };
  }

  /** Handles the provider's answer; returns the one-time login code for the admin. */
  async finish(query: URLSearchParams, browserSecret: string | undefined): Promise<string> {
    if (query.get('error')) {
      throw new OidcLoginError('denied', `provider refused: ${query.get('error')}`);
    }
    const state = query.get('state') ?? '';
    const login = state ? await this.em.findOne(OidcLogin, { stateHash: hashToken(state) }) : null;
    if (!login || login.user || login.usedAt || login.expiresAt <= new Date()) {
      throw new OidcLoginError('expired', 'unknown, used or expired state');
    }
    if (!browserSecret || hashToken(browserSecret) !== login.browserHash) {
      throw new OidcLoginError(
        'browser_mismatch',
        'the answer reached another browser than the request',
      );
    }
    login.usedAt = new Date();
    await this.em.flush();
    const config = await this.provider.configuration();
    const currentUrl = new URL(`${this.redirectUri()}?${query.toString()}`);
    let claims: Record<string, unknown>;
    try {
      const tokens = await oidc.authorizationCodeGrant(config, currentUrl, {
        pkceCodeVerifier: login.codeVerifier,
        expectedState: state,
        expectedNonce: login.nonce,
        idTokenExpected: true,
      });
      const idClaims = tokens.claims()!;
      const userinfo = await oidc.fetchUserInfo(config, tokens.access_token, idClaims.sub);
      claims = { ...userinfo, ...idClaims };
    } catch (err) {
      log.warn({ err }, 'OIDC code exchange failed');
      throw new OidcLoginError('failed', (err as Error).message);
    }
    const services = createIdentityServices(
      this.em,
      this.components,
      systemViewer('authentification unique'),
    );
    const user = await provisionOidcUser(
      this.em,
      services.memberships,
      services.audit,
      { issuer: this.cfg.issuer, claims, rules: this.cfg.roleMapping },
      services.identityChanged,
    );
    const code = newToken('login');
    login.user = user;
    login.usedAt = null;
    login.loginCodeHash = hashToken(code);
    login.expiresAt = new Date(Date.now() + LOGIN_CODE_TTL_MS);
    await this.em.flush();
    log.info({ userId: user.id }, 'single sign-on succeeded');
    return code;
  }
}
