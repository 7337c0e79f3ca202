import type { EntityManager } from '@mikro-orm/core';
import argon2 from 'argon2';
import { InvalidInputError, UnauthenticatedError } from '../../core/errors.js';
import { authenticateApiKey } from './api-key-auth.js';
import { OidcLogin } from './oidc-login.entity.js';
import type { RateLimits } from './rate-limits.js';
import { PasswordToken } from './password-token.entity.js';
import type { SessionCache } from './session-cache.js';
import { Session } from './session.entity.js';
import { API_KEY_PREFIX, hashToken, newToken, SESSION_PREFIX } from './tokens.js';
import { User, UserStatus } from './user.entity.js';
import { ANONYMOUS, type Viewer } from '../../core/viewer.js';

export const MIN_PASSWORD_LENGTH = 8;
const INVALID_CREDENTIALS = 'Adresse e-mail ou mot de passe incorrect.';

/**
 * Verified when an address has no password, so that it takes the time of a real check: the
 * hash of a random secret nobody knows, with the parameters of `hashPassword`.
 */
const DUMMY_HASH =
  '$argon2id$v=19$m=65536,t=3,p=4$96nZsBt0q2YXGRq3ZVfWnw$g0bYtey1xfPy0MIc5BDYLPMXRPttMAQygi+JFHPmgjM';

export interface AuthDeps {
  sessionTtlHours: number;
  /** Per-IP limits on failed sign-ins (absent: no limit, e.g. scripts). */
  limits?: RateLimits;
  /** Called after sessions are revoked (open subscriptions re-check their rights). */
  identityChanged?: () => Promise<void>;
  /** Sessions read recently (absent: every request reads its session). */
  sessions?: SessionCache;
}

export interface LoginResult {
  token: string;
  expiresAt: Date;
  user: User;
}

export function accountDisabled(): UnauthenticatedError {
  return new UnauthenticatedError('auth/account_disabled', 'Ce compte est désactivé.');
}

/**
 * Sign-in and bearer-token resolution. Sessions and API keys are `Authorization: Bearer`
 * tokens, never cookies, so a cross-site request cannot ride on them (no CSRF surface).
 */
export class AuthService {
  constructor(
    private readonly em: EntityManager,
    private readonly deps: AuthDeps,
  ) {}

  async hashPassword(password: string): Promise<string> {
    if (password.length < MIN_PASSWORD_LENGTH) {
      throw new InvalidInputError(
        'auth/weak_password',
        `Le mot de passe doit comporter au moins ${MIN_PASSWORD_LENGTH} caractères.`,
      );
    }
    return argon2.hash(password, { type: argon2.argon2id });
  }

  /**
   * Password sign-in. Whatever the address (unknown, without a password, disabled, active), a
   * wrong password gets the same answer after the same work; only the owner, with the right
   * password, learns that the account is disabled. Failures are limited per IP, and per
   * address and source (see `RateLimits`): no per-account lock that anyone could trigger.
   */
  async login(emailRaw: string, password: string, ip?: string): Promise<LoginResult> {
    await this.deps.limits?.assertLoginAllowed(ip);
    const email = emailRaw.trim().toLowerCase();
    await this.deps.limits?.beforeAddressAttempt(email, ip);
    const user = await this.em.findOne(User, { email });
    const valid = await this.checkPassword(user?.passwordHash, password);
    if (!user || !valid) {
      await this.deps.limits?.loginFailed(ip);
      await this.deps.limits?.addressFailed(email, ip);
      throw new UnauthenticatedError('auth/invalid_credentials', INVALID_CREDENTIALS);
    }
    await this.deps.limits?.addressSucceeded(email, ip);
    if (user.status !== UserStatus.ACTIVE) {
      throw accountDisabled();
    }
    return this.openSession(user);
  }

  /** argon2 verification, or the same work on a dummy hash when there is no password. */
  private async checkPassword(hash: string | null | undefined, password: string): Promise<boolean> {
    if (!hash) {
      await argon2.verify(DUMMY_HASH, password).catch(() => false);
      return false;
    }
    return argon2.verify(hash, password).catch(() => false);
  }

  /** Opens a session for a user already authenticated (password or single sign-on). */
  async openSession(user: User): Promise<LoginResult> {
    const token = newToken(SESSION_PREFIX);
    const expiresAt = new Date(Date.now() + this.deps.sessionTtlHours * 3_600_000);
    this.em.create(Session, { user, tokenHash: hashToken(token), expiresAt });
    await this.em.flush();
    return { token, expiresAt, user };
  }

  /** Resolves a bearer token to a viewer; an unknown, expired or revoked token is refused. */
  async authenticate(authorization: string | undefined, ip?: string): Promise<Viewer> {
    if (!authorization) {
      return ANONYMOUS;
    }
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match) {
      throw new UnauthenticatedError('auth/invalid_token', 'En-tête Authorization invalide.');
    }
    const token = match[1]!;
    if (token.startsWith(`${SESSION_PREFIX}_`)) {
      return this.authenticateSession(token, ip);
    }
    if (token.startsWith(`${API_KEY_PREFIX}_`)) {
      const viewer = await authenticateApiKey(this.em, token);
      if (!viewer) {
        await this.unknownToken(ip);
        throw new UnauthenticatedError('auth/invalid_token', 'Clé d’API inconnue.');
      }
      return viewer;
    }
    await this.unknownToken(ip);
    throw new UnauthenticatedError('auth/invalid_token', 'Jeton inconnu.');
  }

  /** Guessing tokens counts as failed sign-ins of this address. */
  private async unknownToken(ip: string | undefined): Promise<void> {
    await this.deps.limits?.assertLoginAllowed(ip);
    await this.deps.limits?.loginFailed(ip);
  }

  private async authenticateSession(token: string, ip: string | undefined): Promise<Viewer> {
    const tokenHash = hashToken(token);
    const cache = this.deps.sessions;
    const cached = cache?.get(tokenHash);
    if (cached) {
      return cached;
    }
    const version = cache?.version();
    const session = await this.em.findOne(Session, { tokenHash }, { populate: ['user'] });
    if (!session) {
      await this.unknownToken(ip);
    }
    if (!session || session.revokedAt || session.expiresAt <= new Date()) {
      throw new UnauthenticatedError(
        'auth/session_expired',
        'Session expirée ou révoquée : reconnectez-vous.',
      );
    }
    const user = session.user;
    if (user.status !== UserStatus.ACTIVE) {
      throw accountDisabled();
    }
    const viewer = {
      kind: 'user' as const,
      userId: user.id,
      email: user.email,
      isPlatformAdmin: user.isPlatformAdmin,
      sessionId: session.id,
    };
    if (cache && version !== undefined) {
      cache.set(tokenHash, viewer, session.expiresAt, version);
    }
    return viewer;
  }

  async signOut(viewer: Viewer): Promise<boolean> {
    if (viewer.kind !== 'user') {
      return false;
    }
    await this.em.nativeUpdate(Session, { id: viewer.sessionId }, { revokedAt: new Date() });
    await this.deps.identityChanged?.();
    return true;
  }

  /** Revokes every open session of the caller (this one included). */
  async signOutEverywhere(viewer: Viewer): Promise<boolean> {
    if (viewer.kind !== 'user') {
      return false;
    }
    await this.revokeSessionsOf(viewer.userId);
    return true;
  }

  async revokeSessionsOf(userId: string, except?: string): Promise<number> {
    const revoked = await this.em.nativeUpdate(
      Session,
      { user: userId, revokedAt: null, ...(except ? { id: { $ne: except } } : {}) },
      { revokedAt: new Date() },
    );
    await this.deps.identityChanged?.();
    return revoked;
  }

  /** After any change of password: its pending links die and its sessions close (but `except`). */
  async passwordChanged(userId: string, except?: string): Promise<void> {
    await this.em.nativeUpdate(
      PasswordToken,
      { user: userId, usedAt: null },
      { usedAt: new Date() },
    );
    await this.revokeSessionsOf(userId, except);
  }

  /** Trades the one-time code handed to the admin after single sign-on for a session. */
  async exchangeLoginCode(code: string): Promise<LoginResult> {
    const invalid = new UnauthenticatedError(
      'auth/invalid_login_code',
      'Code de connexion invalide, expiré ou déjà utilisé : recommencez la connexion.',
    );
    const login = await this.em.findOne(
      OidcLogin,
      { loginCodeHash: hashToken(code) },
      { populate: ['user'] },
    );
    if (!login?.user || login.usedAt || login.expiresAt <= new Date()) {
      throw invalid;
    }
    // Atomic: two concurrent exchanges of the same code cannot both succeed.
    const claimed = await this.em.nativeUpdate(
      OidcLogin,
      { id: login.id, usedAt: null },
      { usedAt: new Date() },
    );
    if (claimed !== 1) {
      throw invalid;
    }
    if (login.user.status !== UserStatus.ACTIVE) {
      throw accountDisabled();
    }
    return this.openSession(login.user);
  }

  /** Makes sure a platform administrator with this email and password exists. */
  async ensurePlatformAdmin(email: string, password: string): Promise<User> {
    let user = await this.em.findOne(User, { email: email.toLowerCase() });
    if (!user) {
      user = this.em.create(User, {
        email: email.toLowerCase(),
        displayName: 'Administrateur de la plateforme',
        isPlatformAdmin: true,
        passwordHash: await this.hashPassword(password),
      });
    } else {
      user.isPlatformAdmin = true;
      user.status = UserStatus.ACTIVE;
      if (!user.passwordHash || !(await argon2.verify(user.passwordHash, password))) {
        user.passwordHash = await this.hashPassword(password);
      }
    }
    await this.em.flush();
    return user;
  }

  async me(viewer: Viewer): Promise<User | null> {
    return viewer.kind === 'user' ? this.em.findOne(User, { id: viewer.userId }) : null;
  }

  async verifyPassword(user: User, password: string): Promise<boolean> {
    return !!user.passwordHash && argon2.verify(user.passwordHash, password);
  }
}
