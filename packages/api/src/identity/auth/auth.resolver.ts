import { Arg, Ctx, Field, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../core/request-context.js';
import type { AuthService } from './auth.service.js';
import { OIDC_LOGIN_PATH } from './oidc-provider.js';
import { User } from './user.entity.js';

type GraphQLContext = RequestContext<{ auth: AuthService }>;

@ObjectType()
export class LoginPayload {
  @Field(() => String, { description: 'Jeton à envoyer en « Authorization: Bearer ».' })
  token!: string;

  @Field(() => Date)
  expiresAt!: Date;

  @Field(() => User)
  user!: User;
}

@ObjectType({ description: 'Modes de connexion proposés (public).' })
export class AuthConfig {
  @Field(() => Boolean, { description: 'Authentification unique (OIDC) disponible.' })
  oidcEnabled!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Adresse qui lance la connexion unique (lien, pas un formulaire).',
  })
  oidcLoginUrl!: string | null;
}

@Resolver()
export class AuthResolver {
  @Mutation(() => LoginPayload)
  login(
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.auth.login(email, password, ctx.ip);
  }

  @Mutation(() => LoginPayload, {
    description:
      'Échange le code à usage unique reçu après l’authentification unique contre une session.',
  })
  exchangeLoginCode(@Arg('code', () => String) code: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.auth.exchangeLoginCode(code);
  }

  @Mutation(() => Boolean, { description: 'Révoque la session en cours.' })
  signOut(@Ctx() ctx: GraphQLContext) {
    return ctx.services.auth.signOut(ctx.viewer);
  }

  @Mutation(() => Boolean, {
    description: 'Révoque toutes les sessions de l’utilisateur connecté (celle-ci comprise).',
  })
  signOutEverywhere(@Ctx() ctx: GraphQLContext) {
    return ctx.services.auth.signOutEverywhere(ctx.viewer);
  }

  @Query(() => User, { nullable: true, description: 'L’utilisateur connecté, ou null.' })
  me(@Ctx() ctx: GraphQLContext) {
    return ctx.services.auth.me(ctx.viewer);
  }

  @Query(() => AuthConfig, { description: 'Public : modes de connexion proposés.' })
  authConfig(@Ctx() ctx: GraphQLContext): AuthConfig {
    const enabled = !!ctx.config.oidc;
    return {
      oidcEnabled: enabled,
      oidcLoginUrl: enabled ? `${ctx.config.publicUrl}${OIDC_LOGIN_PATH}` : null,
    };
  }
}
