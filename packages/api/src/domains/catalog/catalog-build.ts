import { statSync } from 'node:fs';
import { DatasetKind } from '../datasets/dataset.entity.js';
import { DATASET_MEDIA_TYPES, datasetFile, datasetPublicPath } from '../datasets/dataset-paths.js';
import type { CatalogMetadata } from './catalog-metadata.entity.js';
import type { CatalogDataset, CatalogDistribution, CatalogKind } from './catalog.types.js';
import {
  DEFAULT_LICENSE,
  FREQUENCIES,
  KIND_DEFAULTS,
  LICENSES,
  SCHEMAS,
  type LicenseId,
} from './catalog-vocabulary.js';

/** The catalogue kind a generated file belongs to. */
export const CATALOG_KIND_OF: Record<DatasetKind, CatalogKind> = {
  [DatasetKind.DELIBERATIONS]: 'DELIBERATIONS',
  [DatasetKind.BUDGETS]: 'BUDGETS',
  [DatasetKind.DECP_JSON]: 'PROCUREMENT',
  [DatasetKind.DECP_XML]: 'PROCUREMENT',
};

/** What the catalogue reads of a generated file (a `Dataset` row). */
export interface PublishedFile {
  kind: DatasetKind;
  scope: string;
  year: number;
  valid: boolean;
  rowCount: number;
  publishedFileAt: Date | null;
  sha256: string | null;
  size: number;
}

export interface OrgRef {
  siren: string;
  name: string;
  inseeCode?: string | null;
}

/** One year of the acts' PDF listing (generated on request, see act-listing.ts). */
export interface ActFilesYear {
  year: number;
  count: number;
  modifiedAt: Date | null;
}

export interface BuildContext {
  publicUrl: string;
  dataDir: string;
}

/** Public path of the yearly listing of an organisation's published act documents. */
export function actListingPath(siren: string, year: number): string {
  return `/opendata/${siren}/actes/${year}.csv`;
}

export function landingPageOf(publicUrl: string, siren: string, kind: CatalogKind): string {
  return `${publicUrl}/donnees/${siren}#${KIND_DEFAULTS[kind].slug}`;
}

function sizeOf(file: string): number | null {
  try {
    return statSync(file).size;
  } catch {
    return null;
  }
}

/** Distributions of one generated file: its own format, and the spreadsheet beside a CSV. */
export function distributionsOf(ctx: BuildContext, d: PublishedFile): CatalogDistribution[] {
  const kind = CATALOG_KIND_OF[d.kind];
  const slug = KIND_DEFAULTS[kind].slug;
  const base = {
    year: d.year,
    rowCount: d.rowCount,
    valid: d.valid,
    modifiedAt: d.publishedFileAt ?? null,
  };
  const url = (format: 'own' | 'xlsx') =>
    `${ctx.publicUrl}${datasetPublicPath(d.scope, d.year, d.kind, format)}`;
  const name = (ext: string) => `${slug}-${d.scope}-${d.year}.${ext}`;
  const id = (ext: string) => `${d.scope}-${slug}-${d.year}-${ext}`;
  switch (d.kind) {
    case DatasetKind.DECP_JSON:
    case DatasetKind.DECP_XML: {
      const json = d.kind === DatasetKind.DECP_JSON;
      const ext = json ? 'json' : 'xml';
      return [
        {
          ...base,
          id: id(ext),
          title: name(ext),
          format: ext,
          mediaType: json ? 'application/json' : 'application/xml',
          downloadUrl: url('own'),
          size: d.size,
          sha256: d.sha256 ?? null,
          schema: json ? SCHEMAS.decp : null,
        },
      ];
    }
    case DatasetKind.DELIBERATIONS:
    case DatasetKind.BUDGETS: {
      const schema = d.kind === DatasetKind.BUDGETS ? SCHEMAS.budget : SCHEMAS.deliberations;
      const out: CatalogDistribution[] = [
        {
          ...base,
          id: id('csv'),
          title: name('csv'),
          format: 'csv',
          mediaType: 'text/csv',
          downloadUrl: url('own'),
          size: d.size,
          sha256: d.sha256 ?? null,
          schema,
        },
      ];
      // The spreadsheet beside the CSV, when it could be made (see dataset-spreadsheet.ts).
      const xlsxSize = sizeOf(datasetFile(ctx.dataDir, d.scope, d.year, d.kind, 'xlsx'));
      if (xlsxSize !== null) {
        out.push({
          ...base,
          id: id('xlsx'),
          title: name('xlsx'),
          format: 'xlsx',
          mediaType: DATASET_MEDIA_TYPES.xlsx,
          downloadUrl: url('xlsx'),
          size: xlsxSize,
          sha256: null,
          schema: null,
        });
      }
      return out;
    }
  }
}

/** Distributions of the acts' PDF listing, one CSV per year. */
export function actFilesDistributions(
  ctx: BuildContext,
  siren: string,
  years: ActFilesYear[],
): CatalogDistribution[] {
  const slug = KIND_DEFAULTS.ACT_FILES.slug;
  return years.map((y) => ({
    id: `${siren}-${slug}-${y.year}-csv`,
    title: `${slug}-${siren}-${y.year}.csv`,
    year: y.year,
    format: 'csv',
    mediaType: 'text/csv',
    downloadUrl: `${ctx.publicUrl}${actListingPath(siren, y.year)}`,
    // Written on request from the database: its size is known only once served.
    size: 0,
    sha256: null,
    rowCount: y.count,
    valid: true,
    modifiedAt: y.modifiedAt,
    schema: null,
  }));
}

function maxDate(dates: (Date | null)[]): Date | null {
  let max: Date | null = null;
  for (const d of dates) {
    if (d && (!max || d > max)) {
      max = d;
    }
  }
  return max;
}

/** One catalogue dataset from its distributions and its (optional) edited metadata. */
export function datasetOf(
  ctx: BuildContext,
  org: OrgRef,
  kind: CatalogKind,
  distributions: CatalogDistribution[],
  meta: CatalogMetadata | undefined,
): CatalogDataset {
  const defaults = KIND_DEFAULTS[kind];
  const fill = (text: string) => text.replaceAll('{org}', org.name);
  const years = distributions.map((d) => d.year);
  const license =
    meta?.license && meta.license in LICENSES
      ? LICENSES[meta.license as LicenseId]
      : LICENSES[DEFAULT_LICENSE];
  distributions.sort((a, b) => b.year - a.year || a.format.localeCompare(b.format));
  return {
    id: `${org.siren}-${defaults.slug}`,
    siren: org.siren,
    organizationName: org.name,
    kind,
    title: meta?.title || fill(defaults.title),
    description: meta?.description || fill(defaults.description),
    license: { ...license },
    frequency:
      meta?.frequency && meta.frequency in FREQUENCIES ? meta.frequency : defaults.frequency,
    keywords: meta?.keywords?.length ? [...meta.keywords] : [...defaults.keywords],
    spatialInsee: org.inseeCode ?? null,
    temporal:
      years.length > 0
        ? {
            start: new Date(Date.UTC(Math.min(...years), 0, 1)),
            end: new Date(Date.UTC(Math.max(...years), 11, 31)),
          }
        : null,
    landingPage: landingPageOf(ctx.publicUrl, org.siren, kind),
    modifiedAt: maxDate(distributions.map((d) => d.modifiedAt)),
    distributions,
  };
}
