import type { EntityManager } from '@mikro-orm/core';
import { ForbiddenError, UnauthenticatedError } from '../errors.js';
import { Membership, Role } from './membership.entity.js';
import { isPlatformAdmin, type Viewer } from './viewer.js';

const RANK: Record<Role, number> = { VIEWER: 1, EDITOR: 2, ADMIN: 3 };

/** What a staff viewer may reach: every organisation, or the ones listed with a role. */
export interface OrgScope {
  all: boolean;
  /** organisation id → role and hr permission (empty when `all`). */
  orgs: Map<string, { role: Role; hr: boolean }>;
}

/**
 * Resolves the viewer's organisations once per unit of work. Services call it for every read
 * and write, so the worker and the resolvers enforce the same rules.
 */
export class AccessService {
  private cache?: Promise<OrgScope>;

  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
  ) {}

  scope(): Promise<OrgScope> {
    this.cache ??= this.load();
    return this.cache;
  }

  private async load(): Promise<OrgScope> {
    const v = this.viewer;
    if (isPlatformAdmin(v)) {
      return { all: true, orgs: new Map() };
    }
    if (v.kind !== 'user') {
      return { all: false, orgs: new Map() };
    }
    const rows = await this.em.find(Membership, { user: v.userId }, { fields: ['organization', 'role', 'hr'] });
    return {
      all: false,
      orgs: new Map(rows.map((m) => [m.organization.id, { role: m.role, hr: m.hr }])),
    };
  }

  requireStaff(): void {
    if (this.viewer.kind === 'anonymous') {
      throw new UnauthenticatedError();
    }
  }

  /** Organisation ids readable by the viewer, or 'all'. */
  async readableOrgIds(): Promise<'all' | string[]> {
    this.requireStaff();
    const s = await this.scope();
    return s.all ? 'all' : [...s.orgs.keys()];
  }

  /** Organisation ids whose individual acts the viewer may see (hr permission), or 'all'. */
  async hrOrgIds(): Promise<'all' | string[]> {
    const s = await this.scope();
    return s.all ? 'all' : [...s.orgs].filter(([, m]) => m.hr).map(([id]) => id);
  }

  async can(orgId: string, role: Role): Promise<boolean> {
    if (this.viewer.kind === 'anonymous') {
      return false;
    }
    const s = await this.scope();
    if (s.all) {
      return true;
    }
    const m = s.orgs.get(orgId);
    return !!m && RANK[m.role] >= RANK[role];
  }

  async canSeeIndividual(orgId: string): Promise<boolean> {
    const s = await this.scope();
    return s.all || !!s.orgs.get(orgId)?.hr;
  }

  async require(orgId: string, role: Role): Promise<void> {
    this.requireStaff();
    if (!(await this.can(orgId, role))) {
      throw new ForbiddenError(
        'auth/forbidden',
        role === Role.VIEWER
          ? "Vous n'avez pas accès à cette collectivité."
          : `Cette action demande le rôle ${role === Role.ADMIN ? 'administrateur' : 'éditeur'} sur la collectivité.`,
      );
    }
  }
}
