import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../core/request-context.js';
import type { ActsServices } from './acts.services.js';
import { SearchActsArgs } from './public-act.args.js';
import { ActSearchConnection, PublicAct } from './public-act.types.js';

type GraphQLContext = RequestContext<ActsServices>;

/** Complexity of one text search, beside its results (see app/graphql-limits.ts). */
const SEARCH_COST = 50;

/** Public, anonymous operations on acts (widgets, reusers). */
@Resolver()
export class PublicActResolver {
  @Query(() => ActSearchConnection, {
    description:
      'Public : recherche dans les actes publiés d’une collectivité (fautes et accents tolérés, texte des PDF inclus).',
    // A text search costs far more than reading a field: it counts as such in the limits.
    complexity: ({ args, childComplexity }) =>
      SEARCH_COST + childComplexity * Math.max(1, Number(args.first ?? 20)),
  })
  searchActs(@Args(() => SearchActsArgs) args: SearchActsArgs, @Ctx() ctx: GraphQLContext) {
    return ctx.services.publicActs.searchActs(args);
  }

  @Query(() => PublicAct, { nullable: true, description: 'Public : un acte publié, ou null.' })
  publicAct(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.publicActs.publicAct(id);
  }
}
