import {
  DateTimeType,
  Entity,
  Enum,
  Index,
  ManyToOne,
  type Opt,
  Property,
  type Rel,
} from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Act } from '../acts/act.entity.js';
import { BaseEntity } from '../../core/base.entity.js';

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
  @Field(() => String) @Property({ type: 'string', length: 255 }) fileName!: string;
  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 64, nullable: true })
  pastellId?: string | null;
  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 9, nullable: true })
  siren?: string | null;
  @Field(() => String) @Property({ type: 'string', length: 64 }) sha256!: string;
  @Field(() => Int) @Property({ type: 'integer', default: 0 }) size: Opt<number> = 0;
  @Field(() => DepositStatus)
  @Enum({ items: () => DepositStatus, type: 'string' })
  status!: DepositStatus;
  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 64, nullable: true })
  errorCode?: string | null;
  @Field(() => String, { nullable: true, description: 'Raison de l’échec, en français.' })
  @Property({ type: 'text', nullable: true })
  errorMessage?: string | null;
  @Field(() => [String]) @Property({ type: 'json' }) warnings: Opt<string[]> = [];
  @Field(() => Act, { nullable: true })
  @ManyToOne(() => Act, { nullable: true, deleteRule: 'set null' })
  act?: Rel<Act> | null;
  @Property({ type: 'string', length: 1024, hidden: true }) storedPath!: string;
  @Field(() => Int) @Property({ type: 'integer', default: 0 }) attempts: Opt<number> = 0;
  @Field(() => Date, { nullable: true })
  @Property({ type: DateTimeType, nullable: true })
  processedAt?: Date | null;
}
