import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type {
  CatalogDataset,
  CatalogDistribution,
} from '../../src/domains/catalog/catalog.types.js';

/** A yearly CSV file written where the platform serves it, and its catalogue distribution. */
export async function servedCsv(
  dataDir: string,
  publicUrl: string,
  siren: string,
  folder: string,
  year: number,
  content: string,
): Promise<CatalogDistribution> {
  const rel = `/opendata/${siren}/${folder}/${year}.csv`;
  const file = path.join(dataDir, rel);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, content);
  const bytes = Buffer.from(content);
  return {
    id: `${siren}-${folder}-${year}-csv`,
    title: `${folder}-${siren}-${year}.csv`,
    year,
    format: 'csv',
    mediaType: 'text/csv',
    downloadUrl: `${publicUrl}${rel}`,
    size: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    rowCount: content.split('\n').length - 2,
    valid: true,
    modifiedAt: new Date(),
    schema: {
      name: 'scdl/deliberations',
      version: '2.1.3',
      url: 'https://schema.data.gouv.fr/schemas/scdl/deliberations/2.1.3/schema.json',
    },
  };
}

/** A catalogue dataset as the catalogue service describes it. */
export function catalogDataset(
  siren: string,
  kind: CatalogDataset['kind'],
  distributions: CatalogDistribution[],
  over: Partial<CatalogDataset> = {},
): CatalogDataset {
  const years = distributions.map((d) => d.year);
  return {
    id: `${siren}-${kind.toLowerCase()}`,
    siren,
    organizationName: 'Commune d’Exempleville',
    kind,
    title: `Délibérations – Commune d’Exempleville`,
    description:
      'Délibérations adoptées par le conseil municipal, au format SCDL Délibérations. Un fichier CSV par année, mis à jour chaque jour.',
    license: {
      id: 'lov2',
      title: 'Licence Ouverte / Open Licence version 2.0',
      url: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence',
    },
    frequency: 'daily',
    keywords: ['délibérations', 'SCDL', 'actes', 'conseil municipal'],
    spatialInsee: '35238',
    temporal: years.length
      ? {
          start: new Date(Date.UTC(Math.min(...years), 0, 1)),
          end: new Date(Date.UTC(Math.max(...years), 11, 31)),
        }
      : null,
    landingPage: `https://plateforme.test/donnees/${siren}/${kind.toLowerCase()}`,
    modifiedAt: new Date(),
    distributions,
    ...over,
  };
}
