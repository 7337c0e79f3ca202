import { Entity, ManyToOne, type Opt, Unique } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity.js';
import { Column } from '../../core/columns.js';
import { Organization } from './organization.entity.js';

/**
 * An establishment (SIRET) of an organisation, as SIRENE knows it. A non-diffusible one
 * (statutDiffusion 'P') is kept without its name and never shown anywhere.
 */
@Entity({ tableName: 'establishments' })
@Unique({ properties: ['siret'] })
@ObjectType('Establishment', {
  description: 'Établissement (SIRET) d’une collectivité, diffusible.',
})
export class Establishment extends BaseEntity {
  @ManyToOne(() => Organization, { deleteRule: 'cascade' }) organization!: Organization;
  @Column.string(14, { description: 'SIRET, 14 chiffres.' }) siret!: string;
  @Column.string(255, { nullable: true, description: 'Enseigne ou dénomination (Sirene).' })
  name?: string | null;
  @Column.boolean({ default: true, api: false }) diffusible: Opt<boolean> = true;
  @Column.boolean({ default: false, description: 'Siège de la collectivité.' })
  headOffice: Opt<boolean> = false;
  @Column.boolean({ default: true, description: 'Faux : établissement fermé.' })
  active: Opt<boolean> = true;
  @Column.string(5, { nullable: true, description: 'Code commune Insee.' })
  communeCode?: string | null;
}
