import { Entity, ManyToOne, type Opt } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity.js';
import { Column } from '../../core/columns.js';
import { Organization } from '../../identity/tenants/organization.entity.js';
import { ContractSourceStatus } from './procurement.enums.js';

/** A buyer profile's DECP export, fetched on a schedule (conditional requests). */
@Entity({ tableName: 'contract_sources' })
@ObjectType('ContractSource', { description: 'Source DECP d’une collectivité (URL HTTPS).' })
export class ContractSource extends BaseEntity {
  @ManyToOne(() => Organization, { deleteRule: 'cascade' }) organization!: Organization;
  @Column.string(2000) url!: string;
  @Column.boolean({ default: true }) active: Opt<boolean> = true;
  @Column.string(255, { nullable: true, api: false }) etag?: string | null;
  @Column.string(64, { nullable: true, api: false }) lastModified?: string | null;
  @Column.dateTime({ nullable: true, description: 'Dernière récupération.' })
  lastFetchAt?: Date | null;
  @Column.enum(() => ContractSourceStatus, { default: ContractSourceStatus.NEVER })
  lastStatus: Opt<ContractSourceStatus> = ContractSourceStatus.NEVER;
  @Column.text({ nullable: true, description: 'Erreur de la dernière récupération.' })
  lastError?: string | null;
  @Column.string(36, { nullable: true, description: 'Dernier import produit.' })
  lastImportId?: string | null;
}
