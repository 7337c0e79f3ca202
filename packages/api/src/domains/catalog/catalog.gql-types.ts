import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum CatalogKindEnum {
  DELIBERATIONS = 'DELIBERATIONS',
  BUDGETS = 'BUDGETS',
  PROCUREMENT = 'PROCUREMENT',
  ACT_FILES = 'ACT_FILES',
}
registerEnumType(CatalogKindEnum, {
  name: 'CatalogKind',
  description:
    'Jeu de données du catalogue : DELIBERATIONS, BUDGETS, PROCUREMENT (marchés publics), ACT_FILES (liste des PDF des actes).',
});

@ObjectType({ description: 'Un choix de licence ou de fréquence.' })
export class CatalogChoice {
  @Field(() => String) id!: string;
  @Field(() => String) label!: string;
}

@ObjectType({
  description:
    'Métadonnées d’un jeu de données du catalogue (valeurs en vigueur : modifiées, ou par défaut).',
})
export class CatalogMetadataView {
  @Field(() => CatalogKindEnum) kind!: CatalogKindEnum;
  @Field(() => String, { description: 'Identifiant stable (dct:identifier).' }) identifier!: string;
  @Field(() => String) title!: string;
  @Field(() => String) description!: string;
  @Field(() => String, { description: 'Licence (lov2, odc-odbl, cc-by).' }) license!: string;
  @Field(() => String, { description: 'Fréquence de mise à jour (identifiant udata).' })
  frequency!: string;
  @Field(() => [String]) keywords!: string[];
  @Field(() => Boolean, { description: 'Vrai : modifiées par la collectivité.' }) edited!: boolean;
  @Field(() => Date, { nullable: true }) updatedAt!: Date | null;
  @Field(() => Int, { description: 'Fichiers publiés (toutes années et formats).' })
  distributionCount!: number;
  @Field(() => String, { description: 'Page publique du jeu de données.' }) landingPage!: string;
}

@InputType({
  description: 'Métadonnées modifiables ; un champ vide revient à la valeur par défaut.',
})
export class CatalogMetadataInput {
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => String, { nullable: true }) license?: string | null;
  @Field(() => String, { nullable: true }) frequency?: string | null;
  @Field(() => [String], { nullable: true }) keywords?: string[] | null;
}
