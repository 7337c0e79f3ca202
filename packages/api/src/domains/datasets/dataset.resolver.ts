import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../core/request-context.js';
import type { DatasetsServices } from './datasets.services.js';
import { Dataset, DatasetKind } from './dataset.entity.js';
import { DatasetError } from './dataset.types.js';

type GraphQLContext = RequestContext<DatasetsServices>;

@Resolver(() => Dataset)
export class DatasetResolver {
  @Query(() => [Dataset], {
    description:
      'Fichiers SCDL (Délibérations, Budget) d’une collectivité, par année, avec leur rapport.',
  })
  datasets(@Arg('siren', () => String) siren: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.datasets.list(siren);
  }

  @Mutation(() => ID, {
    nullable: true,
    description: 'Régénère un fichier ; renvoie la tâche (suivre avec jobProgress).',
  })
  regenerateDataset(
    @Arg('siren', () => String) siren: string,
    @Arg('year', () => Int) year: number,
    @Ctx() ctx: GraphQLContext,
    @Arg('kind', () => DatasetKind, { defaultValue: DatasetKind.DELIBERATIONS })
    kind: DatasetKind,
  ) {
    return ctx.services.datasets.regenerate(siren, year, kind);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'SIREN (null : fichier de toutes les collectivités).',
  })
  siren(@Root() d: Dataset) {
    return d.scope === 'all' ? null : d.scope;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'URL publique stable du fichier publié.',
  })
  url(@Root() d: Dataset, @Ctx() ctx: GraphQLContext) {
    return ctx.services.datasets.urlOf(d);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'URL publique des mêmes lignes au format tableur (.xlsx), quand le fichier est publié et tient dans un tableur.',
  })
  xlsxUrl(@Root() d: Dataset, @Ctx() ctx: GraphQLContext) {
    return ctx.services.datasets.urlOf(d, 'xlsx');
  }

  @FieldResolver(() => [DatasetError])
  errors(@Root() d: Dataset) {
    return d.errors;
  }

  @FieldResolver(() => [String], {
    description: 'Remarques (lignes écartées, colonnes vidées), en français.',
  })
  notes(@Root() d: Dataset) {
    return d.notes;
  }
}
