import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../core/request-context.js';
import { DatasetGeneration } from '../datasets/dataset-generation.entity.js';
import { DatasetKind } from '../datasets/dataset.enums.js';
import type { CatalogServices } from './catalog.services.js';
import {
  CatalogChoice,
  CatalogKindEnum,
  CatalogMetadataInput,
  CatalogMetadataView,
} from './catalog.gql-types.js';
import { FREQUENCY_LABELS, LICENSES } from './catalog-vocabulary.js';

type GraphQLContext = RequestContext<CatalogServices>;

/** Staff: the catalogue metadata of their organisation's datasets, and the files' history. */
@Resolver()
export class CatalogResolver {
  @Query(() => [CatalogMetadataView], {
    description:
      'Métadonnées du catalogue (DCAT, data.gouv.fr, /donnees/) de chaque jeu de données de la collectivité.',
  })
  catalogMetadata(@Arg('siren', () => String) siren: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.catalogMetadata.list(siren);
  }

  @Mutation(() => CatalogMetadataView, {
    description: 'Modifie les métadonnées d’un jeu de données (éditeurs) ; journalisé.',
  })
  updateCatalogMetadata(
    @Arg('siren', () => String) siren: string,
    @Arg('kind', () => CatalogKindEnum) kind: CatalogKindEnum,
    @Arg('input', () => CatalogMetadataInput) input: CatalogMetadataInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.catalogMetadata.update(siren, kind, input);
  }

  @Query(() => [DatasetGeneration], {
    description:
      'Historique des générations des fichiers de la collectivité (date, raison, lignes, empreinte, validité), du plus récent au plus ancien.',
  })
  datasetHistory(
    @Arg('siren', () => String) siren: string,
    @Ctx() ctx: GraphQLContext,
    @Arg('kind', () => DatasetKind, { nullable: true }) kind?: DatasetKind | null,
    @Arg('year', () => Int, { nullable: true }) year?: number | null,
    @Arg('limit', () => Int, { defaultValue: 50 }) limit = 50,
  ) {
    return ctx.services.catalogMetadata.history(siren, kind ?? null, year ?? null, limit);
  }

  @Query(() => [CatalogChoice], { description: 'Licences proposées pour le catalogue.' })
  catalogLicenses() {
    return Object.values(LICENSES).map((l) => ({ id: l.id, label: l.title }));
  }

  @Query(() => [CatalogChoice], { description: 'Fréquences de mise à jour proposées.' })
  catalogFrequencies() {
    return Object.entries(FREQUENCY_LABELS).map(([id, label]) => ({ id, label }));
  }
}
