import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { Config } from '../../core/config.js';
import type { Viewer } from '../../core/viewer.js';
import { RateLimitedError } from '../../core/errors.js';

const LOGIN_WINDOW_SECONDS = 15 * 60;

/** Outcome of one request against a limit. */
export type LimitOutcome = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * In-memory rate limits of one api process (several processes each keep their own, which
 * multiplies the effective limit by their number).
 * - `request`: public GraphQL traffic, per IP for anonymous callers, per key for API keys;
 * - `loginFailures`: failed sign-ins and unknown bearer tokens, per IP.
 */
export class RateLimits {
  private readonly anonymous?: RateLimiterMemory;
  private readonly apiKey?: RateLimiterMemory;
  private readonly login?: RateLimiterMemory;

  constructor(config: Config['rateLimits']) {
    const duration = config.windowSeconds;
    if (config.anonymousPerIp > 0) {
      this.anonymous = new RateLimiterMemory({
        keyPrefix: 'ip',
        points: config.anonymousPerIp,
        duration,
      });
    }
    if (config.perApiKey > 0) {
      this.apiKey = new RateLimiterMemory({ keyPrefix: 'key', points: config.perApiKey, duration });
    }
    if (config.loginFailuresPerIp > 0) {
      this.login = new RateLimiterMemory({
        keyPrefix: 'login',
        points: config.loginFailuresPerIp,
        duration: LOGIN_WINDOW_SECONDS,
      });
    }
  }

  /**
   * Counts one request of an anonymous caller (by IP) or of an API key (by key hash), `points`
   * worth (an expensive operation counts for several requests).
   */
  async request(kind: 'anonymous' | 'apikey', key: string, points = 1): Promise<LimitOutcome> {
    const limiter = kind === 'anonymous' ? this.anonymous : this.apiKey;
    return limiter && points > 0 ? outcome(() => limiter.consume(key, points)) : { ok: true };
  }

  /** Throws `auth/too_many_attempts` when this IP failed to sign in too often. */
  async assertLoginAllowed(ip: string | undefined): Promise<void> {
    if (!this.login || !ip) {
      return;
    }
    const res = await this.login.get(ip);
    if (res && res.consumedPoints >= this.login.points) {
      throw tooManyAttempts(Math.ceil(res.msBeforeNext / 1000));
    }
  }

  /** Records one failed sign-in (or unknown token) from this IP. */
  async loginFailed(ip: string | undefined): Promise<void> {
    if (this.login && ip) {
      await this.login.penalty(ip);
    }
  }
}

async function outcome(run: () => Promise<RateLimiterRes>): Promise<LimitOutcome> {
  try {
    await run();
    return { ok: true };
  } catch (err) {
    if (err instanceof RateLimiterRes) {
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(err.msBeforeNext / 1000)) };
    }
    throw err;
  }
}

function tooManyAttempts(retryAfterSeconds: number): RateLimitedError {
  return new RateLimitedError(
    'auth/too_many_attempts',
    `Trop de tentatives de connexion depuis cette adresse. Réessayez dans ${Math.ceil(retryAfterSeconds / 60)} minute(s).`,
    { retryAfterSeconds },
  );
}

/**
 * Public traffic limit of one GraphQL request: anonymous callers per IP, API keys per key
 * (public:read keys included); staff sessions are not limited. Throws `graphql/rate_limited`
 * (HTTP 429 with Retry-After).
 */
export async function enforceRequestLimit(
  limits: RateLimits,
  viewer: Viewer,
  ip: string | undefined,
  points = 1,
): Promise<void> {
  const outcome =
    viewer.kind === 'anonymous'
      ? await limits.request('anonymous', ip ?? 'unknown', points)
      : viewer.kind === 'apikey'
        ? await limits.request('apikey', viewer.keyId, points)
        : { ok: true as const };
  if (!outcome.ok) {
    const err = new RateLimitedError(
      'graphql/rate_limited',
      `Trop de requêtes : réessayez dans ${outcome.retryAfterSeconds} s.`,
      { retryAfterSeconds: outcome.retryAfterSeconds },
    );
    (err.extensions as Record<string, unknown>).http = {
      status: 429,
      headers: new Map([['retry-after', String(outcome.retryAfterSeconds)]]),
    };
    throw err;
  }
}
