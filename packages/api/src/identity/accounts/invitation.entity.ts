import { Entity, Index, ManyToOne, type Opt, type Rel, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity.js';
import { Column } from '../../core/columns.js';
import { Role } from '../auth/membership.entity.js';
import { User } from '../auth/user.entity.js';
import { Organization } from '../tenants/organization.entity.js';

/**
 * An invitation to join an organisation, sent to an address: the membership exists only once
 * the owner of the address accepts (choosing a password when the address has no account).
 * Only the SHA-256 of the link's token is stored; the link is single-use and expires. One
 * pending invitation per organisation and address (inviting again sends a new link).
 */
@Entity({ tableName: 'invitations' })
@Index({ properties: ['organization', 'email'] })
@Unique({ properties: ['tokenHash'] })
@ObjectType({ description: 'Invitation envoyée par e-mail, en attente de réponse.' })
export class Invitation extends BaseEntity {
  @Column.string(320, { description: 'Adresse invitée.' })
  email!: string;

  @Column.string(255, { description: 'Nom proposé (la personne peut le changer).' })
  displayName!: string;

  @Field(() => Organization)
  @ManyToOne(() => Organization, { deleteRule: 'cascade' })
  organization!: Rel<Organization>;

  @Column.enum(() => Role)
  role!: Role;

  @Column.boolean({ default: false, description: 'Permission « hr » : actes individuels.' })
  hr: Opt<boolean> = false;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null', hidden: true })
  invitedBy?: Rel<User> | null;

  @Column.string(64, { api: false, hidden: true })
  tokenHash!: string;

  @Column.dateTime({ description: 'Le lien ne vaut plus après cette date.' })
  expiresAt!: Date;

  @Column.dateTime({ api: false, nullable: true })
  acceptedAt?: Date | null;
}
