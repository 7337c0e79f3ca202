import path from 'node:path';

export type DecpFileFormat = 'json' | 'xml';

/** Where a DECP file lives under DATA_DIR (scope: a SIREN or `all`). */
export function decpFile(dataDir: string, scope: string, year: number, f: DecpFileFormat): string {
  return path.join(dataDir, 'opendata', scope, 'decp', `${year}.${f}`);
}

/** Its stable public path. */
export function decpPublicPath(scope: string, year: number, f: DecpFileFormat): string {
  return scope === 'all' ? `/opendata/decp/${year}.${f}` : `/opendata/${scope}/decp/${year}.${f}`;
}
