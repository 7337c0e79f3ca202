import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../core/request-context.js';
import { Establishment } from '../../identity/tenants/establishment.entity.js';
import { SireneSync } from './sirene-sync.entity.js';
import type { SireneServices } from './sirene.services.js';

type GraphQLContext = RequestContext<SireneServices>;

@Resolver()
export class SireneResolver {
  @Query(() => [Establishment], {
    description:
      'Public : établissements diffusibles de la collectivité (Sirene). Les non-diffusibles ne sont jamais montrés.',
  })
  establishments(@Arg('siren', () => String) siren: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.sirene.establishments(siren);
  }

  @Query(() => SireneSync, {
    nullable: true,
    description: 'Équipe de la collectivité : dernier enrichissement Sirene (null : jamais).',
  })
  sireneSync(@Arg('siren', () => String) siren: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.sirene.syncOf(siren);
  }

  @Mutation(() => String, {
    nullable: true,
    description:
      'Administrateurs de la collectivité : relance l’enrichissement Sirene ; rend l’id de la tâche.',
  })
  refreshSirene(@Arg('siren', () => String) siren: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.sirene.requestRefresh(siren);
  }
}

@Resolver(() => SireneSync)
export class SireneSyncResolver {
  @FieldResolver(() => String)
  siren(@Root() s: SireneSync) {
    return s.organization.siren;
  }
}
