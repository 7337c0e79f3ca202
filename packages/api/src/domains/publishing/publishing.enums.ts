import { registerEnumType } from 'type-graphql';

export enum DatasetPushStatus {
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  /** Some datasets or files failed; the others were published. */
  PARTIAL = 'PARTIAL',
  FAILED = 'FAILED',
}
registerEnumType(DatasetPushStatus, {
  name: 'DatasetPushStatus',
  description:
    'RUNNING : en cours ; SUCCEEDED : tout est publié ; PARTIAL : certains jeux ou fichiers ont échoué ; FAILED : rien n’a pu être publié.',
});

export enum RemoteDatasetAction {
  CREATED = 'CREATED',
  /** Deleted on the remote catalogue, created again. */
  RECREATED = 'RECREATED',
  UPDATED = 'UPDATED',
  UNCHANGED = 'UNCHANGED',
  /** No file to publish yet. */
  SKIPPED = 'SKIPPED',
  FAILED = 'FAILED',
}
registerEnumType(RemoteDatasetAction, {
  name: 'RemoteDatasetAction',
  description: 'Ce que la publication a fait d’un jeu de données sur le catalogue distant.',
});

export enum RemoteResourceAction {
  CREATED = 'CREATED',
  /** File replaced in place (same remote resource). */
  REPLACED = 'REPLACED',
  /** Same file; only its description changed. */
  UPDATED = 'UPDATED',
  UNCHANGED = 'UNCHANGED',
  /** A file no longer published here, removed from the remote dataset. */
  DELETED = 'DELETED',
  FAILED = 'FAILED',
}
registerEnumType(RemoteResourceAction, {
  name: 'RemoteResourceAction',
  description: 'Ce que la publication a fait d’un fichier (ressource) sur le catalogue distant.',
});
