/**
 * The catalogue's view of what an organisation publishes: one dataset per organisation and kind,
 * each with its distributions (every yearly file, in every format). The DCAT catalogues, the
 * public `/donnees/` page and the pushes to data.gouv.fr (or any udata instance) all read this
 * shape, so a dataset is described once.
 */

/** The kinds of dataset an organisation publishes (one dataset per organisation and kind). */
export type CatalogKind = 'DELIBERATIONS' | 'BUDGETS' | 'PROCUREMENT' | 'ACT_FILES';

/** The official schema a distribution conforms to (`dct:conformsTo`, udata `schema`). */
export interface CatalogSchema {
  /** Schema name as schema.data.gouv.fr knows it, e.g. `scdl/deliberations`. */
  name: string;
  version: string;
  /** Exact URL declared as `dct:conformsTo`. */
  url: string;
}

export interface CatalogDistribution {
  /** Stable identifier, unique within the platform (never changes for the same yearly file). */
  id: string;
  title: string;
  year: number;
  /** File format as udata and DCAT expect it: `csv`, `xlsx`, `json`, `xml`. */
  format: 'csv' | 'xlsx' | 'json' | 'xml';
  mediaType: string;
  /** Absolute, stable download URL (no redirect). */
  downloadUrl: string;
  size: number;
  sha256: string | null;
  rowCount: number;
  valid: boolean;
  modifiedAt: Date | null;
  schema: CatalogSchema | null;
}

export interface CatalogDataset {
  /** Stable identifier (`dct:identifier`), unique within the platform, e.g. `{siren}-deliberations`. */
  id: string;
  siren: string;
  organizationName: string;
  kind: CatalogKind;
  title: string;
  description: string;
  license: { id: string; title: string; url: string };
  /** Update frequency as a udata frequency id (`daily`, `weekly`, `monthly`, …). */
  frequency: string;
  keywords: string[];
  /** INSEE commune code when known. */
  spatialInsee: string | null;
  temporal: { start: Date; end: Date } | null;
  /** Public page of the dataset (on `/donnees/`). */
  landingPage: string;
  modifiedAt: Date | null;
  distributions: CatalogDistribution[];
}
