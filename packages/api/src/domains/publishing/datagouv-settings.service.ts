import type { EntityManager } from '@mikro-orm/core';
import type { Config } from '../../core/config.js';
import { InvalidInputError } from '../../core/errors.js';
import type { AuditService } from '../../identity/audit/audit.service.js';
import type { AccessService } from '../../identity/auth/access.js';
import { Role } from '../../identity/auth/membership.entity.js';
import type { Organization } from '../../identity/tenants/organization.entity.js';
import type { SecretBox } from '../../infra/secrets/secret-box.js';
import type { CatalogKind } from '../catalog/catalog.types.js';
import { CATALOG_KINDS } from '../catalog/catalog-vocabulary.js';
import { DatagouvSettings } from './datagouv-settings.entity.js';
import { DatasetPush } from './dataset-push.entity.js';
import type { DatagouvSettingsInput } from './publishing.inputs.js';
import type { DatagouvSettingsView } from './publishing.types.js';

const API_KEY = /^[\x21-\x7e]{8,512}$/;
const REMOTE_ORG = /^[A-Za-z0-9._-]{1,100}$/;

/** Each organisation's push settings; the API key is sealed at rest and never read back out. */
export class DatagouvSettingsService {
  constructor(
    private readonly em: EntityManager,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly secrets: SecretBox,
    private readonly config: Config,
  ) {}

  async view(siren: string): Promise<DatagouvSettingsView> {
    const org = await this.access.requireOrganization(siren, Role.VIEWER);
    return this.viewOf(org, await this.em.findOne(DatagouvSettings, { organization: org }));
  }

  async update(input: DatagouvSettingsInput): Promise<DatagouvSettingsView> {
    const org = await this.access.requireOrganization(input.siren, Role.ADMIN);
    const s = await this.forOrganization(org);
    const before = publicSettings(s);
    const key = input.apiKey?.trim();
    if (key) {
      if (!API_KEY.test(key)) {
        // The value is never echoed back.
        throw new InvalidInputError(
          'publishing/invalid_api_key',
          'Clé d’API refusée : 8 à 512 caractères visibles, sans espace, attendus.',
        );
      }
      s.apiKeySealed = this.secrets.seal(key, s.id);
      s.apiKeyHint = key.slice(-4);
    } else if (input.clearApiKey) {
      s.apiKeySealed = null;
      s.apiKeyHint = null;
    }
    if (input.pushEnabled != null) {
      s.pushEnabled = input.pushEnabled;
    }
    if (input.remoteOrganization != null) {
      const ref = input.remoteOrganization.trim();
      if (ref && !REMOTE_ORG.test(ref)) {
        throw new InvalidInputError(
          'publishing/invalid_remote_organization',
          'Organisation distante : un identifiant ou un slug (lettres, chiffres, « - », « _ », « . ») est attendu.',
        );
      }
      if ((ref || null) !== (s.remoteOrganization ?? null)) {
        Object.assign(s, {
          remoteOrganization: ref || null,
          remoteOrgId: null,
          remoteOrgName: null,
        });
      }
    }
    if (input.harvestedKinds != null) {
      const unknown = input.harvestedKinds.filter((k) => !CATALOG_KINDS.includes(k as CatalogKind));
      if (unknown.length) {
        throw new InvalidInputError(
          'publishing/invalid_kind',
          `Jeu de données inconnu : ${unknown.join(', ')}.`,
        );
      }
      s.harvestedKinds = CATALOG_KINDS.filter((k) => input.harvestedKinds!.includes(k));
    }
    this.audit.record(
      'datagouv.settings',
      { type: 'Organization', id: org.id, siren: org.siren },
      before,
      { ...publicSettings(s), ...(key ? { apiKey: 'replaced' } : {}) },
    );
    await this.em.flush();
    return this.viewOf(org, s);
  }

  async forOrganization(org: Organization): Promise<DatagouvSettings> {
    const found = await this.em.findOne(DatagouvSettings, { organization: org });
    return found ?? this.em.create(DatagouvSettings, { organization: org });
  }

  private async viewOf(
    org: Organization,
    s: DatagouvSettings | null,
  ): Promise<DatagouvSettingsView> {
    const lastPush = await this.em.findOne(
      DatasetPush,
      { organization: org },
      { orderBy: { createdAt: 'desc', id: 'desc' } },
    );
    return {
      siren: org.siren,
      apiUrl: this.config.datagouv.apiUrl,
      pushEnabled: s?.pushEnabled ?? false,
      hasApiKey: !!s?.apiKeySealed,
      apiKeyHint: s?.apiKeySealed ? (s.apiKeyHint ?? null) : null,
      platformKeyAvailable: !!this.config.datagouv.apiKey,
      remoteOrganization: s?.remoteOrganization ?? null,
      remoteOrgId:
        s?.remoteOrgApiUrl === this.config.datagouv.apiUrl ? (s?.remoteOrgId ?? null) : null,
      remoteOrgName:
        s?.remoteOrgApiUrl === this.config.datagouv.apiUrl ? (s?.remoteOrgName ?? null) : null,
      harvestedKinds: s?.harvestedKinds ?? [],
      lastPush,
    };
  }
}

/** What the audit log keeps: whether a key is set, never the key nor its end. */
function publicSettings(s: DatagouvSettings) {
  return {
    pushEnabled: s.pushEnabled,
    apiKey: s.apiKeySealed ? 'set' : 'none',
    remoteOrganization: s.remoteOrganization ?? null,
    harvestedKinds: s.harvestedKinds,
  };
}
