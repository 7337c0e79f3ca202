import type { InfraComponents } from '../infra/components.js';
import type { OidcProvider } from './auth/oidc-provider.js';
import type { IdentityWatch } from './auth/identity-watch.js';
import type { RateLimits } from './auth/rate-limits.js';
import type { SessionCache } from './auth/session-cache.js';

/** What identity keeps per running platform, beside the engines. */
export interface IdentityComponents extends InfraComponents {
  /** Public request and sign-in limits of this process. */
  rateLimits: RateLimits;
  /** The single sign-on provider (only when OIDC_ISSUER is set). */
  oidc?: OidcProvider;
  /** Changes of rights seen by this process (open subscriptions re-check on them). */
  identityWatch: IdentityWatch;
  /** Sessions read in the last seconds (see SessionCache: dropped on any change of rights). */
  sessions: SessionCache;
}
