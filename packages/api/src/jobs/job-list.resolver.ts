import { Args, ArgsType, Ctx, Field, Query, Resolver } from 'type-graphql';
import { PageArgs } from '../common/page.args.js';
import type { GraphQLContext } from '../context.js';
import { JobState } from '../events/job-progress.type.js';
import { JobConnection } from './job-list.types.js';

@ArgsType()
class JobsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Nom exact de la tâche (ex. « dataset.export »).' }) name?: string;
  @Field(() => JobState, { nullable: true }) state?: JobState;
}

@Resolver()
export class JobListResolver {
  @Query(() => JobConnection, {
    description: 'Tâches en arrière-plan récentes : toutes (administrateurs de la plateforme) ou celles de vos collectivités.',
  })
  jobs(@Args(() => JobsArgs) args: JobsArgs, @Ctx() ctx: GraphQLContext) {
    return ctx.services.jobList.list(args);
  }
}
