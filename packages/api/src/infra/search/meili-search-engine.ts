import { Meilisearch, type EnqueuedTaskPromise, type Index, type SearchParams } from 'meilisearch';
import type { ComponentHealth } from '../../core/health.js';
import { InvalidInputError } from '../../core/errors.js';
import {
  MAX_SEARCH_WINDOW,
  type SearchDocument,
  type SearchEngine,
  type SearchFilter,
  type SearchIndexDefinition,
  type SearchQuery,
  type SearchResult,
} from './search-engine.js';
import {
  assertValidDefinition,
  checkDocument,
  checkFilters,
  checkQuery,
} from './search-validation.js';
import { meiliAttributes, meiliFilter, meiliSort, toMeiliDocument } from './meili-filter.js';
import { MARK_CLOSE, MARK_OPEN, renderHighlight } from './text.js';

export interface MeiliSearchOptions {
  url: string;
  apiKey?: string;
  /** Prefix of index uids, e.g. to share a server between environments (default none). */
  indexPrefix?: string;
  /** How long to wait for an indexing task (default 120 s). */
  taskTimeoutMs?: number;
}

const BATCH = 1000;

/**
 * Meilisearch adapter: same contract as the embedded engine. Writes wait for their task and
 * fail when it fails. The query text is reduced to its words (no phrase or negation syntax);
 * filters are built from checked values, strings quoted and escaped (meili-filter.ts).
 * Known differences: Meilisearch compares filter strings case-insensitively, and always ranks
 * by relevance (its own rules) where the embedded engine switches to date order beyond 2,000
 * matches.
 */
export class MeiliSearchEngine implements SearchEngine {
  readonly engine = 'meilisearch';
  private readonly client: Meilisearch;
  private readonly index: Index;
  readonly uid: string;

  constructor(
    readonly definition: SearchIndexDefinition,
    name: string,
    private readonly options: MeiliSearchOptions,
  ) {
    assertValidDefinition(definition);
    this.client = new Meilisearch({ host: options.url, apiKey: options.apiKey, timeout: 30_000 });
    this.uid = `${options.indexPrefix ?? ''}${name}`;
    this.index = this.client.index(this.uid);
  }

  private async wait(task: EnqueuedTaskPromise): Promise<void> {
    const done = await task.waitTask({ timeout: this.options.taskTimeoutMs ?? 120_000 });
    if (done.status !== 'succeeded') {
      throw new Error(`meilisearch task ${done.uid} ${done.status}: ${done.error?.message ?? ''}`);
    }
  }

  async init(): Promise<void> {
    const exists = await this.client.getRawIndex(this.uid).then(
      () => true,
      (err: { cause?: { code?: string } }) => {
        if (err.cause?.code === 'index_not_found') {
          return false;
        }
        throw err;
      },
    );
    if (!exists) {
      await this.wait(this.client.createIndex(this.uid, { primaryKey: 'id' }));
    }
    const attrs = meiliAttributes(this.definition);
    await this.wait(
      this.index.updateSettings({
        searchableAttributes: attrs.searchable,
        filterableAttributes: attrs.filterable,
        sortableAttributes: attrs.sortable,
        displayedAttributes: ['id', ...attrs.searchable],
        // An explicit sort comes before relevance, as in the embedded engine.
        rankingRules: ['sort', 'words', 'typo', 'proximity', 'attribute', 'exactness'],
        typoTolerance: {
          enabled: true,
          minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
          disableOnNumbers: true,
        },
        faceting: { maxValuesPerFacet: 1000 },
        pagination: { maxTotalHits: MAX_SEARCH_WINDOW },
        localizedAttributes: [{ attributePatterns: ['*'], locales: ['fra'] }],
      }),
    );
  }

  async upsert(docs: readonly SearchDocument[]): Promise<void> {
    const body = docs.map((d) =>
      toMeiliDocument(this.definition, checkDocument(this.definition, d)),
    );
    for (let i = 0; i < body.length; i += BATCH) {
      await this.wait(this.index.addDocuments(body.slice(i, i + BATCH), { primaryKey: 'id' }));
    }
  }

  async delete(ids: readonly string[]): Promise<void> {
    for (let i = 0; i < ids.length; i += BATCH) {
      await this.wait(this.index.deleteDocuments(ids.slice(i, i + BATCH)));
    }
  }

  async deleteWhere(filters: readonly SearchFilter[]): Promise<void> {
    const checked = checkFilters(this.definition, filters);
    if (checked.length === 0) {
      throw new InvalidInputError(
        'search/invalid_filter',
        'Une suppression par filtre exige au moins un filtre.',
      );
    }
    if (checked.some((f) => f.op === 'in' && f.values.length === 0)) {
      return;
    }
    await this.wait(this.index.deleteDocuments({ filter: meiliFilter(checked) }));
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const q = checkQuery(this.definition, query);
    const facets: SearchResult['facets'] = Object.fromEntries(q.facets.map((f) => [f, {}]));
    if (q.filters.some((f) => f.op === 'in' && f.values.length === 0)) {
      return { total: 0, hits: [], facets };
    }
    // Exhaustive totals and facet counts need page/hitsPerPage; an offset that is not a
    // multiple of the limit is served from the first page up to offset + limit.
    const aligned = q.limit === 0 || q.offset % q.limit === 0;
    const paging = aligned
      ? { page: q.limit === 0 ? 1 : q.offset / q.limit + 1, hitsPerPage: q.limit }
      : { page: 1, hitsPerPage: q.offset + q.limit };
    const text = q.terms.join(' ') + (q.lastIsPrefix || q.terms.length === 0 ? '' : ' ');
    const hl = q.highlight;
    const params: SearchParams = {
      ...paging,
      ...(q.filters.length ? { filter: meiliFilter(q.filters) } : {}),
      ...(q.sort.length ? { sort: meiliSort(q) } : {}),
      ...(q.facets.length ? { facets: q.facets } : {}),
      matchingStrategy: 'all',
      attributesToRetrieve: ['id'],
      showRankingScore: q.terms.length > 0,
      ...(hl
        ? {
            attributesToHighlight: hl.fields,
            attributesToCrop: hl.fields,
            cropLength: Math.max(5, Math.round(hl.maxLength / 6)),
            cropMarker: '…',
            highlightPreTag: MARK_OPEN,
            highlightPostTag: MARK_CLOSE,
          }
        : {}),
    };
    const res = await this.index.search(text, params);
    const hits = (aligned ? res.hits : res.hits.slice(q.offset)).map((h) => {
      const highlights: Record<string, string> = {};
      for (const f of hl?.fields ?? []) {
        const v = (h._formatted as Record<string, unknown> | undefined)?.[f];
        if (typeof v === 'string' && v.trim() !== '') {
          highlights[f] = renderHighlight(v, hl!.maxLength);
        }
      }
      return {
        id: String(h.id),
        ...(typeof h._rankingScore === 'number' ? { score: h._rankingScore } : {}),
        highlights,
      };
    });
    for (const f of q.facets) {
      Object.assign(facets[f], res.facetDistribution?.[f] ?? {});
    }
    return { total: (res as { totalHits?: number }).totalHits ?? 0, hits, facets };
  }

  async count(): Promise<number> {
    return (await this.index.getStats()).numberOfDocuments;
  }

  async clear(): Promise<void> {
    await this.wait(this.index.deleteAllDocuments());
  }

  async health(): Promise<ComponentHealth> {
    try {
      await this.client.health();
      return { ok: true, engine: this.engine };
    } catch (err) {
      return { ok: false, engine: this.engine, detail: (err as Error).message };
    }
  }

  async close(): Promise<void> {
    // HTTP client: nothing to release.
  }
}
