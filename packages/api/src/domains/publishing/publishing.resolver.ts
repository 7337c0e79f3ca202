import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../core/request-context.js';
import { DatasetPush } from './dataset-push.entity.js';
import { DatagouvSettingsInput } from './publishing.inputs.js';
import type { PublishingServices } from './publishing.services.js';
import { DatagouvSettingsView } from './publishing.types.js';
import { DatasetPushResultType } from './push-results.js';

type GraphQLContext = RequestContext<PublishingServices>;

/** Pushes to data.gouv.fr (or any udata instance): settings, « Publier maintenant », history. */
@Resolver()
export class PublishingResolver {
  @Query(() => DatagouvSettingsView, {
    description: 'Réglages de publication vers data.gouv.fr (la clé n’est jamais renvoyée).',
  })
  datagouvSettings(@Arg('siren', () => String) siren: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.datagouvSettings.view(siren);
  }

  @Mutation(() => DatagouvSettingsView, {
    description:
      'Enregistre la clé d’API (écriture seule, chiffrée), active ou non la publication, choisit l’organisation distante (administrateurs de la collectivité).',
  })
  updateDatagouvSettings(
    @Arg('input', () => DatagouvSettingsInput) input: DatagouvSettingsInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.datagouvSettings.update(input);
  }

  @Mutation(() => String, {
    nullable: true,
    description:
      'Publie maintenant les jeux de la collectivité sur data.gouv.fr (traitement datagouv.push) ; renvoie l’identifiant du traitement (suivi : jobProgress).',
  })
  pushDatasets(@Arg('siren', () => String) siren: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.datagouvPush.start(siren);
  }

  @Query(() => [DatasetPush], {
    description:
      'Publications passées (les plus récentes d’abord), avec le résultat de chaque fichier.',
  })
  datasetPushes(
    @Arg('siren', () => String) siren: string,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.datagouvPush.list(siren, first ?? 20);
  }
}

@Resolver(() => DatasetPush)
export class DatasetPushResolver {
  @FieldResolver(() => String)
  siren(@Root() p: DatasetPush) {
    return p.organization.siren;
  }

  @FieldResolver(() => [DatasetPushResultType], { description: 'Résultat par jeu de données.' })
  datasets(@Root() p: DatasetPush) {
    return p.results;
  }
}
