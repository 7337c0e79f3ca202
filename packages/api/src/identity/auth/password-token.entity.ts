import { Entity, ManyToOne, type Rel, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../../core/base.entity.js';
import { Column } from '../../core/columns.js';
import { User } from './user.entity.js';

/** Why a password link was sent: a forgotten password, or an account created without one. */
export type PasswordTokenPurpose = 'reset' | 'welcome';

/**
 * A link to choose a password, sent by email. Only the SHA-256 of its token is stored; it is
 * used once (`usedAt`), expires, and dies with any later change of the password.
 */
@Entity({ tableName: 'password_tokens' })
@Unique({ properties: ['tokenHash'] })
export class PasswordToken extends BaseEntity {
  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: Rel<User>;

  @Column.string(16, { api: false })
  purpose!: PasswordTokenPurpose;

  @Column.string(64, { api: false, hidden: true })
  tokenHash!: string;

  @Column.dateTime({ api: false })
  expiresAt!: Date;

  @Column.dateTime({ api: false, nullable: true })
  usedAt?: Date | null;
}
