import { DateTimeType, Entity, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '../../core/base.entity.js';
import { User } from './user.entity.js';

/**
 * One single sign-on attempt: first the authorization request (state, PKCE verifier, nonce,
 * bound to the browser by a cookie), then, once the provider answered, a one-time login code
 * the admin exchanges for a session (`exchangeLoginCode`). Secrets are stored hashed.
 */
@Entity({ tableName: 'oidc_logins' })
export class OidcLogin extends BaseEntity {
  @Property({ type: 'string', length: 64, unique: true }) stateHash!: string;
  @Property({ type: 'string', length: 64 }) browserHash!: string;
  @Property({ type: 'string', length: 128, hidden: true }) codeVerifier!: string;
  @Property({ type: 'string', length: 128 }) nonce!: string;
  @Property({ type: DateTimeType }) expiresAt!: Date;
  @ManyToOne(() => User, { nullable: true, deleteRule: 'cascade' }) user?: Rel<User> | null;
  @Property({ type: 'string', length: 64, nullable: true, unique: true }) loginCodeHash?:
    string | null;
  @Property({ type: DateTimeType, nullable: true }) usedAt?: Date | null;
}
