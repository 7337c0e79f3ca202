import type { EntityManager } from '@mikro-orm/core';
import { Organization } from '../../identity/tenants/organization.entity.js';
import { type Dataset, type DatasetKind, DatasetStatus } from '../datasets/dataset.entity.js';
import {
  ALL_SCOPE,
  CATALOG_KIND_OF,
  PLATFORM,
  datasetOf,
  distributionsOf,
  type BuildContext,
  type OrgRef,
  type PublishedFile,
} from './catalog-build.js';
import { cachedKeys, metadataOf, toDate, type CatalogKey } from './catalog-queries.js';
import type { CatalogDataset, CatalogDistribution, CatalogKind } from './catalog.types.js';
import { CATALOG_KINDS } from './catalog-vocabulary.js';

/** Datasets per page of the platform catalogue (data.gouv.fr pages at 100 too). */
export const CATALOG_PAGE_SIZE = 100;

export interface CatalogPage {
  datasets: CatalogDataset[];
  /** Datasets in the whole catalogue. */
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
}

/** An organisation and its datasets, for the public catalogue page. */
export interface CatalogOrganization extends OrgRef {
  datasets: CatalogDataset[];
}

type Row = Record<string, unknown>;

export { toDate } from './catalog-queries.js';

const kindRank = (k: CatalogKind) => CATALOG_KINDS.indexOf(k);

/**
 * The catalogue: every published, stable file of every organisation whose open data is on,
 * grouped into one dataset per organisation and kind, with its metadata (edited or default).
 * Public: nothing of an organisation whose open data is off, no file never validly generated.
 */
export class CatalogService {
  constructor(
    private readonly em: EntityManager,
    private readonly ctx: BuildContext,
    /** `siren:kind` of datasets to leave out (the DCAT catalogues: those pushed by API). */
    private readonly leaveOut?: () => Promise<Set<string>>,
  ) {}

  /** The datasets of one organisation ([] when it is unknown or its open data is off). */
  async datasets(siren: string): Promise<CatalogDataset[]> {
    if (!/^\d{9}$/.test(siren)) {
      return [];
    }
    const built = await this.build([siren]);
    const out = await this.leftOut();
    return (built.get(siren)?.datasets ?? []).filter((d) => !out.has(`${siren}:${d.kind}`));
  }

  private async leftOut(): Promise<Set<string>> {
    return this.leaveOut ? this.leaveOut() : new Set();
  }

  /** One page of the platform catalogue (datasets of every organisation, by SIREN then kind). */
  async allDatasets(page = 1, pageSize = CATALOG_PAGE_SIZE): Promise<CatalogPage> {
    const out = await this.leftOut();
    const keys = (await cachedKeys(this.em, () => this.allKeys())).filter(
      (k) => !out.has(`${k.siren}:${k.kind}`),
    );
    const pageCount = Math.max(1, Math.ceil(keys.length / pageSize));
    const slice = keys.slice((page - 1) * pageSize, page * pageSize);
    const built = await this.build([...new Set(slice.map((k) => k.siren))]);
    const datasets = slice.flatMap(
      (k) => built.get(k.siren)?.datasets.filter((d) => d.kind === k.kind) ?? [],
    );
    return { datasets, total: keys.length, page, pageSize, pageCount };
  }

  /**
   * Organisations with at least one dataset, matching `query` (name or SIREN), paged by
   * organisation: what the public page lists.
   */
  async organizations(
    query = '',
    page = 1,
    pageSize = 50,
  ): Promise<{ organizations: CatalogOrganization[]; total: number; pageCount: number }> {
    const q = query.trim().toLowerCase();
    const sirens = [...new Set((await this.keys()).map((k) => k.siren))];
    const orgs = await this.em.find(
      Organization,
      { siren: { $in: sirens }, openDataActive: true },
      { fields: ['siren', 'name'], orderBy: { name: 'asc', siren: 'asc' } },
    );
    const matching = orgs.filter(
      (o) => !q || o.siren.includes(q.replace(/\s/g, '')) || o.name.toLowerCase().includes(q),
    );
    const slice = matching.slice((page - 1) * pageSize, page * pageSize);
    const built = await this.build(slice.map((o) => o.siren));
    return {
      organizations: slice.flatMap((o) => built.get(o.siren) ?? []),
      total: matching.length,
      pageCount: Math.max(1, Math.ceil(matching.length / pageSize)),
    };
  }

  /** Every (SIREN, kind) with at least one published file, in catalogue order. */
  async keys(): Promise<CatalogKey[]> {
    const out = await this.leftOut();
    return (await this.allKeys()).filter((k) => !out.has(`${k.siren}:${k.kind}`));
  }

  /** The keys before the datasets pushed by API are left out. */
  private async allKeys(): Promise<CatalogKey[]> {
    const conn = this.em.getConnection();
    const files: Row[] = await conn.execute(
      `select d.scope as siren, d.kind as kind from datasets d join organizations o on o.siren = d.scope where o.open_data_active = 1 and d.published_file_at is not null and d.status <> ? group by d.scope, d.kind`,
      [DatasetStatus.MISSING_SIRET],
    );
    // The files of every organisation: datasets of the platform, first.
    const platform: Row[] = await conn.execute(
      `select d.scope as siren, d.kind as kind from datasets d where d.scope = ? and d.published_file_at is not null and d.status <> ? group by d.scope, d.kind`,
      [ALL_SCOPE, DatasetStatus.MISSING_SIRET],
    );
    const seen = new Set<string>();
    const keys: CatalogKey[] = [];
    const add = (siren: string, kind: CatalogKind) => {
      if (!seen.has(`${siren}:${kind}`)) {
        seen.add(`${siren}:${kind}`);
        keys.push({ siren, kind });
      }
    };
    for (const r of [...platform, ...files]) {
      add(String(r.siren), CATALOG_KIND_OF[r.kind as Dataset['kind']]);
    }
    const rank = (siren: string) => (siren === ALL_SCOPE ? '' : siren);
    return keys.sort((a, b) =>
      a.siren === b.siren
        ? kindRank(a.kind) - kindRank(b.kind)
        : rank(a.siren) < rank(b.siren)
          ? -1
          : 1,
    );
  }

  /** The published files of these organisations (plain SQL: no entity hydration). */
  private async files(sirens: string[]): Promise<PublishedFile[]> {
    const rows: Row[] = await this.em
      .getConnection()
      .execute(
        `select kind, scope, year, valid, row_count, published_file_at, sha256, size, xlsx_size from datasets where scope in (${sirens.map(() => '?').join(', ')}) and published_file_at is not null and status <> ? order by year desc`,
        [...sirens, DatasetStatus.MISSING_SIRET],
      );
    return rows.map((r) => ({
      kind: r.kind as DatasetKind,
      scope: String(r.scope),
      year: Number(r.year),
      valid: Boolean(Number(r.valid)),
      rowCount: Number(r.row_count),
      publishedFileAt: toDate(r.published_file_at),
      sha256: (r.sha256 as string | null) ?? null,
      size: Number(r.size),
      xlsxSize: r.xlsx_size === null || r.xlsx_size === undefined ? null : Number(r.xlsx_size),
    }));
  }

  /** The datasets of these organisations (active ones only), keyed by SIREN. */
  private async build(sirens: string[]): Promise<Map<string, CatalogOrganization>> {
    const out = new Map<string, CatalogOrganization>();
    if (sirens.length === 0) {
      return out;
    }
    const conn = this.em.getConnection();
    const marks = sirens.map(() => '?').join(', ');
    const orgs: OrgRef[] = (
      (await conn.execute(
        `select siren, name, insee_code from organizations where open_data_active = 1 and siren in (${marks})`,
        sirens,
      )) as Row[]
    ).map((r) => ({
      siren: String(r.siren),
      name: String(r.name),
      inseeCode: (r.insee_code as string | null) ?? null,
    }));
    if (sirens.includes(ALL_SCOPE)) {
      orgs.unshift(PLATFORM);
    }
    if (orgs.length === 0) {
      return out;
    }
    const active = orgs.map((o) => o.siren);
    const [files, metas] = await Promise.all([this.files(active), metadataOf(this.em, active)]);
    const byOrg = new Map<string, Map<CatalogKind, CatalogDistribution[]>>();
    const slot = (siren: string, kind: CatalogKind) => {
      const kinds = byOrg.get(siren) ?? new Map<CatalogKind, CatalogDistribution[]>();
      byOrg.set(siren, kinds);
      const list = kinds.get(kind) ?? [];
      kinds.set(kind, list);
      return list;
    };
    for (const f of files) {
      slot(f.scope, CATALOG_KIND_OF[f.kind]).push(...distributionsOf(this.ctx, f));
    }
    for (const org of orgs) {
      const kinds = byOrg.get(org.siren);
      const datasets = CATALOG_KINDS.flatMap((kind) => {
        const dists = kinds?.get(kind);
        return dists?.length
          ? [datasetOf(this.ctx, org, kind, dists, metas.get(`${org.siren}:${kind}`))]
          : [];
      });
      out.set(org.siren, { siren: org.siren, name: org.name, inseeCode: org.inseeCode, datasets });
    }
    return out;
  }
}
