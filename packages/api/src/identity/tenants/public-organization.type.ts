import { Field, ObjectType } from 'type-graphql';

/** What anyone may know of an authority whose open data is active. */
@ObjectType({ description: 'Collectivité vue du public (open data actif uniquement).' })
export class PublicOrganization {
  @Field(() => String) siren!: string;
  @Field(() => String) name!: string;
}
