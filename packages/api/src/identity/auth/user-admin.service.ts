import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import type { AuditService } from '../audit/audit.service.js';
import { pageWindow, toConnection, type Connection } from '../../core/page.type.js';
import { ConflictError, ForbiddenError, InvalidInputError } from '../../core/errors.js';
import type { AuthService } from './auth.service.js';
import { Membership } from './membership.entity.js';
import type { MembershipService } from './membership.service.js';
import type { CreateUserInput, SetPasswordInput, UpdateUserInput } from './user.inputs.js';
import { User, UserStatus } from './user.entity.js';
import type { UserRights } from './user-rights.js';
import type { Viewer } from '../../core/viewer.js';

function profileOf(u: User) {
  return {
    email: u.email,
    displayName: u.displayName,
    status: u.status,
    isPlatformAdmin: u.isPlatformAdmin,
  };
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Users administration: platform admins for everyone, organisation admins for their members. */
export class UserAdminService {
  constructor(
    private readonly em: EntityManager,
    private readonly rights: UserRights,
    private readonly audit: AuditService,
    private readonly auth: AuthService,
    private readonly memberships: MembershipService,
    private readonly viewer: Viewer,
    /** Mails a link to choose a password to an account created without one. */
    private readonly welcome: (user: User) => void = () => undefined,
  ) {}

  async list(args: {
    first?: number | null;
    after?: string | null;
    search?: string | null;
    siren?: string | null;
  }): Promise<Connection<User>> {
    const admin = await this.rights.adminOrgIds();
    if (admin !== 'all' && !admin.length) {
      throw new ForbiddenError(
        'auth/forbidden',
        'La liste des utilisateurs est réservée aux administrateurs.',
      );
    }
    const and: FilterQuery<User>[] = [];
    const memberFilter: FilterQuery<Membership>[] = [];
    if (admin !== 'all') {
      memberFilter.push({ organization: { $in: admin } });
    }
    if (args.siren) {
      memberFilter.push({ organization: { siren: args.siren } });
    }
    if (memberFilter.length) {
      const rows = await this.em.find(Membership, { $and: memberFilter }, { fields: ['user'] });
      and.push({ id: { $in: [...new Set(rows.map((m) => m.user.id))] } });
    }
    const text = args.search?.trim().toLowerCase();
    if (text) {
      const like = `%${escapeLike(text)}%`;
      and.push({ $or: [{ email: { $like: like } }, { displayName: { $like: like } }] });
    }
    const { offset, limit } = pageWindow(args);
    const [items, total] = await this.em.findAndCount(
      User,
      { $and: and },
      { orderBy: { email: 'asc', id: 'asc' }, offset, limit },
    );
    return toConnection(items, total, offset);
  }

  async get(id: string): Promise<User | null> {
    const user = await this.em.findOne(User, { id });
    return user && (await this.rights.canSee(user)) ? user : null;
  }

  /**
   * Creates an account: platform administrators only. An organisation administrator invites
   * by email instead (`inviteMember`): telling them "this address already has an account"
   * would reveal accounts outside their organisations.
   */
  async create(input: CreateUserInput): Promise<User> {
    this.rights.sessionUserId();
    if (!this.rights.isPlatformAdmin) {
      throw new ForbiddenError(
        'auth/platform_admin_required',
        'Seul un administrateur de la plateforme crée des comptes : invitez la personne par son adresse e-mail (« Ajouter un membre »).',
      );
    }
    if (input.siren) {
      // Fails (not found / forbidden) before anything is written.
      await this.memberships.checkCanGrant(input.siren, null, !!input.hr);
    }
    const email = input.email.trim().toLowerCase();
    if (await this.em.count(User, { email })) {
      throw new ConflictError(
        'users/email_taken',
        `Un utilisateur avec l’adresse ${email} existe déjà.`,
      );
    }
    const user = this.em.create(User, {
      email,
      displayName: input.displayName.trim(),
      isPlatformAdmin: !!input.isPlatformAdmin,
      passwordHash: input.password ? await this.auth.hashPassword(input.password) : null,
    });
    this.audit.record(
      'user.create',
      { type: 'User', id: user.id, siren: input.siren ?? null },
      undefined,
      profileOf(user),
    );
    if (input.siren) {
      await this.memberships.upsert(user, input.siren, input.role ?? 'VIEWER', !!input.hr, false);
    }
    await this.em.flush();
    if (!input.password) {
      this.welcome(user);
    }
    return user;
  }

  async update(input: UpdateUserInput): Promise<User> {
    const found = await this.em.findOne(User, { id: input.id });
    const self = !!found && found.id === this.rights.sessionUserId();
    const onlyName = input.email == null && input.status == null && input.isPlatformAdmin == null;
    // Everyone may rename themself; anything else needs to manage the user.
    const user = self && onlyName ? found : await this.rights.requireManage(found);
    const before = profileOf(user);
    if (input.isPlatformAdmin != null && input.isPlatformAdmin !== user.isPlatformAdmin) {
      if (!this.rights.isPlatformAdmin) {
        throw new ForbiddenError(
          'auth/platform_admin_required',
          'Seul un administrateur de la plateforme peut changer ce droit.',
        );
      }
      if (self) {
        throw new InvalidInputError(
          'users/cannot_change_own_admin',
          'Vous ne pouvez pas retirer votre propre droit d’administrateur de la plateforme.',
        );
      }
      user.isPlatformAdmin = input.isPlatformAdmin;
      user.oidcPlatformAdmin = false;
    }
    if (input.status && input.status !== user.status) {
      if (self) {
        throw new InvalidInputError(
          'users/cannot_disable_self',
          'Vous ne pouvez pas désactiver votre propre compte.',
        );
      }
      user.status = input.status;
    }
    if (input.email && input.email.trim().toLowerCase() !== user.email) {
      // "Address taken" would tell an organisation administrator that an account exists.
      if (!this.rights.isPlatformAdmin) {
        throw new ForbiddenError(
          'auth/platform_admin_required',
          'Seul un administrateur de la plateforme peut changer l’adresse e-mail d’un compte.',
        );
      }
      const email = input.email.trim().toLowerCase();
      if (await this.em.count(User, { email })) {
        throw new ConflictError(
          'users/email_taken',
          `Un utilisateur avec l’adresse ${email} existe déjà.`,
        );
      }
      user.email = email;
    }
    if (input.displayName) {
      user.displayName = input.displayName.trim();
    }
    const after = profileOf(user);
    if (JSON.stringify(before) !== JSON.stringify(after)) {
      this.audit.record('user.update', { type: 'User', id: user.id }, before, after);
    }
    await this.em.flush();
    if (user.status === UserStatus.DISABLED || before.isPlatformAdmin !== after.isPlatformAdmin) {
      await this.auth.revokeSessionsOf(user.id);
    }
    return user;
  }

  /** An administrator sets or resets a password (no mail server); users change their own with the current one. */
  async setPassword(input: SetPasswordInput): Promise<User> {
    const user = await this.em.findOne(User, { id: input.userId });
    const selfId = this.rights.sessionUserId();
    const self = !!user && user.id === selfId;
    if (self && !this.rights.isPlatformAdmin) {
      if (
        !input.currentPassword ||
        !(await this.auth.verifyPassword(user, input.currentPassword))
      ) {
        throw new ForbiddenError('auth/wrong_password', 'Mot de passe actuel incorrect.');
      }
    } else {
      await this.rights.requireManage(user);
    }
    const target = user!;
    target.passwordHash = await this.auth.hashPassword(input.password);
    this.audit.record('user.set_password', { type: 'User', id: target.id }, undefined, {
      by: self ? 'self' : 'admin',
    });
    await this.em.flush();
    await this.auth.passwordChanged(
      target.id,
      self && this.viewer.kind === 'user' ? this.viewer.sessionId : undefined,
    );
    return target;
  }
}
