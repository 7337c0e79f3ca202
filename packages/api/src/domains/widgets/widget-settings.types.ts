import { Field, Int, ObjectType } from 'type-graphql';
import { ActNature } from '../acts/act.enums.js';

/** What the widget reads without signing in (active organisations only). */
@ObjectType({ description: 'Réglages publics du widget des actes d’une collectivité.' })
export class PublicWidgetSettings {
  @Field(() => String) siren!: string;
  @Field(() => String, { description: 'Nom de la collectivité.' }) organizationName!: string;
  @Field(() => String) title!: string;
  @Field(() => String) primaryColor!: string;
  @Field(() => String) backgroundColor!: string;
  @Field(() => String) textColor!: string;
  @Field(() => [ActNature]) natures!: ActNature[];
  @Field(() => [String]) classifications!: string[];
  @Field(() => String, { nullable: true }) dateFrom!: string | null;
  @Field(() => String, { nullable: true }) dateTo!: string | null;
  @Field(() => Int, { nullable: true }) year!: number | null;
  @Field(() => Int) pageSize!: number;
}
