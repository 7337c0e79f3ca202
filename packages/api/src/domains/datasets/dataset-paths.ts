import path from 'node:path';

/** The formats a dataset is served in: the SCDL CSV, and the same rows for spreadsheets. */
export type DatasetFormat = 'csv' | 'xlsx';
/** Folder of each kind of file, under /opendata/{siren}/ and /opendata/. */
const FOLDERS = { DELIBERATIONS: 'deliberations', BUDGETS: 'budgets' } as const;
type Kind = keyof typeof FOLDERS;

/** Where a dataset file lives under DATA_DIR, and its public path. */
export function datasetFile(
  dataDir: string,
  scope: string,
  year: number,
  kind: Kind = 'DELIBERATIONS',
  format: DatasetFormat = 'csv',
): string {
  return path.join(dataDir, 'opendata', scope, FOLDERS[kind], `${year}.${format}`);
}

export function datasetPublicPath(
  scope: string,
  year: number,
  kind: Kind = 'DELIBERATIONS',
  format: DatasetFormat = 'csv',
): string {
  return scope === 'all'
    ? `/opendata/${FOLDERS[kind]}/${year}.${format}`
    : `/opendata/${scope}/${FOLDERS[kind]}/${year}.${format}`;
}

export const DATASET_MEDIA_TYPES: Readonly<Record<DatasetFormat, string>> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};
