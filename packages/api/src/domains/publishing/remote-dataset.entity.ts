import { Entity, ManyToOne, type Opt, Property, type Rel, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../../core/base.entity.js';
import { Organization } from '../../identity/tenants/organization.entity.js';

/** A file as last pushed: its remote resource id and the digests that tell a change. */
export interface RemoteFile {
  rid: string;
  /** SHA-256 of the file we pushed (the catalogue's digest). */
  sha256: string | null;
  /** SHA-1 the remote computed for it (udata's checksum of hosted files). */
  sha1: string | null;
}

/**
 * Where one catalogue dataset lives on one udata instance: the remote dataset id and, per
 * distribution id, its remote resource. Replacing a file reuses its resource (never a second).
 */
@Entity({ tableName: 'datagouv_remote_datasets' })
@Unique({ properties: ['apiUrl', 'catalogId'] })
export class RemoteDataset extends BaseEntity {
  @ManyToOne(() => Organization, { deleteRule: 'cascade' }) organization!: Rel<Organization>;
  @Property({ type: 'string', length: 255 }) apiUrl!: string;
  /** `CatalogDataset.id`. */
  @Property({ type: 'string', length: 100 }) catalogId!: string;
  @Property({ type: 'string', length: 64 }) remoteId!: string;
  @Property({ type: 'string', length: 500, nullable: true }) remotePage?: string | null;
  /** Distribution id → remote resource. */
  @Property({ type: 'json' }) files: Opt<Record<string, RemoteFile>> = {};
}
