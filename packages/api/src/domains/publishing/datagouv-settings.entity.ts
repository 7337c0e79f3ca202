import { Entity, ManyToOne, type Opt, Property, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '../../core/base.entity.js';
import { Organization } from '../../identity/tenants/organization.entity.js';
import type { CatalogKind } from '../catalog/catalog.types.js';

/**
 * An organisation's pushes to data.gouv.fr (or the udata instance of DATAGOUV_API_URL). Never
 * exposed as such: `DatagouvSettingsView` shows what may be shown (the key is write-only).
 */
@Entity({ tableName: 'datagouv_settings' })
export class DatagouvSettings extends BaseEntity {
  @ManyToOne(() => Organization, { deleteRule: 'cascade', unique: true })
  organization!: Rel<Organization>;
  @Property({ type: 'boolean', default: false }) pushEnabled: Opt<boolean> = false;
  /** The organisation's own API key, sealed (SecretBox, bound to this row's id). */
  @Property({ type: 'text', nullable: true, hidden: true }) apiKeySealed?: string | null;
  /** Its last 4 characters, to tell keys apart. */
  @Property({ type: 'string', length: 4, nullable: true }) apiKeyHint?: string | null;
  /** Remote organisation id or slug set by staff (else found by SIRET). */
  @Property({ type: 'string', length: 100, nullable: true }) remoteOrganization?: string | null;
  /** Remote organisation found by the last push (id, name, on which API). */
  @Property({ type: 'string', length: 64, nullable: true }) remoteOrgId?: string | null;
  @Property({ type: 'string', length: 255, nullable: true }) remoteOrgName?: string | null;
  @Property({ type: 'string', length: 255, nullable: true }) remoteOrgApiUrl?: string | null;
  /** Datasets left to the DCAT harvester (one channel per dataset): never pushed. */
  @Property({ type: 'json' }) harvestedKinds: Opt<CatalogKind[]> = [];
}
