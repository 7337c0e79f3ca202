import { statSync } from 'node:fs';
import { DatasetKind } from '../datasets/dataset.entity.js';
import { DATASET_MEDIA_TYPES, datasetFile, datasetPublicPath } from '../datasets/dataset-paths.js';
import type { MetadataFields } from './catalog-queries.js';
import type {
  CatalogDataset,
  CatalogDistribution,
  CatalogKind,
  CatalogSchema,
} from './catalog.types.js';
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
  [DatasetKind.ACT_FILES]: 'ACT_FILES',
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
  /** The spreadsheet's size beside a CSV (0: none; null: not recorded, read on disk). */
  xlsxSize: number | null;
}

export interface OrgRef {
  siren: string;
  name: string;
  inseeCode?: string | null;
}

export interface BuildContext {
  publicUrl: string;
  dataDir: string;
}

/** The scope of the files of every organisation (`/opendata/{folder}/{year}.{ext}`). */
export const ALL_SCOPE = 'all';

/** The platform, as the publisher of the files of every organisation. */
export const PLATFORM: OrgRef = {
  siren: ALL_SCOPE,
  name: 'toutes les collectivités de la plateforme',
  inseeCode: null,
};

/** Identifier prefix of a scope's datasets and distributions: its SIREN, or `plateforme`. */
export function scopeKey(scope: string): string {
  return scope === ALL_SCOPE ? 'plateforme' : scope;
}

export function landingPageOf(publicUrl: string, siren: string, kind: CatalogKind): string {
  const page = siren === ALL_SCOPE ? '' : siren;
  return `${publicUrl}/donnees/${page}#${KIND_DEFAULTS[kind].slug}`;
}

function sizeOf(file: string): number | null {
  try {
    return statSync(file).size;
  } catch {
    return null;
  }
}

/** Each kind's own file: extension, media type, official schema. */
const OWN_FILE: Record<
  DatasetKind,
  { ext: CatalogDistribution['format']; mediaType: string; schema: CatalogSchema | null }
> = {
  [DatasetKind.DELIBERATIONS]: { ext: 'csv', mediaType: 'text/csv', schema: SCHEMAS.deliberations },
  [DatasetKind.BUDGETS]: { ext: 'csv', mediaType: 'text/csv', schema: SCHEMAS.budget },
  [DatasetKind.DECP_JSON]: { ext: 'json', mediaType: 'application/json', schema: SCHEMAS.decp },
  [DatasetKind.DECP_XML]: { ext: 'xml', mediaType: 'application/xml', schema: null },
  [DatasetKind.ACT_FILES]: { ext: 'csv', mediaType: 'text/csv', schema: null },
};

// Module-level helpers, no closures per file: this runs for every file of every page.
function distribution(
  ctx: BuildContext,
  d: PublishedFile,
  format: 'own' | 'xlsx',
  ext: CatalogDistribution['format'],
  mediaType: string,
  size: number,
  sha256: string | null,
  schema: CatalogSchema | null,
): CatalogDistribution {
  const slug = KIND_DEFAULTS[CATALOG_KIND_OF[d.kind]].slug;
  const key = scopeKey(d.scope);
  return {
    id: `${key}-${slug}-${d.year}-${ext}`,
    title: `${slug}-${key}-${d.year}.${ext}`,
    year: d.year,
    format: ext,
    mediaType,
    downloadUrl: ctx.publicUrl + datasetPublicPath(d.scope, d.year, d.kind, format),
    size,
    sha256,
    rowCount: d.rowCount,
    valid: d.valid,
    modifiedAt: d.publishedFileAt ?? null,
    schema,
  };
}

/**
 * Distributions of one generated file: its own format, and the spreadsheet beside a CSV (its
 * size as the export recorded it; read on disk only for a file made before it was recorded).
 */
export function distributionsOf(ctx: BuildContext, d: PublishedFile): CatalogDistribution[] {
  const own = OWN_FILE[d.kind];
  const out = [
    distribution(ctx, d, 'own', own.ext, own.mediaType, d.size, d.sha256 ?? null, own.schema),
  ];
  if (own.ext === 'csv' && d.kind !== DatasetKind.ACT_FILES) {
    const xlsxSize =
      d.xlsxSize ?? sizeOf(datasetFile(ctx.dataDir, d.scope, d.year, d.kind, 'xlsx'));
    if (xlsxSize) {
      out.push(
        distribution(ctx, d, 'xlsx', 'xlsx', DATASET_MEDIA_TYPES.xlsx, xlsxSize, null, null),
      );
    }
  }
  return out;
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
  meta: MetadataFields | undefined,
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
    id: `${scopeKey(org.siren)}-${defaults.slug}`,
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
