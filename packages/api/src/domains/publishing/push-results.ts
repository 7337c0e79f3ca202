import { Field, Int, ObjectType } from 'type-graphql';
import { RemoteDatasetAction, RemoteResourceAction } from './publishing.enums.js';

/** What a push did with one file (JSON in `DatasetPush.results`). */
export interface ResourcePushResult {
  distributionId: string;
  title: string;
  year: number | null;
  format: string | null;
  remoteId: string | null;
  action: RemoteResourceAction;
  error: string | null;
}

/** What a push did with one dataset and its files. */
export interface DatasetPushResult {
  catalogId: string;
  kind: string;
  title: string;
  remoteId: string | null;
  remotePage: string | null;
  action: RemoteDatasetAction;
  error: string | null;
  resources: ResourcePushResult[];
}

@ObjectType('ResourcePushResult', { description: 'Résultat d’une publication pour un fichier.' })
export class ResourcePushResultType {
  @Field(() => String) distributionId!: string;
  @Field(() => String) title!: string;
  @Field(() => Int, { nullable: true }) year!: number | null;
  @Field(() => String, { nullable: true }) format!: string | null;
  @Field(() => String, { nullable: true, description: 'Identifiant de la ressource distante.' })
  remoteId!: string | null;
  @Field(() => RemoteResourceAction) action!: RemoteResourceAction;
  @Field(() => String, { nullable: true, description: 'Erreur (en français).' })
  error!: string | null;
}

@ObjectType('DatasetPushResult', { description: 'Résultat d’une publication pour un jeu.' })
export class DatasetPushResultType {
  @Field(() => String, { description: 'Identifiant du jeu dans le catalogue de la plateforme.' })
  catalogId!: string;
  @Field(() => String) kind!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true, description: 'Identifiant du jeu distant.' })
  remoteId!: string | null;
  @Field(() => String, { nullable: true, description: 'Page du jeu sur le catalogue distant.' })
  remotePage!: string | null;
  @Field(() => RemoteDatasetAction) action!: RemoteDatasetAction;
  @Field(() => String, { nullable: true }) error!: string | null;
  @Field(() => [ResourcePushResultType]) resources!: ResourcePushResultType[];
}
