import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { RequestContext } from '../../core/request-context.js';
import type { ApiKeyService } from './api-key.service.js';
import { ApiKey } from './api-key.entity.js';
import { CreateApiKeyInput } from './user.inputs.js';
import { User } from './user.entity.js';

type GraphQLContext = RequestContext<{ apiKeys: ApiKeyService }>;

@ObjectType({ description: 'Clé créée : le secret n’est montré qu’une fois.' })
export class CreatedApiKey {
  @Field(() => ApiKey) key!: ApiKey;
  @Field(() => String, {
    description: 'À envoyer en « Authorization: Bearer ». Conservez-le : il ne sera plus affiché.',
  })
  secret!: string;
}

@Resolver(() => ApiKey)
export class ApiKeyResolver {
  @Mutation(() => CreatedApiKey, {
    description: 'Crée une clé d’API pour vous, dans la limite de vos droits.',
  })
  createApiKey(
    @Arg('input', () => CreateApiKeyInput) input: CreateApiKeyInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.apiKeys.create(input);
  }

  @Query(() => [ApiKey], {
    description: 'Vos clés d’API (administrateurs : celles d’un utilisateur que vous gérez).',
  })
  apiKeys(
    @Arg('userId', () => ID, { nullable: true }) userId: string | undefined,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.apiKeys.list(userId);
  }

  @Mutation(() => ApiKey, {
    description: 'Révoque une clé : elle cesse de fonctionner immédiatement.',
  })
  revokeApiKey(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.apiKeys.revoke(id);
  }

  @FieldResolver(() => [String], { description: 'SIREN des collectivités (portées org:*).' })
  sirens(@Root() key: ApiKey, @Ctx() ctx: GraphQLContext) {
    return ctx.services.apiKeys.sirensOf(key);
  }

  @FieldResolver(() => User)
  async owner(@Root() key: ApiKey, @Ctx() ctx: GraphQLContext) {
    await ctx.em.populate(key, ['owner']);
    return key.owner;
  }

  @FieldResolver(() => Boolean, { description: 'Utilisable : ni révoquée ni expirée.' })
  active(@Root() key: ApiKey) {
    return !key.revokedAt && (!key.expiresAt || key.expiresAt > new Date());
  }
}
