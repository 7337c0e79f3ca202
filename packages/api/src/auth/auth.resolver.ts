import { Arg, Ctx, Field, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import { User } from './user.entity.js';

@ObjectType()
export class LoginPayload {
  @Field(() => String, { description: 'Jeton à envoyer en « Authorization: Bearer ».' })
  token!: string;

  @Field(() => Date)
  expiresAt!: Date;

  @Field(() => User)
  user!: User;
}

@Resolver()
export class AuthResolver {
  @Mutation(() => LoginPayload)
  login(
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.auth.login(email, password);
  }

  @Mutation(() => Boolean, { description: 'Révoque la session en cours.' })
  signOut(@Ctx() ctx: GraphQLContext) {
    return ctx.services.auth.signOut(ctx.viewer);
  }

  @Query(() => User, { nullable: true, description: 'L’utilisateur connecté, ou null.' })
  me(@Ctx() ctx: GraphQLContext) {
    return ctx.services.auth.me(ctx.viewer);
  }
}
