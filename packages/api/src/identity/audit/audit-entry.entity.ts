import { Entity, Index, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity.js';

/** Who did what, when, with the before/after values (JSON). Never updated. */
@Entity({ tableName: 'audit_entries' })
@Index({ properties: ['siren', 'createdAt'] })
@Index({ properties: ['targetType', 'targetId'] })
@ObjectType()
export class AuditEntry extends BaseEntity {
  @Field(() => String, {
    nullable: true,
    description: 'null : système, ou une personne que vous ne pouvez pas voir.',
  })
  @Property({ type: 'string', length: 36, nullable: true })
  actorId?: string | null;
  @Field(() => String, {
    description:
      'E-mail de l’utilisateur, clé d’API ou « système » ; pour une personne que vous ne pouvez pas voir, « Administrateur de la plateforme » ou « Utilisateur hors de vos collectivités ».',
  })
  @Property({ type: 'string', length: 320 })
  actorLabel!: string;
  @Field(() => String) @Property({ type: 'string', length: 64 }) action!: string;
  @Field(() => String) @Property({ type: 'string', length: 32 }) targetType!: string;
  @Field(() => String, {
    nullable: true,
    description: 'null : une personne que vous ne pouvez pas voir (hors de vos collectivités).',
  })
  @Property({ type: 'string', length: 36 })
  targetId!: string;
  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 9, nullable: true })
  siren?: string | null;
  @Field(() => String, { nullable: true, description: 'Valeurs avant (JSON).' })
  @Property({ type: 'text', nullable: true })
  before?: string | null;
  @Field(() => String, { nullable: true, description: 'Valeurs après (JSON).' })
  @Property({ type: 'text', nullable: true })
  after?: string | null;
}
