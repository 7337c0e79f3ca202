import type { EntityManager } from '@mikro-orm/core';
import { AuditService } from '../audit/audit.service.js';
import { InvalidInputError, NotFoundError, RateLimitedError } from '../../core/errors.js';
import type { AccessService } from '../auth/access.js';
import type { AuthService } from '../auth/auth.service.js';
import { Role } from '../auth/membership.entity.js';
import type { MembershipService } from '../auth/membership.service.js';
import { hashToken, newToken } from '../auth/tokens.js';
import { User, UserStatus } from '../auth/user.entity.js';
import type { UserRights } from '../auth/user-rights.js';
import type { AccountDeps } from './account-deps.js';
import {
  accountLinks,
  inDays,
  INVITATION_DAYS,
  INVITATION_PREFIX,
  invalidLink,
  normalizeEmail,
} from './account-links.js';
import { invitationMail } from './account-mails.js';
import {
  InviteOutcome,
  type AcceptedInvitation,
  type AcceptInvitationInput,
  type InvitationPreview,
  type InviteMemberInput,
  type InviteMemberResult,
} from './accounts.inputs.js';
import { Invitation } from './invitation.entity.js';

/** Looked up in place of an unknown address, so that both cases do the same queries. */
const NO_USER = '00000000-0000-0000-0000-000000000000';

/**
 * Members by email. A person the caller can already see (a member of an organisation they
 * administer) is added at once; anyone else — an address without an account, or an account
 * outside the caller's organisations, which the caller must not learn about — gets the same
 * invitation, answered the same way, and joins only when the owner of the address follows
 * the link (choosing a password when the address has no account yet).
 */
export class InvitationService {
  constructor(
    private readonly em: EntityManager,
    private readonly access: AccessService,
    private readonly rights: UserRights,
    private readonly memberships: MembershipService,
    private readonly audit: AuditService,
    private readonly auth: AuthService,
    private readonly deps: AccountDeps,
  ) {}

  async invite(input: InviteMemberInput): Promise<InviteMemberResult> {
    const inviterId = this.rights.sessionUserId();
    const email = normalizeEmail(input.email);
    const existing = await this.em.findOne(User, { email });
    const visible = await this.rights.canSeeId(existing?.id ?? NO_USER);
    if (existing && visible) {
      const membership = await this.memberships.add({ ...input, userId: existing.id });
      return { outcome: InviteOutcome.ADDED, email, membership };
    }
    const org = await this.memberships.checkCanGrant(input.siren, null, !!input.hr);
    if (!(await this.deps.limits.mailAllowed(email))) {
      throw new RateLimitedError(
        'invitations/too_many',
        'Trop de courriels envoyés à cette adresse pour le moment : réessayez dans une heure.',
      );
    }
    const token = newToken(INVITATION_PREFIX);
    const fields = {
      displayName: input.displayName.trim(),
      role: input.role,
      hr: !!input.hr,
      tokenHash: hashToken(token),
      expiresAt: inDays(INVITATION_DAYS),
      invitedBy: inviterId ? this.em.getReference(User, inviterId) : null,
    };
    let invitation = await this.em.findOne(Invitation, {
      organization: org,
      email,
      acceptedAt: null,
    });
    const resent = !!invitation;
    if (invitation) {
      Object.assign(invitation, fields);
    } else {
      invitation = this.em.create(Invitation, { ...fields, email, organization: org });
    }
    this.audit.record(
      resent ? 'invitation.resend' : 'invitation.create',
      { type: 'Invitation', id: invitation.id, siren: org.siren },
      undefined,
      { email, role: input.role, hr: !!input.hr },
    );
    await this.em.flush();
    const mail = invitationMail({
      to: email,
      organizationName: org.name,
      role: input.role,
      hr: !!input.hr,
      link: accountLinks.invitation(this.deps.publicUrl, token),
      existingAccount: !!existing,
    });
    this.deps.background.run('invitation mail', () => this.deps.mail.send(mail));
    return { outcome: InviteOutcome.INVITED, email, membership: null };
  }

  /** Pending invitations of an organisation (its administrators). */
  async list(siren: string): Promise<Invitation[]> {
    this.rights.sessionUserId();
    const org = await this.access.requireOrganization(siren, Role.ADMIN);
    return this.em.find(
      Invitation,
      { organization: org, acceptedAt: null },
      { orderBy: { createdAt: 'desc', id: 'asc' }, populate: ['organization'] },
    );
  }

  async revoke(id: string): Promise<boolean> {
    this.rights.sessionUserId();
    const invitation = await this.em.findOne(
      Invitation,
      { id, acceptedAt: null },
      { populate: ['organization'] },
    );
    if (!invitation || !(await this.access.can(invitation.organization.id, Role.ADMIN))) {
      throw new NotFoundError('invitations/not_found', 'Invitation introuvable ou déjà acceptée.');
    }
    this.audit.record(
      'invitation.revoke',
      { type: 'Invitation', id: invitation.id, siren: invitation.organization.siren },
      { email: invitation.email, role: invitation.role, hr: invitation.hr },
      undefined,
    );
    this.em.remove(invitation);
    await this.em.flush();
    return true;
  }

  private async pending(token: string): Promise<Invitation | null> {
    const invitation = await this.em.findOne(
      Invitation,
      { tokenHash: hashToken(token) },
      { populate: ['organization'] },
    );
    return invitation && !invitation.acceptedAt && invitation.expiresAt > new Date()
      ? invitation
      : null;
  }

  /** What the link shows to whoever received it (null: not valid any more). */
  async preview(token: string): Promise<InvitationPreview | null> {
    const invitation = token.length <= 300 ? await this.pending(token) : null;
    if (!invitation) {
      return null;
    }
    const user = await this.em.findOne(User, { email: invitation.email });
    return {
      email: invitation.email,
      displayName: invitation.displayName,
      organizationName: invitation.organization.name,
      role: invitation.role,
      hr: invitation.hr,
      expiresAt: invitation.expiresAt,
      newAccount: !user,
    };
  }

  /**
   * The owner of the address accepts: the membership is given to their account, created now
   * (with the password they chose) when the address has none.
   */
  async accept(input: AcceptInvitationInput, ip: string | undefined): Promise<AcceptedInvitation> {
    await this.deps.limits.assertLoginAllowed(ip);
    const invitation = await this.pending(input.token);
    if (!invitation) {
      await this.deps.limits.loginFailed(ip);
      throw invalidLink();
    }
    let user = await this.em.findOne(User, { email: invitation.email });
    if (user && user.status !== UserStatus.ACTIVE) {
      throw invalidLink();
    }
    if (!user && !input.password) {
      throw new InvalidInputError(
        'auth/password_required',
        'Choisissez un mot de passe pour créer votre compte.',
      );
    }
    const passwordHash = user ? null : await this.auth.hashPassword(input.password!);
    const now = new Date();
    const claimed = await this.em.nativeUpdate(
      Invitation,
      { id: invitation.id, acceptedAt: null },
      { acceptedAt: now },
    );
    if (claimed !== 1) {
      throw invalidLink();
    }
    if (!user) {
      user = this.em.create(User, {
        email: invitation.email,
        displayName: input.displayName?.trim() || invitation.displayName,
        passwordHash,
      });
      AuditService.asUser(this.em, user).record(
        'user.create',
        { type: 'User', id: user.id },
        undefined,
        {
          email: user.email,
          displayName: user.displayName,
          via: 'invitation',
        },
      );
    }
    const org = invitation.organization;
    const audit = AuditService.asUser(this.em, user);
    await this.memberships.upsert(
      user,
      org.siren,
      invitation.role,
      invitation.hr,
      false,
      audit,
      'invitation',
    );
    await this.em.flush();
    await this.deps.identityChanged();
    return { email: user.email, organizationName: org.name };
  }
}
