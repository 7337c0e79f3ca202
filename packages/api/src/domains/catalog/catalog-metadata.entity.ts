import { Entity, ManyToOne, type Opt, Property, type Rel, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../../core/base.entity.js';
import { Organization } from '../../identity/tenants/organization.entity.js';

/**
 * The editable metadata of one catalogue dataset (organisation × kind). Every field is optional:
 * a missing one takes its default (catalog-vocabulary.ts), so a dataset exists without a row.
 */
@Entity({ tableName: 'catalog_metadata' })
@Unique({ properties: ['organization', 'kind'] })
export class CatalogMetadata extends BaseEntity {
  @ManyToOne(() => Organization, { deleteRule: 'cascade' }) organization!: Rel<Organization>;
  /** DELIBERATIONS, BUDGETS, PROCUREMENT or ACT_FILES. */
  @Property({ type: 'string', length: 16 }) kind!: string;
  @Property({ type: 'string', length: 255, nullable: true }) title?: string | null;
  @Property({ type: 'text', nullable: true }) description?: string | null;
  /** A key of LICENSES (`lov2`…). */
  @Property({ type: 'string', length: 32, nullable: true }) license?: string | null;
  /** A udata frequency id (`daily`…). */
  @Property({ type: 'string', length: 32, nullable: true }) frequency?: string | null;
  @Property({ type: 'json', nullable: true }) keywords?: string[] | null;
  @Property({ type: 'string', length: 36, nullable: true }) updatedBy?: string | null;
  @Property({ type: 'boolean', default: false }) edited: Opt<boolean> = false;
}
