import type { EntityManager } from '@mikro-orm/core';
import type { AuditService } from '../audit/audit.service.js';
import { ForbiddenError, NotFoundError } from '../../core/errors.js';
import { Organization } from '../tenants/organization.entity.js';
import type { AccessService } from './access.js';
import { Membership, Role } from './membership.entity.js';
import type { AddMembershipInput, RemoveMembershipInput } from './user.inputs.js';
import { User } from './user.entity.js';
import { USER_NOT_FOUND, type UserRights } from './user-rights.js';

const ORG_NOT_FOUND = (siren: string) =>
  new NotFoundError('organizations/not_found', `Aucune collectivité avec le SIREN ${siren}.`);

function rightsOf(m: Membership | null) {
  return m ? { role: m.role, hr: m.hr } : null;
}

/**
 * Memberships (user × organisation × role + hr). Platform administrators manage all of them;
 * an organisation ADMIN manages those of their organisation, never their own, never a platform
 * administrator's, and grants `hr` only if they hold it themselves. Every change is audited.
 */
export class MembershipService {
  constructor(
    private readonly em: EntityManager,
    private readonly access: AccessService,
    private readonly rights: UserRights,
    private readonly audit: AuditService,
    /** Called after a change of rights is committed (open subscriptions re-check theirs). */
    private readonly identityChanged: () => Promise<void> = async () => undefined,
  ) {}

  /** The organisation, if the caller may grant (or remove) memberships in it. */
  async checkCanGrant(siren: string, target: User | null, hr: boolean): Promise<Organization> {
    this.rights.sessionUserId();
    const org = await this.em.findOne(Organization, { siren });
    if (!org || !(await this.access.can(org.id, Role.VIEWER))) {
      throw ORG_NOT_FOUND(siren);
    }
    await this.access.require(org.id, Role.ADMIN);
    if (!this.rights.isPlatformAdmin && target) {
      if (target.id === this.rights.sessionUserId()) {
        throw new ForbiddenError(
          'users/own_membership',
          'Vous ne pouvez pas modifier vos propres droits : demandez à un autre administrateur.',
        );
      }
      if (target.isPlatformAdmin) {
        throw new ForbiddenError(
          'auth/forbidden',
          'Les droits d’un administrateur de la plateforme ne se gèrent pas ici.',
        );
      }
    }
    if (hr && !(await this.access.canSeeIndividual(org.id))) {
      throw new ForbiddenError(
        'auth/hr_required',
        'Seul un détenteur de la permission « hr » peut l’accorder.',
      );
    }
    return org;
  }

  /** Creates or updates a membership in the unit of work (audited, not flushed). */
  async upsert(
    user: User,
    siren: string,
    role: Role | `${Role}`,
    hr: boolean,
    fromSso: boolean,
    audit: AuditService = this.audit,
    via?: string,
  ): Promise<Membership> {
    const org = await this.em.findOneOrFail(Organization, { siren });
    let m = await this.em.findOne(Membership, { user, organization: org });
    const before = rightsOf(m);
    if (!m) {
      m = this.em.create(Membership, { user, organization: org, role: role as Role, hr, fromSso });
    } else {
      m.role = role as Role;
      m.hr = hr;
      m.fromSso = fromSso;
    }
    const after = rightsOf(m);
    if (JSON.stringify(before) !== JSON.stringify(after)) {
      audit.record(
        before ? 'membership.update' : 'membership.add',
        target(user, org),
        before ?? undefined,
        { ...after, email: user.email, ...(via ? { via } : {}) },
      );
    }
    return m;
  }

  /**
   * Adds (or changes) the membership of a user the caller can already see (a member of an
   * organisation they administer, or anyone for platform administrators). Anyone else joins by
   * email through an invitation they accept (`InvitationService`): adding an account by id was
   * a way to take it over (add it, then manage it) and to read its address.
   */
  async add(input: AddMembershipInput): Promise<Membership> {
    const user = await this.em.findOne(User, { id: input.userId });
    // Checked even for an unknown id: the same answer and the same work either way.
    const visible = await this.rights.canSeeId(input.userId);
    if (!user || !visible) {
      throw USER_NOT_FOUND();
    }
    const org = await this.em.findOne(Organization, { siren: input.siren });
    const existing = org ? await this.em.findOne(Membership, { user, organization: org }) : null;
    // hr omitted: kept as it is (false for a new membership); granting it needs it.
    const hr = input.hr ?? existing?.hr ?? false;
    await this.checkCanGrant(input.siren, user, hr && !existing?.hr);
    const m = await this.upsert(user, input.siren, input.role, hr, false);
    await this.em.flush();
    await this.identityChanged();
    await this.em.populate(m, ['organization', 'user']);
    return m;
  }

  async remove(input: RemoveMembershipInput): Promise<boolean> {
    const user = await this.em.findOne(User, { id: input.userId });
    const org = await this.em.findOne(Organization, { siren: input.siren });
    const m = user && org ? await this.em.findOne(Membership, { user, organization: org }) : null;
    if (!user || !(await this.rights.canSee(user))) {
      throw USER_NOT_FOUND();
    }
    await this.checkCanGrant(input.siren, user, false);
    if (!m || !org) {
      throw new NotFoundError(
        'memberships/not_found',
        'Cet utilisateur n’est pas membre de cette collectivité.',
      );
    }
    this.audit.record(
      'membership.remove',
      target(user, org),
      { ...rightsOf(m), email: user.email },
      undefined,
    );
    this.em.remove(m);
    await this.em.flush();
    await this.identityChanged();
    return true;
  }

  /** Memberships of `user` the caller may know of: all of their own, else those of organisations they can read. */
  async visibleOf(user: User): Promise<Membership[]> {
    const all = await this.em.find(
      Membership,
      { user },
      { populate: ['organization', 'user'], orderBy: { organization: { name: 'asc' } } },
    );
    const v = this.rights.sessionUserIdOrNull();
    if (v === user.id || this.rights.isPlatformAdmin) {
      return all;
    }
    const out: Membership[] = [];
    for (const m of all) {
      if (await this.access.can(m.organization.id, Role.VIEWER)) {
        out.push(m);
      }
    }
    return out;
  }
}

function target(user: User, org: Organization) {
  return { type: 'User', id: user.id, siren: org.siren };
}
