import { datasetFile, datasetPublicPath } from '../datasets/dataset-paths.js';
import { DatasetKind } from '../datasets/dataset.enums.js';

export type DecpFileFormat = 'json' | 'xml';

const KIND = { json: DatasetKind.DECP_JSON, xml: DatasetKind.DECP_XML } as const;

/** Where a DECP file lives under DATA_DIR (scope: a SIREN or `all`). */
export function decpFile(dataDir: string, scope: string, year: number, f: DecpFileFormat): string {
  return datasetFile(dataDir, scope, year, KIND[f]);
}

/** Its stable public path. */
export function decpPublicPath(scope: string, year: number, f: DecpFileFormat): string {
  return datasetPublicPath(scope, year, KIND[f]);
}
