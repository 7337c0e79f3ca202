import type { EntityManager } from '@mikro-orm/core';
import argon2 from 'argon2';
import { InvalidInputError, RateLimitedError, UnauthenticatedError } from '../errors.js';
import { childLogger } from '../logger.js';
import { Session } from './session.entity.js';
import { hashToken, newToken } from './tokens.js';
import { User, UserStatus } from './user.entity.js';
import { ANONYMOUS, type Viewer } from './viewer.js';

const log = childLogger('auth');
export const MAX_FAILED_LOGINS = 10;
const LOCK_MINUTES = 15;
const INVALID_CREDENTIALS = 'Adresse e-mail ou mot de passe incorrect.';

export interface AuthDeps {
  sessionTtlHours: number;
}

export interface LoginResult {
  token: string;
  expiresAt: Date;
  user: User;
}

export class AuthService {
  constructor(
    private readonly em: EntityManager,
    private readonly deps: AuthDeps,
  ) {}

  async hashPassword(password: string): Promise<string> {
    if (password.length < 8) {
      throw new InvalidInputError(
        'auth/weak_password',
        'Le mot de passe doit comporter au moins 8 caractères.',
      );
    }
    return argon2.hash(password, { type: argon2.argon2id });
  }

  async login(emailRaw: string, password: string): Promise<LoginResult> {
    const email = emailRaw.trim().toLowerCase();
    const user = await this.em.findOne(User, { email });
    if (!user || !user.passwordHash) {
      // Same work as a real check so timing does not reveal which emails exist.
      await argon2.hash(password, { type: argon2.argon2id }).catch(() => undefined);
      throw new UnauthenticatedError('auth/invalid_credentials', INVALID_CREDENTIALS);
    }
    const now = new Date();
    if (user.lockedUntil && user.lockedUntil > now) {
      throw new RateLimitedError(
        'auth/account_locked',
        'Compte verrouillé après trop de tentatives. Réessayez plus tard ou demandez à un administrateur de réinitialiser le mot de passe.',
      );
    }
    if (user.status !== UserStatus.ACTIVE) {
      throw new UnauthenticatedError('auth/account_disabled', 'Ce compte est désactivé.');
    }
    if (!(await argon2.verify(user.passwordHash, password))) {
      user.failedLogins += 1;
      if (user.failedLogins >= MAX_FAILED_LOGINS) {
        user.lockedUntil = new Date(now.getTime() + LOCK_MINUTES * 60_000);
        log.warn({ userId: user.id }, 'account locked after repeated failed logins');
      }
      await this.em.flush();
      throw new UnauthenticatedError('auth/invalid_credentials', INVALID_CREDENTIALS);
    }
    user.failedLogins = 0;
    user.lockedUntil = null;
    const token = newToken('ses');
    const expiresAt = new Date(now.getTime() + this.deps.sessionTtlHours * 3_600_000);
    this.em.create(Session, { user, tokenHash: hashToken(token), expiresAt });
    await this.em.flush();
    return { token, expiresAt, user };
  }

  /** Resolves a bearer token to a viewer; an unknown, expired or revoked token is refused. */
  async authenticate(authorization: string | undefined): Promise<Viewer> {
    if (!authorization) {
      return ANONYMOUS;
    }
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match) {
      throw new UnauthenticatedError('auth/invalid_token', 'En-tête Authorization invalide.');
    }
    const token = match[1]!;
    if (token.startsWith('ses_')) {
      const session = await this.em.findOne(
        Session,
        { tokenHash: hashToken(token) },
        { populate: ['user'] },
      );
      if (!session || session.revokedAt || session.expiresAt <= new Date()) {
        throw new UnauthenticatedError(
          'auth/session_expired',
          'Session expirée ou révoquée : reconnectez-vous.',
        );
      }
      const user = session.user;
      if (user.status !== UserStatus.ACTIVE) {
        throw new UnauthenticatedError('auth/account_disabled', 'Ce compte est désactivé.');
      }
      return {
        kind: 'user',
        userId: user.id,
        email: user.email,
        isPlatformAdmin: user.isPlatformAdmin,
        sessionId: session.id,
      };
    }
    throw new UnauthenticatedError('auth/invalid_token', 'Jeton inconnu.');
  }

  async signOut(viewer: Viewer): Promise<boolean> {
    if (viewer.kind !== 'user') {
      return false;
    }
    await this.em.nativeUpdate(Session, { id: viewer.sessionId }, { revokedAt: new Date() });
    return true;
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
}
