import { Entity, ManyToOne, Property } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity.js';
import { Column } from '../../core/columns.js';
import type { DecpRecord } from './decp-record.js';
import { Contract } from './contract.entity.js';
import { ContractOrigin } from './procurement.enums.js';

/** One received version of a contract (the history kept when it is published again). */
@Entity({ tableName: 'contract_versions' })
@ObjectType('ContractVersion', { description: 'Une version reçue d’un contrat.' })
export class ContractVersion extends BaseEntity {
  @ManyToOne(() => Contract, { deleteRule: 'cascade' }) contract!: Contract;
  @Property({ type: 'json' }) record!: DecpRecord;
  @Column.string(64, { api: false }) sha256!: string;
  @Column.integer({ description: 'Nombre de modifications dans cette version.' })
  modificationCount!: number;
  @Column.float({ description: 'Montant après modifications dans cette version.' }) amount!: number;
  @Column.enum(() => ContractOrigin) origin!: ContractOrigin;
  @Column.string(36, { nullable: true, description: 'Import qui l’a apportée.' })
  importId?: string | null;
}
