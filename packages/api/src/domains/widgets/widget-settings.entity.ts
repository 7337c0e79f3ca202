import { Entity, ManyToOne, type Opt, Property, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { ActNature } from '../acts/act.enums.js';
import { BaseEntity } from '../../core/base.entity.js';
import { Organization } from '../../identity/tenants/organization.entity.js';

/** The platform's default theme (every pair above 4.5:1). */
export const DEFAULT_WIDGET_THEME = {
  primaryColor: '#1d4f91',
  backgroundColor: '#ffffff',
  textColor: '#1a1a1a',
} as const;
export const DEFAULT_WIDGET_PAGE_SIZE = 10;

/** Acts widget (« marque blanche ») of one organisation: theme, title and preset filters. */
@Entity({ tableName: 'widget_settings' })
@ObjectType({ description: 'Réglages du widget des actes (marque blanche) d’une collectivité.' })
export class WidgetSettings extends BaseEntity {
  @ManyToOne(() => Organization, { deleteRule: 'cascade', unique: true })
  organization!: Rel<Organization>;

  /** Null: « Actes publiés de <nom de la collectivité> ». */
  @Property({ type: 'string', length: 120, nullable: true }) customTitle?: string | null;

  @Field(() => String, { description: 'Couleur principale (boutons, liens), #rrggbb.' })
  @Property({ type: 'string', length: 7 })
  primaryColor: Opt<string> = DEFAULT_WIDGET_THEME.primaryColor;
  @Field(() => String, { description: 'Couleur de fond, #rrggbb.' })
  @Property({ type: 'string', length: 7 })
  backgroundColor: Opt<string> = DEFAULT_WIDGET_THEME.backgroundColor;
  @Field(() => String, { description: 'Couleur du texte, #rrggbb.' })
  @Property({ type: 'string', length: 7 })
  textColor: Opt<string> = DEFAULT_WIDGET_THEME.textColor;

  @Field(() => [ActNature], { description: 'Natures présélectionnées (vide : toutes).' })
  @Property({ type: 'json' })
  natures: Opt<ActNature[]> = [];
  @Field(() => [String], {
    description: 'Classifications présélectionnées (« 7 » ou « 7.1 » ; vide : toutes).',
  })
  @Property({ type: 'json' })
  classifications: Opt<string[]> = [];
  @Field(() => String, { nullable: true, description: 'Date de l’acte, à partir de (AAAA-MM-JJ).' })
  @Property({ type: 'string', length: 10, nullable: true })
  dateFrom?: string | null;
  @Field(() => String, { nullable: true, description: 'Date de l’acte, jusqu’au (AAAA-MM-JJ).' })
  @Property({ type: 'string', length: 10, nullable: true })
  dateTo?: string | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Année présélectionnée (exclut une plage de dates).',
  })
  @Property({ type: 'integer', nullable: true })
  year?: number | null;
  @Field(() => Int, { description: 'Résultats par page.' })
  @Property({ type: 'integer' })
  pageSize: Opt<number> = DEFAULT_WIDGET_PAGE_SIZE;
}
