import type { EntityManager } from '@mikro-orm/core';
import type { CatalogMetadata } from './catalog-metadata.entity.js';
import type { CatalogKind } from './catalog.types.js';

/** One dataset of the catalogue: an organisation (SIREN) and a kind. */
export interface CatalogKey {
  siren: string;
  kind: CatalogKind;
}

/** The edited fields of a dataset's metadata, as the catalogue reads them. */
export type MetadataFields = Pick<
  CatalogMetadata,
  'title' | 'description' | 'license' | 'frequency' | 'keywords'
>;

type Row = Record<string, unknown>;

/** A date as a raw SQL row gives it (Date on MySQL, number or text on SQLite). */
export function toDate(v: unknown): Date | null {
  if (v === null || v === undefined || v === '') {
    return null;
  }
  const d =
    v instanceof Date
      ? v
      : new Date(
          typeof v === 'string' && !/[TZ]/.test(v) ? `${v.replace(' ', 'T')}Z` : (v as number),
        );
  return Number.isNaN(d.getTime()) ? null : d;
}

/** The edited metadata of these organisations' datasets, keyed `siren:kind` (plain SQL). */
export async function metadataOf(
  em: EntityManager,
  sirens: string[],
): Promise<Map<string, MetadataFields>> {
  const rows: Row[] = await em
    .getConnection()
    .execute(
      `select o.siren as siren, m.kind as kind, m.title as title, m.description as description, m.license as license, m.frequency as frequency, m.keywords as keywords from catalog_metadata m join organizations o on o.id = m.organization_id where o.siren in (${sirens.map(() => '?').join(', ')})`,
      sirens,
    );
  return new Map(
    rows.map((r) => {
      const keywords = typeof r.keywords === 'string' ? JSON.parse(r.keywords) : r.keywords;
      return [
        `${String(r.siren)}:${String(r.kind)}`,
        {
          title: (r.title as string | null) ?? null,
          description: (r.description as string | null) ?? null,
          license: (r.license as string | null) ?? null,
          frequency: (r.frequency as string | null) ?? null,
          keywords: Array.isArray(keywords) ? (keywords as string[]) : null,
        },
      ];
    }),
  );
}

/**
 * How long the platform catalogue's list of datasets is reused from one page to the next (a
 * harvester walks every page in a row; each page would otherwise read every file row). Shorter
 * than the catalogue's own `Cache-Control` (300 s); each page still reads its organisations
 * (open data on) and files afresh, so a stale list can only make a page shorter.
 */
export const CATALOG_KEYS_TTL_MS = 30_000;

const keysCache = new WeakMap<object, { at: number; keys: Promise<CatalogKey[]> }>();

/** The catalogue's keys, read at most once per CATALOG_KEYS_TTL_MS per database (ORM). */
export function cachedKeys(
  em: EntityManager,
  read: () => Promise<CatalogKey[]>,
  now = Date.now(),
): Promise<CatalogKey[]> {
  const hit = keysCache.get(em.config);
  if (hit && now - hit.at < CATALOG_KEYS_TTL_MS) {
    return hit.keys;
  }
  const keys = read();
  keysCache.set(em.config, { at: now, keys });
  keys.catch(() => keysCache.delete(em.config));
  return keys;
}
