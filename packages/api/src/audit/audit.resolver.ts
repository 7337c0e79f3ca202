import { ArrayMaxSize, IsOptional } from 'class-validator';
import { Args, ArgsType, Ctx, Field, InputType, Query, Resolver } from 'type-graphql';
import { PageArgs } from '../common/page.args.js';
import { ConnectionType } from '../common/page.type.js';
import type { GraphQLContext } from '../context.js';
import { AuditEntry } from './audit-entry.entity.js';

export const AuditEntryConnection = ConnectionType(AuditEntry, 'AuditEntry');

@InputType()
export class AuditFilter {
  @Field(() => String, { nullable: true }) siren?: string;
  @Field(() => String, { nullable: true }) targetType?: string;
  @Field(() => String, { nullable: true }) targetId?: string;
  @Field(() => [String], { nullable: true, description: 'Plusieurs cibles à la fois (par exemple un acte et ses documents).' })
  @IsOptional()
  @ArrayMaxSize(100, { message: '100 cibles au plus.' })
  targetIds?: string[];
  @Field(() => String, { nullable: true }) action?: string;
}

@ArgsType()
class AuditArgs extends PageArgs {
  @Field(() => AuditFilter, { nullable: true }) filter?: AuditFilter;
}

@Resolver()
export class AuditResolver {
  @Query(() => AuditEntryConnection, { description: 'Journal d’audit (qui, quoi, quand, avant/après).' })
  auditLog(@Args(() => AuditArgs) args: AuditArgs, @Ctx() ctx: GraphQLContext) {
    return ctx.services.auditLog.list(args);
  }
}
