import type { EntityManager } from '@mikro-orm/core';
import { ForbiddenError, NotFoundError, UnauthenticatedError } from '../../core/errors.js';
import { Organization } from '../tenants/organization.entity.js';
import { Membership, Role } from './membership.entity.js';
import { isPlatformAdmin, type Viewer } from '../../core/viewer.js';

export const ROLE_RANK: Record<Role, number> = { VIEWER: 1, EDITOR: 2, ADMIN: 3 };

/** What a staff viewer may reach: every organisation, or the ones listed with a role. */
export interface OrgScope {
  all: boolean;
  /** organisation id → role and hr permission (empty when `all`). */
  orgs: Map<string, { role: Role; hr: boolean }>;
}

type ApiKeyViewer = Extract<Viewer, { kind: 'apikey' }>;

/** The most an API key may do on its organisations: org:write ≈ EDITOR, org:read ≈ VIEWER, never hr. */
export function apiKeyRoleCap(scopes: readonly string[]): Role | null {
  if (scopes.includes('org:write')) {
    return Role.EDITOR;
  }
  return scopes.includes('org:read') ? Role.VIEWER : null;
}

function minRole(a: Role, b: Role): Role {
  return ROLE_RANK[a] <= ROLE_RANK[b] ? a : b;
}

/**
 * Resolves the viewer's organisations once per unit of work. Services call it for every read
 * and write, so the worker and the resolvers enforce the same rules.
 *
 * - platform administrators and the system: every organisation, hr included;
 * - users: their memberships (role + hr);
 * - API keys: the key's organisations ∩ the owner's current rights, capped by the key's scopes
 *   (org:read → VIEWER, org:write → EDITOR), never hr; a `public:read`-only key has no staff
 *   scope at all;
 * - anonymous callers: nothing (public surface only).
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
    if (v.kind === 'apikey') {
      return this.loadKey(v);
    }
    if (v.kind !== 'user') {
      return { all: false, orgs: new Map() };
    }
    const rows = await this.em.find(
      Membership,
      { user: v.userId },
      { fields: ['organization', 'role', 'hr'] },
    );
    return {
      all: false,
      orgs: new Map(rows.map((m) => [m.organization.id, { role: m.role, hr: m.hr }])),
    };
  }

  private async loadKey(v: ApiKeyViewer): Promise<OrgScope> {
    const cap = apiKeyRoleCap(v.scopes);
    const orgs = new Map<string, { role: Role; hr: boolean }>();
    if (!cap || !v.orgIds.length) {
      return { all: false, orgs };
    }
    if (v.ownerIsPlatformAdmin) {
      v.orgIds.forEach((id) => orgs.set(id, { role: cap, hr: false }));
      return { all: false, orgs };
    }
    const rows = await this.em.find(
      Membership,
      { user: v.userId, organization: { $in: v.orgIds } },
      { fields: ['organization', 'role'] },
    );
    rows.forEach((m) => orgs.set(m.organization.id, { role: minRole(m.role, cap), hr: false }));
    return { all: false, orgs };
  }

  /** A signed-in staff caller: a session, the system, or an API key with an org scope. */
  requireStaff(): void {
    const v = this.viewer;
    if (v.kind === 'anonymous') {
      throw new UnauthenticatedError();
    }
    if (v.kind === 'apikey' && !apiKeyRoleCap(v.scopes)) {
      throw new ForbiddenError(
        'auth/insufficient_scope',
        'Cette clé d’API ne donne accès qu’aux données publiques (portée public:read).',
      );
    }
  }

  /** Organisation ids readable by the viewer, or 'all'. */
  async readableOrgIds(): Promise<'all' | string[]> {
    this.requireStaff();
    const s = await this.scope();
    return s.all ? 'all' : [...s.orgs.keys()];
  }

  /** Organisation ids where the viewer holds at least `role`, or 'all'. */
  async orgIdsWithRole(role: Role): Promise<'all' | string[]> {
    this.requireStaff();
    const s = await this.scope();
    return s.all
      ? 'all'
      : [...s.orgs].filter(([, m]) => ROLE_RANK[m.role] >= ROLE_RANK[role]).map(([id]) => id);
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
    return !!m && ROLE_RANK[m.role] >= ROLE_RANK[role];
  }

  /** Whether the viewer may read the organisation with this SIREN (live-event filters). */
  async canReadSiren(siren: string): Promise<boolean> {
    if (this.viewer.kind === 'anonymous') {
      return false;
    }
    if ((await this.scope()).all) {
      return true;
    }
    // A fork: subscriptions keep this service for their whole life.
    const org = await this.em.fork().findOne(Organization, { siren }, { fields: ['id'] });
    return !!org && this.can(org.id, Role.VIEWER);
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

  /**
   * The organisation with this SIREN, for a caller holding `role` on it. An organisation the
   * caller cannot read is reported as not found (its existence is not revealed).
   */
  async requireOrganization(siren: string, role: Role): Promise<Organization> {
    this.requireStaff();
    const org = await this.em.findOne(Organization, { siren });
    if (!org || !(await this.can(org.id, Role.VIEWER))) {
      throw new NotFoundError(
        'organizations/not_found',
        `Aucune collectivité avec le SIREN ${siren}.`,
      );
    }
    await this.require(org.id, role);
    return org;
  }
}
