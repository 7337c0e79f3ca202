import { Collection, DateTimeType, Entity, Enum, Index, ManyToOne, OneToMany, type Opt, Property, type Rel, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity.js';
import { Organization } from '../../identity/tenants/organization.entity.js';
import { ActNature, ActSource, ActStatus, PublicationDecision } from './act.enums.js';
import { Document } from './document.entity.js';

@Entity({ tableName: 'acts' })
@Unique({ properties: ['organization', 'pastellId'] })
@Index({ properties: ['organization', 'status', 'date'] })
@ObjectType({ description: 'Un acte administratif (délibération, arrêté…).' })
export class Act extends BaseEntity {
  @Field(() => Organization)
  @ManyToOne(() => Organization, { deleteRule: 'cascade' }) organization!: Rel<Organization>;

  @Field(() => String) @Property({ type: 'string', length: 64 }) number!: string;
  @Field(() => String, { description: 'Date de l’acte (AAAA-MM-JJ).' })
  @Property({ type: 'string', length: 10 }) date!: string;
  @Field(() => String, { nullable: true, description: 'Date d’AR préfecture (AAAA-MM-JJ).' })
  @Property({ type: 'string', length: 10, nullable: true }) prefectureAckDate?: string | null;
  @Field(() => String) @Property({ type: 'text' }) subject!: string;

  @Field(() => ActNature) @Enum({ items: () => ActNature, type: 'string' }) nature!: ActNature;
  @Field(() => String, { nullable: true, description: 'Détail de la nature 7 (LD, AT, PV, AP).' })
  @Property({ type: 'string', length: 16, nullable: true }) natureDetail?: string | null;

  @Field(() => String, { nullable: true }) @Property({ type: 'string', length: 32, nullable: true }) classificationCode?: string | null;
  @Field(() => String, { nullable: true }) @Property({ type: 'string', length: 255, nullable: true }) classificationLabel?: string | null;
  @Field(() => Boolean, { description: 'Code de classification absent de la nomenclature connue.' })
  @Property({ type: 'boolean', default: false }) classificationUnknown: Opt<boolean> = false;

  @Field(() => PublicationDecision)
  @Enum({ items: () => PublicationDecision, type: 'string' }) publicationDecision!: PublicationDecision;
  @Field(() => ActStatus) @Enum({ items: () => ActStatus, type: 'string' }) status!: ActStatus;
  @Field(() => Boolean) @Property({ type: 'boolean', default: false }) hidden: Opt<boolean> = false;
  @Property({ type: DateTimeType, nullable: true }) deletedAt?: Date | null;
  @Field(() => Date, { nullable: true, description: 'Date de publication légale.' })
  @Property({ type: DateTimeType, nullable: true }) publishedAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Identifiant Pastell (id_d).' })
  @Property({ type: 'string', length: 64, nullable: true }) pastellId?: string | null;
  @Field(() => ActSource) @Enum({ items: () => ActSource, type: 'string' }) source!: ActSource;
  @Property({ type: 'string', length: 64, nullable: true, hidden: true }) contentSha256?: string | null;

  @OneToMany(() => Document, (d) => d.act, { orderBy: { position: 'asc' }, orphanRemoval: true })
  documents = new Collection<Document>(this);
}
