import path from 'node:path';
import { DatasetKind } from './dataset.entity.js';

/** A dataset kind, as the enum or its name (`'BUDGETS'`). */
export type DatasetKindName = DatasetKind | `${DatasetKind}`;

/** Folder and extension of each kind of file, under /opendata/{siren}/ and /opendata/. */
const FILE_OF: Record<DatasetKind, [folder: string, ext: string]> = {
  [DatasetKind.DELIBERATIONS]: ['deliberations', 'csv'],
  [DatasetKind.BUDGETS]: ['budgets', 'csv'],
  [DatasetKind.DECP_JSON]: ['decp', 'json'],
  [DatasetKind.DECP_XML]: ['decp', 'xml'],
  [DatasetKind.ACT_FILES]: ['actes', 'csv'],
};

/** The formats a dataset is served in: its own, or the same rows for spreadsheets (CSV kinds). */
export type DatasetFormat = 'own' | 'xlsx';

function fileName(kind: DatasetKindName, year: number, format: DatasetFormat): string {
  return `${year}.${format === 'xlsx' ? 'xlsx' : FILE_OF[kind as DatasetKind][1]}`;
}

/** Where a dataset file lives under DATA_DIR. */
export function datasetFile(
  dataDir: string,
  scope: string,
  year: number,
  kind: DatasetKindName = DatasetKind.DELIBERATIONS,
  format: DatasetFormat = 'own',
): string {
  const folder = FILE_OF[kind as DatasetKind][0];
  return path.join(dataDir, 'opendata', scope, folder, fileName(kind, year, format));
}

/** Its public path. */
export function datasetPublicPath(
  scope: string,
  year: number,
  kind: DatasetKindName = DatasetKind.DELIBERATIONS,
  format: DatasetFormat = 'own',
): string {
  const folder = FILE_OF[kind as DatasetKind][0];
  const name = fileName(kind, year, format);
  return scope === 'all' ? `/opendata/${folder}/${name}` : `/opendata/${scope}/${folder}/${name}`;
}

export const DATASET_MEDIA_TYPES: Readonly<Record<'csv' | 'xlsx' | 'json' | 'xml', string>> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
};

/** The public folders of dataset files (`/opendata/{siren}/{folder}/`, `/opendata/{folder}/`). */
export const DATASET_FOLDERS: readonly string[] = [
  ...new Set(Object.values(FILE_OF).map(([folder]) => folder)),
];

/**
 * Which dataset and format a public file name designates in a folder (`budgets`, `2024.xlsx`),
 * or null: a kind's own extension, or `.xlsx` beside a CSV kind.
 */
export function datasetOfFile(
  folder: string,
  file: string,
): {
  kind: DatasetKind;
  year: number;
  format: DatasetFormat;
  ext: keyof typeof DATASET_MEDIA_TYPES;
} | null {
  const m = /^(\d{4})\.(csv|xlsx|json|xml)$/.exec(file);
  if (!m) {
    return null;
  }
  const ext = m[2] as keyof typeof DATASET_MEDIA_TYPES;
  for (const [kind, [f, own]] of Object.entries(FILE_OF) as [DatasetKind, [string, string]][]) {
    if (f !== folder) {
      continue;
    }
    if (ext === own) {
      return { kind, year: Number(m[1]), format: 'own', ext };
    }
    if (ext === 'xlsx' && own === 'csv' && kind !== DatasetKind.ACT_FILES) {
      return { kind, year: Number(m[1]), format: 'xlsx', ext };
    }
  }
  return null;
}
