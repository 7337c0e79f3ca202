import * as oidc from 'openid-client';
import type { Config } from '../../core/config.js';

export type OidcConfig = NonNullable<Config['oidc']>;

/** Where a browser starts single sign-on, and where the provider sends it back. */
export const OIDC_LOGIN_PATH = '/auth/oidc/login';
export const OIDC_CALLBACK_PATH = '/auth/oidc/callback';

function isLoopback(url: URL): boolean {
  return ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}

/** The provider's metadata, discovered once per running platform (again after a failure). */
export class OidcProvider {
  private pending: Promise<oidc.Configuration> | undefined;

  constructor(readonly cfg: OidcConfig) {}

  configuration(): Promise<oidc.Configuration> {
    if (!this.pending) {
      const issuer = new URL(this.cfg.issuer);
      const pending = oidc.discovery(
        issuer,
        this.cfg.clientId,
        undefined,
        oidc.ClientSecretPost(this.cfg.clientSecret),
        {
          // Plain HTTP only for a provider on this machine (development, tests).
          execute:
            issuer.protocol === 'http:' && isLoopback(issuer) ? [oidc.allowInsecureRequests] : [],
        },
      );
      pending.catch(() => {
        if (this.pending === pending) {
          this.pending = undefined;
        }
      });
      this.pending = pending;
    }
    return this.pending;
  }
}
