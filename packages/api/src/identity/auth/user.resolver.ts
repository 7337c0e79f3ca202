import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { IsOptional, Matches } from 'class-validator';
import { PageArgs } from '../../core/page.args.js';
import { ConnectionType } from '../../core/page.type.js';
import type { RequestContext } from '../../core/request-context.js';
import type { MembershipService } from './membership.service.js';
import type { UserAdminService } from './user-admin.service.js';
import { Membership } from './membership.entity.js';
import {
  AddMembershipInput,
  CreateUserInput,
  RemoveMembershipInput,
  SetPasswordInput,
  UpdateUserInput,
} from './user.inputs.js';
import { User } from './user.entity.js';

type GraphQLContext = RequestContext<{ users: UserAdminService; memberships: MembershipService }>;

export const UserConnection = ConnectionType(User, 'User');

@ArgsType()
class UsersArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'E-mail ou nom, en partie.' })
  search?: string;
  @Field(() => String, { nullable: true, description: 'Membres de cette collectivité.' })
  @IsOptional()
  @Matches(/^\d{9}$/, { message: 'Le SIREN doit comporter exactement 9 chiffres.' })
  siren?: string;
}

/** Users and memberships administration; every rule lives in the services. */
@Resolver(() => User)
export class UserResolver {
  @Query(() => UserConnection, {
    description:
      'Utilisateurs : tous (administrateurs de la plateforme) ou les membres de vos collectivités (administrateurs).',
  })
  users(@Args(() => UsersArgs) args: UsersArgs, @Ctx() ctx: GraphQLContext) {
    return ctx.services.users.list(args);
  }

  @Mutation(() => User)
  createUser(
    @Arg('input', () => CreateUserInput) input: CreateUserInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.users.create(input);
  }

  @Mutation(() => User)
  updateUser(
    @Arg('input', () => UpdateUserInput) input: UpdateUserInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.users.update(input);
  }

  @Mutation(() => User, {
    description:
      'Définit ou réinitialise un mot de passe (déverrouille le compte, ferme ses sessions).',
  })
  setPassword(
    @Arg('input', () => SetPasswordInput) input: SetPasswordInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.users.setPassword(input);
  }

  @Mutation(() => Membership, {
    description: 'Ajoute un utilisateur à une collectivité, ou change son rôle.',
  })
  addMembership(
    @Arg('input', () => AddMembershipInput) input: AddMembershipInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.memberships.add(input);
  }

  @Mutation(() => Boolean)
  removeMembership(
    @Arg('input', () => RemoveMembershipInput) input: RemoveMembershipInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.memberships.remove(input);
  }

  @FieldResolver(() => [Membership], {
    description: 'Collectivités et rôles (celles que vous pouvez voir).',
  })
  memberships(@Root() user: User, @Ctx() ctx: GraphQLContext) {
    return ctx.services.memberships.visibleOf(user);
  }

  @FieldResolver(() => Date, {
    nullable: true,
    deprecationReason:
      'Plus de verrouillage de compte : les échecs de connexion sont limités par adresse et par poste. Toujours null.',
  })
  lockedUntil(): Date | null {
    return null;
  }
}
