import type { EntityManager } from '@mikro-orm/core';
import { AuditService } from '../audit/audit.service.js';
import { InvalidInputError } from '../../core/errors.js';
import type { AuthService } from '../auth/auth.service.js';
import { PasswordToken, type PasswordTokenPurpose } from '../auth/password-token.entity.js';
import { hashToken, newToken } from '../auth/tokens.js';
import { User, UserStatus } from '../auth/user.entity.js';
import type { AccountDeps } from './account-deps.js';
import {
  accountLinks,
  inDays,
  invalidLink,
  normalizeEmail,
  PASSWORD_PREFIX,
  RESET_MINUTES,
  WELCOME_DAYS,
} from './account-links.js';
import { passwordResetMail, welcomeMail } from './account-mails.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * « Mot de passe oublié » and the welcome link of an account created without a password.
 * A request always gets the same answer, at once: whether the address has an account (and an
 * active one) is decided in the background, where the link is made and mailed; nothing in
 * the answer or its timing tells. Links are single-use, expire, and die when the password
 * changes in any way.
 */
export class PasswordResetService {
  constructor(
    private readonly em: EntityManager,
    private readonly auth: AuthService,
    private readonly deps: AccountDeps,
  ) {}

  /** Always true (unless this IP asked too often, whatever the address). */
  async request(emailRaw: string, ip: string | undefined): Promise<boolean> {
    await this.deps.limits.resetRequested(ip);
    const email = normalizeEmail(emailRaw);
    if (!EMAIL.test(email) || email.length > 320) {
      throw new InvalidInputError('auth/invalid_email', 'Adresse e-mail invalide.');
    }
    const em = this.em.fork();
    this.deps.background.run('password reset mail', () => this.mailReset(em, email));
    return true;
  }

  private async mailReset(em: EntityManager, email: string): Promise<void> {
    // Counted for every address, with or without an account: the limit tells nothing either.
    const allowed = await this.deps.limits.mailAllowed(email);
    const user = await em.findOne(User, { email });
    if (!allowed || !user || user.status !== UserStatus.ACTIVE) {
      return;
    }
    const token = this.issue(em, user, 'reset', new Date(Date.now() + RESET_MINUTES * 60_000));
    await em.flush();
    await this.deps.mail.send(
      passwordResetMail(email, accountLinks.password(this.deps.publicUrl, token)),
    );
  }

  /** Mails a link to choose a first password (an account created without one). */
  welcome(user: User): void {
    const em = this.em.fork();
    this.deps.background.run('welcome mail', async () => {
      const token = this.issue(em, em.getReference(User, user.id), 'welcome', inDays(WELCOME_DAYS));
      await em.flush();
      await this.deps.mail.send(
        welcomeMail(user.email, accountLinks.password(this.deps.publicUrl, token)),
      );
    });
  }

  private issue(em: EntityManager, user: User, purpose: PasswordTokenPurpose, expiresAt: Date) {
    const token = newToken(PASSWORD_PREFIX);
    em.create(PasswordToken, { user, purpose, tokenHash: hashToken(token), expiresAt });
    return token;
  }

  /** Sets the password chosen through a link; every session of the account is closed. */
  async reset(token: string, password: string, ip: string | undefined): Promise<boolean> {
    await this.deps.limits.assertLoginAllowed(ip);
    const link = await this.em.findOne(
      PasswordToken,
      { tokenHash: hashToken(token) },
      { populate: ['user'] },
    );
    const now = new Date();
    if (!link || link.usedAt || link.expiresAt <= now || link.user.status !== UserStatus.ACTIVE) {
      await this.deps.limits.loginFailed(ip);
      throw invalidLink();
    }
    const passwordHash = await this.auth.hashPassword(password);
    // Atomic: the same link used twice at once succeeds once.
    if (
      (await this.em.nativeUpdate(
        PasswordToken,
        { id: link.id, usedAt: null },
        { usedAt: now },
      )) !== 1
    ) {
      throw invalidLink();
    }
    const user = link.user;
    user.passwordHash = passwordHash;
    AuditService.asUser(this.em, user).record(
      'user.set_password',
      { type: 'User', id: user.id },
      undefined,
      { by: link.purpose === 'welcome' ? 'welcome_link' : 'reset_link' },
    );
    await this.em.flush();
    await this.auth.passwordChanged(user.id);
    return true;
  }
}
