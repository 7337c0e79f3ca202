import path from 'node:path';

/** Folder of each kind of file, under /opendata/{siren}/ and /opendata/. */
const FOLDERS = { DELIBERATIONS: 'deliberations', BUDGETS: 'budgets' } as const;
type Kind = keyof typeof FOLDERS;

/** Where a dataset file lives under DATA_DIR, and its public path. */
export function datasetFile(
  dataDir: string,
  scope: string,
  year: number,
  kind: Kind = 'DELIBERATIONS',
): string {
  return path.join(dataDir, 'opendata', scope, FOLDERS[kind], `${year}.csv`);
}

export function datasetPublicPath(scope: string, year: number, kind: Kind = 'DELIBERATIONS') {
  return scope === 'all'
    ? `/opendata/${FOLDERS[kind]}/${year}.csv`
    : `/opendata/${scope}/${FOLDERS[kind]}/${year}.csv`;
}
