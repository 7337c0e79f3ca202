import { Entity, type Opt, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity.js';
import { Column } from '../../core/columns.js';

@Entity({ tableName: 'organizations' })
@ObjectType({ description: 'Une collectivité (commune, EPCI, département, syndicat…).' })
export class Organization extends BaseEntity {
  @Field(() => String, { description: 'SIREN, 9 chiffres.' })
  @Property({ type: 'string', length: 9, unique: true })
  siren!: string;

  @Field(() => String, { nullable: true, description: 'SIRET, 14 chiffres (clé de Luhn).' })
  @Property({ type: 'string', length: 14, nullable: true })
  siret?: string | null;

  @Field(() => String)
  @Property({ type: 'string', length: 255 })
  name!: string;

  @Field(() => Boolean, { description: 'Faux : rien de cette collectivité n’est public.' })
  @Property({ type: 'boolean', default: true })
  openDataActive: Opt<boolean> = true;

  @Field(() => Boolean, { description: 'Publier les annexes avec les actes.' })
  @Property({ type: 'boolean', default: true })
  publishAnnexes: Opt<boolean> = true;

  /**
   * Created from a deposit naming a SIREN unknown to the platform (a typo in the sending software
   * is enough): open data stays off until a platform administrator checks it and turns it on.
   */
  @Column.boolean({ default: false, description: 'À vérifier : créée à partir d’un dépôt.' })
  needsReview: Opt<boolean> = false;

  /** From SIRENE (head office's commune); also the spatial coverage of its datasets. */
  @Column.string(5, { nullable: true, description: 'Code commune Insee du siège (Sirene).' })
  inseeCode?: string | null;
  @Column.string(4, { nullable: true, description: 'Catégorie juridique (Sirene).' })
  legalCategory?: string | null;
}
