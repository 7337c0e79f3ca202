import { Args, ArgsType, Ctx, Field, Query, Resolver } from 'type-graphql';
import { PageArgs } from '../../core/page.args.js';
import type { RequestContext } from '../../core/request-context.js';
import type { ActivityServices } from './activity.services.js';
import { JobState } from './job-progress.type.js';
import { JobConnection } from './job-list.types.js';

type GraphQLContext = RequestContext<ActivityServices>;

@ArgsType()
class JobsArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Nom exact de la tâche (ex. « dataset.export »).',
  })
  name?: string;
  @Field(() => JobState, { nullable: true }) state?: JobState;
}

@Resolver()
export class JobListResolver {
  @Query(() => JobConnection, {
    description:
      'Tâches en arrière-plan récentes : toutes (administrateurs de la plateforme) ou celles de vos collectivités.',
  })
  jobs(@Args(() => JobsArgs) args: JobsArgs, @Ctx() ctx: GraphQLContext) {
    return ctx.services.jobList.list(args);
  }
}
