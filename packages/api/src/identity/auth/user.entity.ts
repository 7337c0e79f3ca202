import { DateTimeType, Entity, Enum, type Opt, Property } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity.js';

export enum UserStatus {
  ACTIVE = 'ACTIVE',
  DISABLED = 'DISABLED',
}
registerEnumType(UserStatus, { name: 'UserStatus' });

@Entity({ tableName: 'users' })
@ObjectType()
export class User extends BaseEntity {
  @Field(() => String)
  @Property({ type: 'string', length: 320, unique: true })
  email!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 255 })
  displayName!: string;

  @Property({ type: 'string', length: 255, nullable: true, hidden: true })
  passwordHash?: string | null;

  @Field(() => UserStatus)
  @Enum({ items: () => UserStatus, type: 'string', default: UserStatus.ACTIVE })
  status: Opt<UserStatus> = UserStatus.ACTIVE;

  @Field(() => Boolean, {
    description: 'Agent de l’opérateur : agit sur toutes les collectivités.',
  })
  @Property({ type: 'boolean', default: false })
  isPlatformAdmin: Opt<boolean> = false;

  @Property({ type: 'integer', default: 0, hidden: true })
  failedLogins: Opt<number> = 0;

  @Property({ type: DateTimeType, nullable: true, hidden: true })
  lockedUntil?: Date | null;

  /** SHA-256 of `issuer + " " + sub` of the single sign-on account linked to this user. */
  @Property({ type: 'string', length: 64, nullable: true, unique: true, hidden: true })
  oidcSubject?: string | null;

  /** The platform administrator flag was granted by the single sign-on claims (and follows them). */
  @Property({ type: 'boolean', default: false, hidden: true })
  oidcPlatformAdmin: Opt<boolean> = false;
}
