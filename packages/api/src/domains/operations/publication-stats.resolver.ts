import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../core/request-context.js';
import type { PublicationStatsService } from './publication-stats.service.js';
import { PublicationStats, PublicationStatsArgs } from './publication-stats.types.js';

type GraphQLContext = RequestContext<{ publicationStats: PublicationStatsService }>;

@Resolver()
export class PublicationStatsResolver {
  @Query(() => PublicationStats, {
    description:
      'Public : actes reçus, publiés, non publiés, en attente, par nature et par mois ; documents budgétaires et contrats publiés. Des nombres seulement.',
  })
  publicationStats(
    @Args(() => PublicationStatsArgs) args: PublicationStatsArgs,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.publicationStats.stats(args);
  }
}
