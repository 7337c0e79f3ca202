import { Entity, Index, ManyToOne, type Opt, Property } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity.js';
import { Column } from '../../core/columns.js';
import { Organization } from '../../identity/tenants/organization.entity.js';
import type { DecpIssue } from './decp-record.js';
import { ContractImportOrigin, ContractImportStatus } from './procurement.enums.js';

/** One DECP file read (upload, watched folder or source) for one buyer, and its report. */
@Entity({ tableName: 'contract_imports' })
@Index({ properties: ['organization', 'createdAt'] })
@ObjectType('ContractImport', { description: 'Import d’un fichier DECP et son rapport.' })
export class ContractImport extends BaseEntity {
  /** Null: a file whose buyer could not be read (platform administrators only). */
  @ManyToOne(() => Organization, { nullable: true, deleteRule: 'cascade' })
  organization?: Organization | null;
  @Column.enum(() => ContractImportOrigin) origin!: ContractImportOrigin;
  @Column.string(255) fileName!: string;
  @Column.string(4, { nullable: true, description: 'JSON ou XML.' }) format?: string | null;
  @Column.enum(() => ContractImportStatus) status!: ContractImportStatus;
  @Column.integer({ default: 0, description: 'Enregistrements lus.' }) total: Opt<number> = 0;
  @Column.integer({ default: 0 }) created: Opt<number> = 0;
  @Column.integer({ default: 0 }) updated: Opt<number> = 0;
  @Column.integer({ default: 0, description: 'Déjà connus à l’identique.' })
  unchanged: Opt<number> = 0;
  @Column.integer({ default: 0 }) refused: Opt<number> = 0;
  @Column.string(64, { nullable: true, description: 'Code d’erreur du fichier.' })
  errorCode?: string | null;
  @Column.text({ nullable: true, description: 'Pourquoi le fichier n’a pas été lu.' })
  message?: string | null;
  @Property({ type: 'json' }) errors: Opt<DecpIssue[]> = [];
  @Property({ type: 'json' }) warnings: Opt<DecpIssue[]> = [];
  @Column.string(64, { nullable: true }) sha256?: string | null;
  @Column.integer({ default: 0 }) size: Opt<number> = 0;
  @Column.string(36, { nullable: true, api: false }) sourceId?: string | null;
}
