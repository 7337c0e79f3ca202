import type Database from 'libsql';
import type { SearchHit, SearchIndexDefinition, SearchResult } from './search-engine.js';
import type { CheckedQuery } from './search-validation.js';
import {
  expandTerms,
  type ExpandedTerm,
  highlightTerms,
  matchExpression,
  orderSql,
  rangesSql,
  whereSql,
  type SqlPart,
} from './sqlite-query.js';
import { FacetCounter } from './sqlite-facets.js';
import type { Partitions, Scope } from './sqlite-partitions.js';
import { readHighlights } from './sqlite-highlights.js';
import { Relevance } from './sqlite-relevance.js';
import type { Statements } from './sqlite-statements.js';
import type { TypoVocabulary } from './sqlite-typos.js';

/**
 * Query planning of the embedded engine, chosen from measurements (bench/search-bench.ts;
 * an FTS5 probe for one row costs 20–50 µs, scanning one match well under 1 µs):
 * - an equality on the partition field (the organisation, as every served search has) confines
 *   the search to that value's rowid range (sqlite-partitions.ts): FTS5 reads only that range
 *   of each doclist, `docs` only that range's rows, so the work is bounded by the
 *   organisation's size whatever the platform's. One pass over its matches gives the total,
 *   the facet codes and the matching rowids (`group_concat`); a page in date order is then
 *   read from those rowids (no second FTS5 pass: ORs of many completions cost ~1 µs a match);
 * - otherwise, when few documents pass the filters (≤ SMALL_FILTERED), count them by probing
 *   FTS5 row by row instead of scanning every match; else start from the FTS5 matches and
 *   join the filter columns;
 * - relevance is the weight of the fields each word matches in, computed for at most
 *   LARGE_RESULT candidates from their short fields (sqlite-relevance.ts; not bm25, whose
 *   statistics read every matching document of the platform);
 * - more than LARGE_RESULT matches: relevance gives way to the first sortable field, newest
 *   first, on every page (thousands of matches hardly differ by relevance); unscoped, when
 *   they are dense among the filtered documents, the first pages walk that field's index and
 *   probe FTS5 until the page is full instead of sorting every match;
 * - FTS5 prefix queries, and ORs of many words (completions of a word being typed), are fast to
 *   scan but slow to probe: with them, no probing plan is used.
 * Totals and facet counts are always exact (one pass over the filtered matches).
 */
const SMALL_FILTERED = 400;
const MAX_PROBE_PHRASES = 16;
export const LARGE_RESULT = 2000;
const INDEX_WALK_MAX_WINDOW = 200;
const INDEX_WALK_MIN_DENSITY = 0.1;

export type Timings = Record<'expand' | 'count' | 'page' | 'highlight', number>;
type Row = { id: string; rid: number; score?: number | null };
type Page = { rows: Row[]; total: number; facets: SearchResult['facets'] };

export class SqliteSearcher {
  /** Milliseconds spent in each phase of the last search (diagnostics, used by the benchmark). */
  readonly timings: Timings = { expand: 0, count: 0, page: 0, highlight: 0 };

  private readonly counter: FacetCounter;
  private readonly relevance: Relevance;

  constructor(
    private readonly db: Database.Database,
    private readonly stmts: Statements,
    private readonly def: SearchIndexDefinition,
    private readonly vocab: TypoVocabulary,
    private readonly partitions: Partitions,
  ) {
    this.counter = new FacetCounter(stmts, def);
    this.relevance = new Relevance(stmts, def);
  }

  /** Rows `{ id, rid }` of a page query selecting `d.id AS id, d.rid AS rid`. */
  private pageRows(sql: string, params: readonly unknown[]): Row[] {
    return this.stmts
      .rows<[string, number]>(['id', 'rid'], sql, params)
      .map(([id, rid]) => ({ id, rid }));
  }

  /** One read transaction: total, facets and hits come from the same snapshot. */
  search(q: CheckedQuery): SearchResult {
    this.db.exec('BEGIN');
    try {
      return this.searchInSnapshot(q);
    } finally {
      this.db.exec('COMMIT');
    }
  }

  private searchInSnapshot(q: CheckedQuery): SearchResult {
    let t = performance.now();
    const lap = (phase: keyof Timings) => {
      const now = performance.now();
      this.timings[phase] = now - t;
      t = now;
    };
    const scope = this.partitions.scope(q.filters);
    if (scope === 'none') {
      return { total: 0, hits: [], facets: Object.fromEntries(q.facets.map((f) => [f, {}])) };
    }
    const expanded = expandTerms(q, this.vocab);
    // Plans probing FTS5 row by row are only fast without prefix queries and with few words.
    const phrases = expanded.reduce((n, t) => n + 1 + t.typos.length, 0);
    const probes = !expanded.some((t) => t.prefix) && phrases <= MAX_PROBE_PHRASES;
    const match = expanded.length ? matchExpression(expanded) : null;
    lap('expand');
    const rows = scope
      ? this.scopedPage(q, scope, expanded, match, lap)
      : this.unscopedPage(q, expanded, match, probes, lap);
    lap('page');
    return this.withHighlights(q, expanded, rows, lap);
  }

  /** Relevance, or the requested sort, or (beyond LARGE_RESULT matches) the first sortable. */
  private pageSort(q: CheckedQuery, match: string | null, total: number) {
    const relevance =
      match !== null && q.sort.length === 0 && (total <= LARGE_RESULT || !this.def.sortable.length);
    const first = this.def.sortable[0];
    const sort: CheckedQuery['sort'] =
      match && q.sort.length === 0 && !relevance
        ? [{ field: first, type: this.def.filterable[first], direction: 'desc' }]
        : q.sort;
    return { relevance, sort };
  }

  /** Confined to partitions' rowid ranges: bounded by those partitions' sizes. */
  private scopedPage(
    q: CheckedQuery,
    scope: Scope,
    expanded: ExpandedTerm[],
    match: string | null,
    lap: (phase: keyof Timings) => void,
  ): Page {
    const where = whereSql(scope.filters);
    const ranges = rangesSql(scope.ranges);
    // With text, one FTS5 pass per range (FTS5 seeks to one rowid range; it ignores an OR of
    // them), in rowid order, so the matching rowids come out ascending as with one range.
    const arm = `SELECT d.fcode AS fcode, d.rid AS rid FROM fts CROSS JOIN docs d ON d.rid = fts.rowid
       WHERE fts MATCH ? AND fts.rowid BETWEEN ? AND ? AND ${where.sql}`;
    const from: SqlPart = match
      ? {
          sql: `FROM (${scope.ranges.map(() => arm).join(' UNION ALL ')}) d`,
          params: scope.ranges.flatMap((r) => [match, r.lo, r.hi, ...where.params]),
        }
      : // NOT INDEXED: the ranges bound the scan, whatever an index on a sort field promises.
        {
          sql: `FROM docs d NOT INDEXED WHERE ${ranges.sql} AND ${where.sql}`,
          params: [...ranges.params, ...where.params],
        };
    const counted = this.counter.count(q.facets, from, match !== null && q.limit > 0);
    lap('count');
    const { relevance, sort } = this.pageSort(q, match, counted.total);
    if (q.limit === 0 || counted.total <= q.offset) {
      return { rows: [], total: counted.total, facets: counted.facets };
    }
    if (relevance) {
      const rows = this.relevance.page(expanded, counted.rids, q.offset, q.limit);
      return { rows, total: counted.total, facets: counted.facets };
    }
    // With text, the page is read from the matching rowids of the counting pass.
    const order = `${orderSql(sort)} LIMIT ? OFFSET ?`;
    const rows = match
      ? this.pageRows(
          `SELECT d.id AS id, d.rid AS rid FROM json_each(?) j CROSS JOIN docs d ON d.rid = j.value ${order}`,
          [`[${counted.rids}]`, q.limit, q.offset],
        )
      : this.pageRows(`SELECT d.id AS id, d.rid AS rid ${from.sql} ${order}`, [
          ...from.params,
          q.limit,
          q.offset,
        ]);
    return { rows, total: counted.total, facets: counted.facets };
  }

  /** Over the whole index (not a served path: every public search names an organisation). */
  private unscopedPage(
    q: CheckedQuery,
    expanded: ExpandedTerm[],
    match: string | null,
    probes: boolean,
    lap: (phase: keyof Timings) => void,
  ): Page {
    const { where, from, small } = this.sources(q, match, probes);
    const { total, facets } =
      !match && !q.filters.length
        ? this.countAll(q)
        : match && !q.filters.length && !q.facets.length
          ? // Every FTS5 row has its `docs` row: no join to count (what staff lists ask).
            {
              total: this.stmts.value<number>('SELECT count(*) FROM fts WHERE fts MATCH ?', [
                match,
              ])!,
              facets: {},
            }
          : this.counter.count(q.facets, from);
    lap('count');
    const { relevance, sort } = this.pageSort(q, match, total);
    if (q.limit === 0 || total <= q.offset) {
      return { rows: [], total, facets };
    }
    if (relevance) {
      const rids = q.filters.length
        ? this.stmts.value<string>(`SELECT group_concat(d.rid) ${from.sql}`, from.params)
        : this.stmts.value<string>('SELECT group_concat(rowid) FROM fts WHERE fts MATCH ?', [
            match,
          ]);
      const rows = this.relevance.pageFromIndex(expanded, match!, rids ?? '', q.offset, q.limit);
      return { rows, total, facets };
    }
    const order = `${orderSql(sort)} LIMIT ? OFFSET ?`;
    const walk = match && probes && !small ? this.indexWalk(sort, total, q, where) : null;
    const rows = walk
      ? this.pageRows(
          `SELECT d.id AS id, d.rid AS rid FROM docs d INDEXED BY ix_${walk} CROSS JOIN fts ON fts.rowid = d.rid
           WHERE fts MATCH ? AND ${where.sql} ${order}`,
          [match, ...where.params, q.limit, q.offset],
        )
      : this.pageRows(`SELECT d.id AS id, d.rid AS rid ${from.sql} ${order}`, [
          ...from.params,
          q.limit,
          q.offset,
        ]);
    return { rows, total, facets };
  }

  /** Matches over the whole index: FTS5 first, or probing it when few documents pass. */
  private sources(q: CheckedQuery, match: string | null, probes: boolean) {
    const where = whereSql(q.filters);
    const small =
      match !== null &&
      probes &&
      q.filters.length > 0 &&
      this.stmts.value<number>(
        `SELECT count(*) FROM (SELECT 1 FROM docs d WHERE ${where.sql} LIMIT ${SMALL_FILTERED + 1})`,
        where.params,
      )! <= SMALL_FILTERED;
    const from: SqlPart = !match
      ? { sql: `FROM docs d WHERE ${where.sql}`, params: where.params }
      : small
        ? {
            sql: `FROM docs d CROSS JOIN fts ON fts.rowid = d.rid WHERE ${where.sql} AND fts MATCH ?`,
            params: [...where.params, match],
          }
        : {
            sql: `FROM fts CROSS JOIN docs d ON d.rid = fts.rowid WHERE fts MATCH ? AND ${where.sql}`,
            params: [match, ...where.params],
          };
    return { where, from, small };
  }

  private withHighlights(
    q: CheckedQuery,
    expanded: ExpandedTerm[],
    { rows, total, facets }: Page,
    lap: (phase: keyof Timings) => void,
  ): SearchResult {
    const highlights = readHighlights(
      this.stmts,
      q.highlight,
      expanded.length ? highlightTerms(expanded) : null,
      rows.map((r) => r.rid),
    );
    const hits: SearchHit[] = rows.map((r) => ({
      id: r.id,
      ...(typeof r.score === 'number' ? { score: r.score } : {}),
      highlights: highlights.get(r.rid) ?? {},
    }));
    lap('highlight');
    return { total, hits, facets };
  }

  /** The sort field whose index to walk for this page (dense matches, first pages), or null. */
  private indexWalk(
    sort: CheckedQuery['sort'],
    total: number,
    q: CheckedQuery,
    where: SqlPart,
  ): string | null {
    if (sort.length !== 1 || sort[0].direction !== 'desc' || total <= LARGE_RESULT) {
      return null;
    }
    if (q.offset + q.limit > INDEX_WALK_MAX_WINDOW) {
      return null;
    }
    const filtered = q.filters.length
      ? this.stmts.value<number>(`SELECT count(*) FROM docs d WHERE ${where.sql}`, where.params)!
      : this.counter.countAll([]).total;
    return total / Math.max(1, filtered) >= INDEX_WALK_MIN_DENSITY ? sort[0].field : null;
  }

  /** No text, no filter: the counts per facet combination, kept by triggers (no row read). */
  private countAll(q: CheckedQuery) {
    return this.counter.countAll(q.facets);
  }
}
