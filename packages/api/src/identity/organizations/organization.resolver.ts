import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { PageArgs } from '../../core/page.args.js';
import { ConnectionType } from '../../core/page.type.js';
import type { RequestContext } from '../../core/request-context.js';
import type { OrganizationService } from './organization.service.js';
import { Organization } from '../tenants/organization.entity.js';
import { CreateOrganizationInput, UpdateOrganizationInput } from './organization.inputs.js';
import { PublicOrganization } from '../tenants/public-organization.type.js';

type GraphQLContext = RequestContext<{ organizations: OrganizationService }>;

export const OrganizationConnection = ConnectionType(Organization, 'Organization');

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => Organization, { nullable: true })
  organization(@Arg('siren', () => String) siren: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.organizations.findBySiren(siren);
  }

  @Query(() => PublicOrganization, {
    nullable: true,
    description: 'Public : la collectivité si son open data est actif, sinon null.',
  })
  publicOrganization(@Arg('siren', () => String) siren: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.organizations.findPublic(siren);
  }

  @Query(() => OrganizationConnection)
  organizations(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('search', () => String, { nullable: true, description: 'Nom ou début de SIREN.' })
    search: string | undefined,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.organizations.list({ ...page, search });
  }

  @Mutation(() => Organization)
  createOrganization(
    @Arg('input', () => CreateOrganizationInput) input: CreateOrganizationInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.organizations.create(ctx.viewer, input);
  }

  @Mutation(() => Organization)
  updateOrganization(
    @Arg('input', () => UpdateOrganizationInput) input: UpdateOrganizationInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.organizations.update(input);
  }
}
