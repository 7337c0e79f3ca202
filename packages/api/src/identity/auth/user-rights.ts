import type { EntityManager } from '@mikro-orm/core';
import type { PeopleSight } from '../audit/audit-redaction.js';
import { ForbiddenError, NotFoundError } from '../../core/errors.js';
import type { AccessService } from './access.js';
import { Membership, Role } from './membership.entity.js';
import { User } from './user.entity.js';
import { isPlatformAdmin, requireSession, userIdOf, type Viewer } from '../../core/viewer.js';

export const USER_NOT_FOUND = () =>
  new NotFoundError('users/not_found', 'Utilisateur introuvable ou hors de vos collectivités.');

/**
 * Who may see and manage whom:
 * - platform administrators: everyone;
 * - an organisation ADMIN: sees the members of the organisations they administer, and manages
 *   (profile, status, password, keys) a member only when ALL of that member's organisations
 *   are administered by them and the member is not a platform administrator (so an admin of A
 *   can never take over an account that also works for B);
 * - everyone: sees themself.
 * API keys never manage users (session required).
 */
export class UserRights {
  constructor(
    private readonly em: EntityManager,
    private readonly access: AccessService,
    private readonly viewer: Viewer,
  ) {}

  get isPlatformAdmin(): boolean {
    return isPlatformAdmin(this.viewer);
  }

  /** The signed-in user id (session), or throws for anonymous callers and API keys. */
  sessionUserId(): string | null {
    const v = requireSession(this.viewer);
    return v.kind === 'user' ? v.userId : null;
  }

  /** The signed-in user id, or null (no throw). */
  sessionUserIdOrNull(): string | null {
    return this.viewer.kind === 'user' ? this.viewer.userId : null;
  }

  /** Organisations the caller administers ('all' for platform administrators). */
  async adminOrgIds(): Promise<'all' | string[]> {
    requireSession(this.viewer);
    return this.access.orgIdsWithRole(Role.ADMIN);
  }

  private async orgIdsOf(userId: string): Promise<string[]> {
    const rows = await this.em.find(Membership, { user: userId }, { fields: ['organization'] });
    return rows.map((m) => m.organization.id);
  }

  async canSee(user: User): Promise<boolean> {
    return this.canSeeId(user.id);
  }

  /**
   * Whether the caller may see the user with this id. The same queries run whether or not the
   * id exists, so that neither the answer nor its timing tells an unknown id from a user
   * outside the caller's organisations.
   */
  async canSeeId(userId: string): Promise<boolean> {
    if (this.isPlatformAdmin || userId === this.sessionUserId()) {
      return true;
    }
    const admin = await this.adminOrgIds();
    const orgs = await this.orgIdsOf(userId);
    return admin === 'all' || orgs.some((id) => admin.includes(id));
  }

  async canManage(user: User): Promise<boolean> {
    if (this.isPlatformAdmin) {
      return true;
    }
    if (user.isPlatformAdmin || user.id === this.sessionUserId()) {
      return false;
    }
    const admin = await this.adminOrgIds();
    const orgs = await this.orgIdsOf(user.id);
    return orgs.length > 0 && (admin === 'all' || orgs.every((id) => admin.includes(id)));
  }

  /**
   * Which of these people the caller may see named in the audit log: themself and anyone with
   * a membership in an organisation they can read (their colleagues); everyone for platform
   * administrators. Among the others, which are platform administrators (named by role only).
   */
  async peopleSight(ids: string[]): Promise<PeopleSight> {
    const readable = await this.access.readableOrgIds();
    if (this.isPlatformAdmin || readable === 'all') {
      return { visible: null, platformAdmins: new Set() };
    }
    const self = userIdOf(this.viewer);
    const visible = new Set<string>(self ? [self] : []);
    const others = ids.filter((id) => !visible.has(id));
    if (others.length && readable.length) {
      const rows = await this.em.find(
        Membership,
        { user: { $in: others }, organization: { $in: readable } },
        { fields: ['user'] },
      );
      rows.forEach((m) => visible.add(m.user.id));
    }
    const hidden = ids.filter((id) => !visible.has(id));
    const admins = hidden.length
      ? await this.em.find(User, { id: { $in: hidden }, isPlatformAdmin: true }, { fields: ['id'] })
      : [];
    return { visible, platformAdmins: new Set(admins.map((u) => u.id)) };
  }

  /** Not visible → users/not_found; visible but not manageable → auth/forbidden. */
  async requireManage(user: User | null): Promise<User> {
    if (!user || !(await this.canSee(user))) {
      throw USER_NOT_FOUND();
    }
    if (!(await this.canManage(user))) {
      throw new ForbiddenError(
        'auth/forbidden',
        user.isPlatformAdmin
          ? 'Seul un administrateur de la plateforme peut modifier un autre administrateur de la plateforme.'
          : 'Cet utilisateur appartient aussi à des collectivités que vous n’administrez pas : demandez à un administrateur de la plateforme.',
      );
    }
    return user;
  }
}
