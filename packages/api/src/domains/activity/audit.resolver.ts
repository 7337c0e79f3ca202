import { Args, ArgsType, Ctx, Field, Query, Resolver } from 'type-graphql';
import { AuditFilter } from './audit.inputs.js';
import { PageArgs } from '../../core/page.args.js';
import type { RequestContext } from '../../core/request-context.js';
import type { ActivityServices } from './activity.services.js';
import { AuditEntryConnection } from './audit.inputs.js';

type GraphQLContext = RequestContext<ActivityServices>;

@ArgsType()
class AuditArgs extends PageArgs {
  @Field(() => AuditFilter, { nullable: true }) filter?: AuditFilter;
}

@Resolver()
export class AuditResolver {
  @Query(() => AuditEntryConnection, {
    description: 'Journal d’audit (qui, quoi, quand, avant/après).',
  })
  auditLog(@Args(() => AuditArgs) args: AuditArgs, @Ctx() ctx: GraphQLContext) {
    return ctx.services.auditLog.list(args);
  }
}
