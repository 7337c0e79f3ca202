import path from 'node:path';

/** The formats a dataset is served in: the SCDL CSV, and the same rows for spreadsheets. */
export type DatasetFormat = 'csv' | 'xlsx';

/** Where a dataset file lives under DATA_DIR, and its public path. */
export function datasetFile(
  dataDir: string,
  scope: string,
  year: number,
  format: DatasetFormat = 'csv',
): string {
  return path.join(dataDir, 'opendata', scope, 'deliberations', `${year}.${format}`);
}

export function datasetPublicPath(
  scope: string,
  year: number,
  format: DatasetFormat = 'csv',
): string {
  return scope === 'all'
    ? `/opendata/deliberations/${year}.${format}`
    : `/opendata/${scope}/deliberations/${year}.${format}`;
}

export const DATASET_MEDIA_TYPES: Readonly<Record<DatasetFormat, string>> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};
