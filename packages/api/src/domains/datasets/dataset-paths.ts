import path from 'node:path';
import { DatasetKind } from './dataset.entity.js';

/** Where a dataset file lives under DATA_DIR, and its public path. */
export function datasetFile(dataDir: string, scope: string, year: number): string {
  return path.join(dataDir, 'opendata', scope, 'deliberations', `${year}.csv`);
}

export function datasetPublicPath(
  scope: string,
  year: number,
  kind: DatasetKind = DatasetKind.DELIBERATIONS,
): string {
  const [folder, ext] = FILE_OF[kind];
  return scope === 'all'
    ? `/opendata/${folder}/${year}.${ext}`
    : `/opendata/${scope}/${folder}/${year}.${ext}`;
}

const FILE_OF: Record<DatasetKind, [string, string]> = {
  [DatasetKind.DELIBERATIONS]: ['deliberations', 'csv'],
  [DatasetKind.DECP_JSON]: ['decp', 'json'],
  [DatasetKind.DECP_XML]: ['decp', 'xml'],
};
