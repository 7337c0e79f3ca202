import { Args, ArgsType, Ctx, Field, Query, Resolver } from 'type-graphql';
import { PageArgs } from '../../core/page.args.js';
import type { RequestContext } from '../../core/request-context.js';
import type { OrganizationOverviewService } from './organization-overview.service.js';
import { OrganizationOverviewConnection } from './organization-overview.types.js';

type GraphQLContext = RequestContext<{ organizationOverview: OrganizationOverviewService }>;

@ArgsType()
class OverviewArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Nom ou début de SIREN.' })
  search?: string;
  @Field(() => Boolean, { nullable: true, description: 'Seulement les collectivités à vérifier.' })
  needsReview?: boolean;
  @Field(() => Boolean, { nullable: true }) openDataActive?: boolean;
}

@Resolver()
export class OrganizationOverviewResolver {
  @Query(() => OrganizationOverviewConnection, {
    description:
      'Administrateurs de la plateforme : chaque collectivité avec sa file à statuer, son dernier dépôt et ses échecs ouverts.',
  })
  organizationsOverview(@Args(() => OverviewArgs) args: OverviewArgs, @Ctx() ctx: GraphQLContext) {
    return ctx.services.organizationOverview.list(args);
  }
}
