import type Database from 'libsql';
import type { SearchHit, SearchIndexDefinition, SearchResult } from './search-engine.js';
import type { CheckedQuery } from './search-validation.js';
import {
  bm25Sql,
  expandTerms,
  type ExpandedTerm,
  highlightTerms,
  matchExpression,
  orderSql,
  whereSql,
  type SqlPart,
} from './sqlite-query.js';
import { col } from './sqlite-schema.js';
import type { TypoVocabulary } from './sqlite-typos.js';
import { HIGHLIGHT_SCAN_LIMIT, highlightText, type HighlightTerms } from './text.js';

/**
 * Query planning of the embedded engine, chosen from measurements (bench/search-bench.ts;
 * an FTS5 probe for one row costs ~50 µs, scanning one match well under 1 µs):
 * - few documents pass the filters (≤ SMALL_FILTERED, a small authority): count them by
 *   probing FTS5 row by row instead of scanning every match;
 * - otherwise start from the FTS5 matches and join the filter columns;
 * - relevance (bm25) is always computed from the matches in one statement: bm25 computes its
 *   statistics once per FTS5 cursor, so per-row probes would recompute them for every row;
 * - more than LARGE_RESULT matches: relevance gives way to the first sortable field, newest
 *   first, on every page (bm25 over thousands of matches is slow and hardly tells them
 *   apart); when they are dense among the filtered documents, the first pages walk that
 *   field's index and probe FTS5 until the page is full instead of sorting every match;
 * - FTS5 prefix queries, and ORs of many words (completions of a word being typed), are fast to
 *   scan but slow to probe: with them, no probing plan is used.
 * Totals and facet counts are always exact (one GROUP BY over the filtered matches).
 */
const SMALL_FILTERED = 400;
const MAX_PROBE_PHRASES = 16;
export const LARGE_RESULT = 2000;
const INDEX_WALK_MAX_WINDOW = 200;
const INDEX_WALK_MIN_DENSITY = 0.1;

export type Timings = Record<'expand' | 'count' | 'page' | 'highlight', number>;
type Row = { id: string; rid: number; score?: number | null };

export class SqliteSearcher {
  /** Milliseconds spent in each phase of the last search (diagnostics, used by the benchmark). */
  readonly timings: Timings = { expand: 0, count: 0, page: 0, highlight: 0 };

  constructor(
    private readonly db: Database.Database,
    private readonly def: SearchIndexDefinition,
    private readonly vocab: TypoVocabulary,
  ) {}

  private one<T>(sql: string, params: unknown[]): T {
    return this.db.prepare(sql).get(...params) as T;
  }

  search(q: CheckedQuery): SearchResult {
    let t = performance.now();
    const lap = (phase: keyof Timings) => {
      const now = performance.now();
      this.timings[phase] = now - t;
      t = now;
    };
    const where = whereSql(q.filters);
    const expanded = expandTerms(q, this.vocab);
    // Plans probing FTS5 row by row are only fast without prefix queries and with few words.
    const phrases = expanded.reduce((n, t) => n + 1 + t.typos.length, 0);
    const probes = !expanded.some((t) => t.prefix) && phrases <= MAX_PROBE_PHRASES;
    const match = expanded.length ? matchExpression(expanded) : null;
    lap('expand');
    const small =
      match !== null &&
      probes &&
      q.filters.length > 0 &&
      this.one<{ n: number }>(
        `SELECT count(*) AS n FROM (SELECT 1 FROM docs d WHERE ${where.sql} LIMIT ${SMALL_FILTERED + 1})`,
        where.params,
      ).n <= SMALL_FILTERED;
    const ftsFirst: SqlPart = {
      sql: `FROM fts CROSS JOIN docs d ON d.rid = fts.rowid WHERE fts MATCH ? AND ${where.sql}`,
      params: [match ?? '', ...where.params],
    };
    const from: SqlPart = !match
      ? { sql: `FROM docs d WHERE ${where.sql}`, params: where.params }
      : small
        ? {
            sql: `FROM docs d CROSS JOIN fts ON fts.rowid = d.rid WHERE ${where.sql} AND fts MATCH ?`,
            params: [...where.params, match],
          }
        : ftsFirst;
    const { total, facets } =
      match || q.filters.length ? this.countAndFacets(q, from) : this.countAndFacetsAll(q);
    lap('count');
    // Beyond LARGE_RESULT matches, relevance gives way to the first sortable field (all pages).
    const relevance =
      match !== null && q.sort.length === 0 && (total <= LARGE_RESULT || !this.def.sortable.length);
    const sort: CheckedQuery['sort'] =
      match && q.sort.length === 0 && !relevance
        ? [
            {
              field: this.def.sortable[0],
              type: this.def.filterable[this.def.sortable[0]],
              direction: 'desc',
            },
          ]
        : q.sort;
    let rows: Row[] = [];
    if (q.limit > 0 && total > q.offset) {
      const score = relevance ? `, ${bm25Sql(this.def)} AS score` : '';
      const walk = match && probes && !small ? this.indexWalk(sort, total, q, where) : null;
      rows = walk
        ? (this.db
            .prepare(
              `SELECT d.id, d.rid FROM docs d INDEXED BY ix_${walk} CROSS JOIN fts ON fts.rowid = d.rid
               WHERE fts MATCH ? AND ${where.sql} ${orderSql(sort, false)} LIMIT ? OFFSET ?`,
            )
            .all(match, ...where.params, q.limit, q.offset) as Row[])
        : (this.db
            // bm25 computes its statistics once per FTS5 cursor, i.e. per probed row: rank from
            // the matches (one cursor) even when few documents pass the filters.
            .prepare(
              `SELECT d.id, d.rid${score} ${relevance ? ftsFirst.sql : from.sql} ${orderSql(sort, relevance)} LIMIT ? OFFSET ?`,
            )
            .all(...(relevance ? ftsFirst.params : from.params), q.limit, q.offset) as Row[]);
    }
    lap('page');
    return this.withHighlights(q, expanded, rows, total, facets, lap);
  }

  private withHighlights(
    q: CheckedQuery,
    expanded: ExpandedTerm[],
    rows: Row[],
    total: number,
    facets: SearchResult['facets'],
    lap: (phase: keyof Timings) => void,
  ): SearchResult {
    const highlights = this.highlights(
      q,
      expanded.length ? highlightTerms(expanded) : null,
      rows.map((r) => r.rid),
    );
    const hits: SearchHit[] = rows.map((r) => ({
      id: r.id,
      ...(typeof r.score === 'number' ? { score: -r.score } : {}),
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
    const filtered = this.one<{ n: number }>(
      `SELECT count(*) AS n FROM docs d WHERE ${where.sql}`,
      where.params,
    ).n;
    return total / Math.max(1, filtered) >= INDEX_WALK_MIN_DENSITY ? sort[0].field : null;
  }

  /** One pass over the filtered matches: GROUP BY every requested facet field at once. */
  private countAndFacets(q: CheckedQuery, from: SqlPart) {
    const facets: SearchResult['facets'] = Object.fromEntries(q.facets.map((f) => [f, {}]));
    if (q.facets.length === 0) {
      return {
        total: this.one<{ n: number }>(`SELECT count(*) AS n ${from.sql}`, from.params).n,
        facets,
      };
    }
    const cols = q.facets.map((f, i) => `d.${col(f)} AS f${i}`).join(', ');
    const rows = this.db
      .prepare(
        `SELECT ${cols}, count(*) AS n ${from.sql} GROUP BY ${q.facets.map((_, i) => `f${i}`).join(', ')}`,
      )
      .all(...from.params) as Record<string, string | number | null>[];
    let total = 0;
    for (const row of rows) {
      const n = row.n as number;
      total += n;
      q.facets.forEach((f, i) => {
        const v = row[`f${i}`];
        if (v !== null && v !== undefined) {
          facets[f][String(v)] = (facets[f][String(v)] ?? 0) + n;
        }
      });
    }
    return { total, facets };
  }

  /** No text, no filter: each facet from its own (covering) index, without sorting rows. */
  private countAndFacetsAll(q: CheckedQuery) {
    const facets: SearchResult['facets'] = {};
    for (const f of q.facets) {
      const rows = this.db
        .prepare(
          `SELECT ${col(f)} AS v, count(*) AS n FROM docs WHERE ${col(f)} IS NOT NULL GROUP BY 1`,
        )
        .all() as { v: string | number; n: number }[];
      facets[f] = Object.fromEntries(rows.map((r) => [String(r.v), r.n]));
    }
    return { total: this.one<{ n: number }>('SELECT count(*) AS n FROM docs', []).n, facets };
  }

  /** Highlights of the hits, computed here from their stored text (one read for the page). */
  private highlights(q: CheckedQuery, terms: HighlightTerms | null, rids: number[]) {
    const out = new Map<number, Record<string, string>>();
    if (!q.highlight || rids.length === 0) {
      return out;
    }
    const { fields, maxLength } = q.highlight;
    const cols = fields
      .map((f, i) => `substr(${col(f)}, 1, ${HIGHLIGHT_SCAN_LIMIT}) AS h${i}`)
      .join(', ');
    const rows = this.db
      .prepare(`SELECT rid, ${cols} FROM content WHERE rid IN (${rids.map(() => '?').join(', ')})`)
      .all(...rids) as Record<string, string | number | null>[];
    for (const row of rows) {
      const h: Record<string, string> = {};
      fields.forEach((f, i) => {
        const v = row[`h${i}`];
        if (typeof v === 'string' && v.trim() !== '') {
          h[f] = highlightText(v, terms, maxLength);
        }
      });
      out.set(row.rid as number, h);
    }
    return out;
  }
}
