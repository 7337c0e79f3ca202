import {
  Collection,
  Entity,
  Index,
  ManyToOne,
  OneToMany,
  type Opt,
  type Rel,
  Unique,
} from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity.js';
import { Column } from '../../core/columns.js';
import { Organization } from '../../identity/tenants/organization.entity.js';
import { ActNature, ActSource, ActStatus, PublicationDecision } from './act.enums.js';
import { Document } from './document.entity.js';

const optional = { nullable: true };

@Entity({ tableName: 'acts' })
@Unique({ properties: ['organization', 'pastellId'] })
@Unique({ properties: ['organization', 'number', 'date'] })
@Index({ properties: ['organization', 'status', 'date'] })
@ObjectType({ description: 'Un acte administratif (délibération, arrêté…).' })
export class Act extends BaseEntity {
  @Field(() => Organization)
  @ManyToOne(() => Organization, { deleteRule: 'cascade' })
  organization!: Rel<Organization>;

  @Column.string(64) number!: string;
  @Column.string(10, { description: 'Date de l’acte (AAAA-MM-JJ).' }) date!: string;
  @Column.string(10, { ...optional, description: 'Date d’AR préfecture (AAAA-MM-JJ).' })
  prefectureAckDate?: string | null;
  @Column.text() subject!: string;
  @Column.enum(() => ActNature) nature!: ActNature;
  @Column.string(16, { ...optional, description: 'Détail de la nature 7 (LD, AT, PV, AP).' })
  natureDetail?: string | null;
  @Column.string(32, optional) classificationCode?: string | null;
  @Column.string(255, optional) classificationLabel?: string | null;
  @Column.boolean({
    default: false,
    description: 'Code de classification absent de la nomenclature connue.',
  })
  classificationUnknown: Opt<boolean> = false;
  @Column.enum(() => PublicationDecision) publicationDecision!: PublicationDecision;
  @Column.enum(() => ActStatus) status!: ActStatus;
  @Column.boolean({ default: false }) hidden: Opt<boolean> = false;
  @Column.dateTime({ ...optional, api: false }) deletedAt?: Date | null;
  @Column.dateTime({ ...optional, description: 'Date de publication légale.' })
  publishedAt?: Date | null;
  @Column.string(64, { ...optional, description: 'Identifiant Pastell (id_d).' })
  pastellId?: string | null;
  @Column.enum(() => ActSource) source!: ActSource;
  @Column.string(64, { ...optional, api: false, hidden: true }) contentSha256?: string | null;

  /** Set when staff edit the subject: a new version of the deposit keeps theirs. */
  @Column.dateTime({ ...optional, api: false }) subjectEditedAt?: Date | null;
  @OneToMany(() => Document, (d) => d.act, { orderBy: { position: 'asc' }, orphanRemoval: true })
  documents = new Collection<Document>(this);
}
