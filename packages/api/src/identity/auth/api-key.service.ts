import type { EntityManager } from '@mikro-orm/core';
import type { AuditService } from '../audit/audit.service.js';
import { InvalidInputError, NotFoundError } from '../../core/errors.js';
import { Organization } from '../tenants/organization.entity.js';
import type { AccessService } from './access.js';
import { ApiKey } from './api-key.entity.js';
import { Role } from './membership.entity.js';
import { API_KEY_PREFIX, hashToken, newToken } from './tokens.js';
import type { CreateApiKeyInput } from './user.inputs.js';
import { User } from './user.entity.js';
import { USER_NOT_FOUND, type UserRights } from './user-rights.js';
import { API_KEY_SCOPES, type ApiKeyScope } from '../../core/viewer.js';

const KEY_NOT_FOUND = () => new NotFoundError('api_keys/not_found', 'Clé d’API introuvable.');

export interface CreatedApiKey {
  key: ApiKey;
  secret: string;
}

/**
 * Developers' API keys. A user creates keys for themself, within their own rights: org:read
 * needs at least VIEWER and org:write at least EDITOR on every organisation named (and the
 * key keeps following the owner's rights afterwards). Platform administrators see and revoke
 * every key; an organisation ADMIN those of the members they manage.
 */
export class ApiKeyService {
  constructor(
    private readonly em: EntityManager,
    private readonly access: AccessService,
    private readonly rights: UserRights,
    private readonly audit: AuditService,
    private readonly identityChanged: () => Promise<void> = async () => undefined,
  ) {}

  async create(input: CreateApiKeyInput): Promise<CreatedApiKey> {
    const ownerId = this.rights.sessionUserId();
    if (!ownerId) {
      throw new InvalidInputError(
        'api_keys/owner_required',
        'Une clé d’API appartient à un utilisateur connecté.',
      );
    }
    const scopes = [...new Set(input.scopes)];
    const unknown = scopes.filter((s) => !(API_KEY_SCOPES as readonly string[]).includes(s));
    if (!scopes.length || unknown.length) {
      throw new InvalidInputError(
        'api_keys/invalid_scope',
        `Portée inconnue${unknown.length ? ` (${unknown.join(', ')})` : ''} : public:read, org:read ou org:write.`,
      );
    }
    const orgScoped = scopes.some((s) => s !== 'public:read');
    const sirens = [...new Set(input.sirens ?? [])];
    if (orgScoped !== sirens.length > 0) {
      throw new InvalidInputError(
        'api_keys/invalid_sirens',
        orgScoped
          ? 'Les portées org:read et org:write demandent au moins une collectivité (SIREN).'
          : 'La portée public:read seule ne s’applique à aucune collectivité : retirez les SIREN.',
      );
    }
    if (input.expiresAt && input.expiresAt <= new Date()) {
      throw new InvalidInputError(
        'api_keys/invalid_expiry',
        'La date d’expiration doit être dans le futur.',
      );
    }
    const needed = scopes.includes('org:write') ? Role.EDITOR : Role.VIEWER;
    const orgs: Organization[] = [];
    for (const siren of sirens) {
      const org = await this.em.findOne(Organization, { siren });
      if (!org || !(await this.access.can(org.id, Role.VIEWER))) {
        throw new NotFoundError(
          'organizations/not_found',
          `Aucune collectivité avec le SIREN ${siren}.`,
        );
      }
      await this.access.require(org.id, needed);
      orgs.push(org);
    }
    const secret = newToken(API_KEY_PREFIX);
    const key = this.em.create(ApiKey, {
      owner: this.em.getReference(User, ownerId),
      name: input.name.trim(),
      prefix: secret.slice(0, 12),
      keyHash: hashToken(secret),
      scopes: scopes as ApiKeyScope[],
      orgIds: orgs.map((o) => o.id),
      expiresAt: input.expiresAt ?? null,
    });
    const after = {
      name: key.name,
      scopes,
      sirens,
      expiresAt: key.expiresAt?.toISOString() ?? null,
    };
    for (const siren of sirens.length ? sirens : [null]) {
      this.audit.record('api_key.create', { type: 'ApiKey', id: key.id, siren }, undefined, after);
    }
    await this.em.flush();
    return { key, secret };
  }

  private async canSee(key: ApiKey): Promise<boolean> {
    if (this.rights.isPlatformAdmin || key.owner.id === this.rights.sessionUserId()) {
      return true;
    }
    return this.rights.canManage(await this.em.findOneOrFail(User, { id: key.owner.id }));
  }

  /** The caller's keys, or (administrators) those of a user they manage. */
  async list(userId?: string | null): Promise<ApiKey[]> {
    const self = this.rights.sessionUserId();
    const ownerId = userId ?? self;
    if (!ownerId) {
      return this.rights.isPlatformAdmin
        ? this.em.find(ApiKey, {}, { orderBy: { createdAt: 'desc' } })
        : [];
    }
    if (ownerId !== self && !this.rights.isPlatformAdmin) {
      const owner = await this.em.findOne(User, { id: ownerId });
      if (!owner || !(await this.rights.canSee(owner))) {
        throw USER_NOT_FOUND();
      }
      await this.rights.requireManage(owner);
    }
    return this.em.find(ApiKey, { owner: ownerId }, { orderBy: { createdAt: 'desc', id: 'asc' } });
  }

  async revoke(id: string): Promise<ApiKey> {
    this.rights.sessionUserId();
    const key = await this.em.findOne(ApiKey, { id });
    if (!key || !(await this.canSee(key))) {
      throw KEY_NOT_FOUND();
    }
    if (!key.revokedAt) {
      key.revokedAt = new Date();
      for (const siren of await this.sirensOf(key, true)) {
        this.audit.record(
          'api_key.revoke',
          { type: 'ApiKey', id: key.id, siren },
          { revokedAt: null },
          { revokedAt: key.revokedAt.toISOString() },
        );
      }
      await this.em.flush();
      await this.identityChanged();
    }
    return key;
  }

  /** SIREN of the key's organisations (withNull: [null] when it has none, for audit entries). */
  async sirensOf(key: ApiKey, withNull = false): Promise<(string | null)[]> {
    const orgs = key.orgIds.length
      ? await this.em.find(
          Organization,
          { id: { $in: key.orgIds } },
          { fields: ['siren'], orderBy: { siren: 'asc' } },
        )
      : [];
    const sirens = orgs.map((o) => o.siren);
    return withNull && !sirens.length ? [null] : sirens;
  }
}
