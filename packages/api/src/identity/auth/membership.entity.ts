import { Entity, Enum, ManyToOne, type Opt, Property, type Rel, Unique } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity.js';
import { Organization } from '../tenants/organization.entity.js';
import { User } from './user.entity.js';

/** VIEWER reads (except individual acts), EDITOR also publishes and edits, ADMIN also manages. */
export enum Role {
  VIEWER = 'VIEWER',
  EDITOR = 'EDITOR',
  ADMIN = 'ADMIN',
}
registerEnumType(Role, { name: 'Role' });

@Entity({ tableName: 'memberships' })
@Unique({ properties: ['user', 'organization'] })
@ObjectType()
export class Membership extends BaseEntity {
  @Field(() => User) @ManyToOne(() => User, { deleteRule: 'cascade' }) user!: Rel<User>;
  @Field(() => Organization)
  @ManyToOne(() => Organization, { deleteRule: 'cascade' })
  organization!: Rel<Organization>;
  @Field(() => Role) @Enum({ items: () => Role, type: 'string' }) role!: Role;
  @Field(() => Boolean, { description: 'Permission « hr » : voir les actes individuels.' })
  @Property({ type: 'boolean', default: false })
  hr: Opt<boolean> = false;
  @Field(() => Boolean, {
    description: 'Accordée par l’authentification unique (recalculée à chaque connexion).',
  })
  @Property({ type: 'boolean', default: false })
  fromSso: Opt<boolean> = false;
}
