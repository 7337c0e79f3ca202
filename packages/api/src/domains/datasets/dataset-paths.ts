import path from 'node:path';

/** Where a dataset file lives under DATA_DIR, and its public path. */
export function datasetFile(dataDir: string, scope: string, year: number): string {
  return path.join(dataDir, 'opendata', scope, 'deliberations', `${year}.csv`);
}

export function datasetPublicPath(scope: string, year: number): string {
  return scope === 'all'
    ? `/opendata/deliberations/${year}.csv`
    : `/opendata/${scope}/deliberations/${year}.csv`;
}
