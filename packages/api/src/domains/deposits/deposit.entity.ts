import { Entity, Index, ManyToOne, type Opt, Property, type Rel } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity.js';
import { Column } from '../../core/columns.js';
import { Act } from '../acts/act.entity.js';

const optional = { nullable: true };

export enum DepositStatus {
  RECEIVED = 'RECEIVED',
  PROCESSING = 'PROCESSING',
  DONE = 'DONE',
  FAILED = 'FAILED',
}
registerEnumType(DepositStatus, { name: 'DepositStatus' });

@Entity({ tableName: 'deposits' })
@Index({ properties: ['sha256'] })
@Index({ properties: ['status', 'createdAt'] })
@ObjectType({ description: 'Un dépôt Pastell (zip) reçu dans le dossier surveillé.' })
export class Deposit extends BaseEntity {
  @Column.string(255) fileName!: string;
  @Column.string(64, optional) pastellId?: string | null;
  @Column.string(9, optional) siren?: string | null;
  @Column.string(64) sha256!: string;
  @Column.integer({ default: 0 }) size: Opt<number> = 0;
  @Column.enum(() => DepositStatus) status!: DepositStatus;
  @Column.string(64, optional) errorCode?: string | null;
  @Column.text({ ...optional, description: 'Raison de l’échec, en français.' })
  errorMessage?: string | null;
  @Field(() => [String]) @Property({ type: 'json' }) warnings: Opt<string[]> = [];
  @Field(() => Act, { nullable: true })
  @ManyToOne(() => Act, { nullable: true, deleteRule: 'set null' })
  act?: Rel<Act> | null;
  @Column.string(1024, { api: false, hidden: true }) storedPath!: string;
  @Column.integer({ default: 0 }) attempts: Opt<number> = 0;
  @Column.dateTime(optional) processedAt?: Date | null;
  @Column.dateTime({
    ...optional,
    description: 'Échec clos par l’équipe (corrigé ailleurs, sans objet…).',
  })
  closedAt?: Date | null;
  @Column.text({ ...optional, description: 'Pourquoi l’échec a été clos.' })
  closedReason?: string | null;
  @Column.string(36, { ...optional, description: 'Dépôt corrigé envoyé à la place de celui-ci.' })
  replacedBy?: string | null;
  @Column.string(36, { ...optional, description: 'Dépôt en échec que celui-ci remplace.' })
  replaces?: string | null;
}
