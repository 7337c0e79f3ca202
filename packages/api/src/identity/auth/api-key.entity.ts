import {
  DateTimeType,
  Entity,
  Index,
  ManyToOne,
  type Opt,
  Property,
  type Rel,
} from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity.js';
import { User } from './user.entity.js';

/** A developer's API key; only the SHA-256 of the secret is stored (the secret is shown once). */
@Entity({ tableName: 'api_keys' })
@Index({ properties: ['owner'] })
@ObjectType({
  description: 'Clé d’API d’un développeur (le secret n’est montré qu’à la création).',
})
export class ApiKey extends BaseEntity {
  @ManyToOne(() => User, { deleteRule: 'cascade' }) owner!: Rel<User>;

  @Field(() => String) @Property({ type: 'string', length: 100 }) name!: string;

  @Field(() => String, { description: 'Début de la clé, pour la reconnaître (key_…).' })
  @Property({ type: 'string', length: 16 })
  prefix!: string;

  @Property({ type: 'string', length: 64, unique: true, hidden: true }) keyHash!: string;

  @Field(() => [String], { description: 'Portées : public:read, org:read, org:write.' })
  @Property({ type: 'json' })
  scopes!: string[];

  /** Organisations the org:* scopes apply to (ids; exposed as `sirens`). */
  @Property({ type: 'json', hidden: true }) orgIds: Opt<string[]> = [];

  @Field(() => Date, { nullable: true })
  @Property({ type: DateTimeType, nullable: true })
  expiresAt?: Date | null;
  @Field(() => Date, { nullable: true, description: 'Dernière utilisation (à la minute près).' })
  @Property({ type: DateTimeType, nullable: true })
  lastUsedAt?: Date | null;
  @Field(() => Date, { nullable: true })
  @Property({ type: DateTimeType, nullable: true })
  revokedAt?: Date | null;
}
