import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { Config } from '../../core/config.js';
import type { Viewer } from '../../core/viewer.js';
import { RateLimitedError } from '../../core/errors.js';

const LOGIN_WINDOW_SECONDS = 15 * 60;
/** Failed sign-ins for one address from one source before that source is stopped (15 min). */
export const FAILURES_PER_ADDRESS_AND_SOURCE = 10;
/** Failed sign-ins for one address, any source, past which every attempt waits (no lock). */
export const FAILURES_PER_ADDRESS_BEFORE_DELAY = 10;
export const ADDRESS_DELAY_MS = 1000;
/** Account mails one address may receive per hour (reset links and invitations together). */
export const MAILS_PER_RECIPIENT_PER_HOUR = 5;
/** Reset-link requests one IP may make per 15 minutes. */
export const RESET_REQUESTS_PER_IP = 20;

/** Outcome of one request against a limit. */
export type LimitOutcome = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * In-memory rate limits of one api process (several processes each keep their own, which
 * multiplies the effective limit by their number).
 * - `request`: public GraphQL traffic, per IP for anonymous callers, per key for API keys;
 * - `loginFailures`: failed sign-ins and unknown bearer tokens, per IP;
 * - failed sign-ins per address AND source: a source that failed 10 times for an address is
 *   stopped for that address (15 minutes), whoever the owner is: nobody can lock a known
 *   address out, as a per-account lock allowed; per address from every source, past 10
 *   failures each attempt waits one second (it slows a distributed guess, locks nobody);
 * - account mails (reset links, invitations) per recipient and reset requests per IP.
 * Keys are the address as typed (normalised), whether or not an account has it: the answers
 * say nothing about accounts.
 */
export class RateLimits {
  private readonly anonymous?: RateLimiterMemory;
  private readonly apiKey?: RateLimiterMemory;
  private readonly login?: RateLimiterMemory;
  private readonly addressSource = new RateLimiterMemory({
    keyPrefix: 'login-address-source',
    points: FAILURES_PER_ADDRESS_AND_SOURCE,
    duration: LOGIN_WINDOW_SECONDS,
  });
  private readonly address = new RateLimiterMemory({
    keyPrefix: 'login-address',
    points: FAILURES_PER_ADDRESS_BEFORE_DELAY,
    duration: LOGIN_WINDOW_SECONDS,
  });
  private readonly mailRecipient = new RateLimiterMemory({
    keyPrefix: 'mail-recipient',
    points: MAILS_PER_RECIPIENT_PER_HOUR,
    duration: 3600,
  });
  private readonly resetRequests = new RateLimiterMemory({
    keyPrefix: 'reset-ip',
    points: RESET_REQUESTS_PER_IP,
    duration: LOGIN_WINDOW_SECONDS,
  });

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

  /**
   * Before a sign-in attempt for `email` from `ip`: throws `auth/too_many_attempts` when this
   * source failed too often for this address; waits when the address failed too often overall.
   */
  async beforeAddressAttempt(email: string, ip: string | undefined): Promise<void> {
    const res = await this.addressSource.get(addressKey(email, ip));
    if (res && res.consumedPoints >= FAILURES_PER_ADDRESS_AND_SOURCE) {
      throw tooManyAttempts(Math.ceil(res.msBeforeNext / 1000));
    }
    const all = await this.address.get(email);
    if (all && all.consumedPoints >= FAILURES_PER_ADDRESS_BEFORE_DELAY) {
      await new Promise((r) => setTimeout(r, ADDRESS_DELAY_MS));
    }
  }

  async addressFailed(email: string, ip: string | undefined): Promise<void> {
    await this.addressSource.penalty(addressKey(email, ip));
    await this.address.penalty(email);
  }

  /** A successful sign-in clears this source's failures for the address. */
  async addressSucceeded(email: string, ip: string | undefined): Promise<void> {
    await this.addressSource.delete(addressKey(email, ip));
  }

  /** Counts one account mail to `email`; false when it already got too many this hour. */
  async mailAllowed(email: string): Promise<boolean> {
    return (await outcome(() => this.mailRecipient.consume(email))).ok;
  }

  /** Throws `auth/too_many_requests` when this IP asked for too many reset links. */
  async resetRequested(ip: string | undefined): Promise<void> {
    const res = await outcome(() => this.resetRequests.consume(ip ?? 'unknown'));
    if (!res.ok) {
      throw new RateLimitedError(
        'auth/too_many_requests',
        `Trop de demandes depuis cette adresse réseau. Réessayez dans ${Math.ceil(res.retryAfterSeconds / 60)} minute(s).`,
        { retryAfterSeconds: res.retryAfterSeconds },
      );
    }
  }
}

function addressKey(email: string, ip: string | undefined): string {
  return `${email}\n${ip ?? 'unknown'}`;
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
    `Trop de tentatives de connexion depuis ce poste. Réessayez dans ${Math.ceil(retryAfterSeconds / 60)} minute(s), ou choisissez « Mot de passe oublié ».`,
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
