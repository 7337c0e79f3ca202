import { Max, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';

export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: 'Nombre d’éléments (1 à 100, 20 par défaut).' })
  @Min(1, { message: 'first doit valoir au moins 1.' })
  @Max(MAX_PAGE_SIZE, { message: `first ne peut pas dépasser ${MAX_PAGE_SIZE}.` })
  first?: number;

  @Field(() => String, { nullable: true, description: 'Curseur renvoyé par pageInfo.endCursor.' })
  after?: string;
}
