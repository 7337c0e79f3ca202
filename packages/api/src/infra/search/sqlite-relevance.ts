import type { SearchIndexDefinition } from './search-engine.js';
import { termExpression, type ExpandedTerm } from './sqlite-query.js';
import { col } from './sqlite-schema.js';
import type { Statements } from './sqlite-statements.js';
import { tokenize } from './text.js';

/**
 * Relevance of the embedded engine, higher is better: for each query word, the weight of the
 * heaviest searchable field it occurs in (acts: subject 10, number 5, PDF text 1), summed over
 * the words; ties go to the first sortable field, newest first, then the newest rowid. Like
 * Meilisearch's `attribute` rule, without term frequency. Computed here for at most
 * LARGE_RESULT candidates, from their short fields only (the lightest field is never read: a
 * word that is in no heavier field matched there).
 *
 * Not FTS5's bm25: its statistics read every document of the platform that holds each query
 * word (6 ms for a common word at 100k acts, ten times more at 1M), whatever the organisation.
 * Not FTS5 column filters either (`{c_subject} : word`): when the word is in no subject of the
 * organisation, FTS5 scans the rest of the platform's doclist (5 ms at 1M for 51 acts).
 */
const FIELD_SCAN = 10_000;

type Candidate = [id: string, rid: number, s: string | number | null, ...fields: unknown[]];
export type RankedRow = { id: string; rid: number; score: number };

export class Relevance {
  private readonly heavy: { name: string; weight: number }[];
  private readonly lightest: number;
  private readonly select: string;
  private readonly columns: string[];
  private readonly selectSort: string;

  constructor(
    private readonly stmts: Statements,
    def: SearchIndexDefinition,
  ) {
    const fields = Object.entries(def.searchable).sort((a, b) => b[1].weight - a[1].weight);
    this.lightest = fields[fields.length - 1][1].weight;
    this.heavy = fields
      .filter(([, { weight }]) => weight > this.lightest)
      .map(([name, { weight }]) => ({ name, weight }));
    const first = def.sortable[0];
    const cols = this.heavy.map((f, i) => `, substr(c.${col(f.name)}, 1, ${FIELD_SCAN}) AS f${i}`);
    this.select = `SELECT d.id AS id, d.rid AS rid, ${first ? `d.${col(first)}` : 'NULL'} AS s${cols.join('')}
       FROM json_each(?) j CROSS JOIN docs d ON d.rid = j.value CROSS JOIN content c ON c.rid = d.rid`;
    this.columns = ['id', 'rid', 's', ...this.heavy.map((_, i) => `f${i}`)];
    this.selectSort = `SELECT d.id AS id, d.rid AS rid, ${first ? `d.${col(first)}` : 'NULL'} AS s
       FROM json_each(?) j CROSS JOIN docs d ON d.rid = j.value`;
  }

  /**
   * The same page as `page`, for candidates spread over the whole index: which heavy fields
   * hold each word is asked of FTS5 (`{field} : word AND query`, bounded by the query's
   * matches), instead of reading each candidate's text from `content`, whose pages are then
   * scattered over the file (1M acts: ~2,000 page reads for a rare word). Not used within an
   * organisation: there the content rows are few and FTS5 would walk the platform's doclist.
   */
  pageFromIndex(
    terms: readonly ExpandedTerm[],
    match: string,
    rids: string,
    offset: number,
    limit: number,
  ): RankedRow[] {
    const candidates = this.stmts.rows<[string, number, string | number | null]>(
      ['id', 'rid', 's'],
      this.selectSort,
      [`[${rids}]`],
    );
    // For each word, the rowids whose heavy fields hold it, heaviest field first.
    const holders = terms.map((t) =>
      this.heavy.map(
        (f) =>
          new Set(
            (
              this.stmts.value<string>('SELECT group_concat(rowid) FROM fts WHERE fts MATCH ?', [
                `{${col(f.name)}} : ${termExpression(t)} AND (${match})`,
              ]) ?? ''
            )
              .split(',')
              .filter(Boolean)
              .map(Number),
          ),
      ),
    );
    const ranked = candidates.map(([id, rid, s]) => {
      const score = holders.reduce((sum, fields) => {
        const field = fields.findIndex((rows) => rows.has(rid));
        return sum + (field >= 0 ? this.heavy[field].weight : this.lightest);
      }, 0);
      return { id, rid, s, score };
    });
    ranked.sort((a, b) => b.score - a.score || compareDesc(a.s, b.s) || b.rid - a.rid);
    return ranked.slice(offset, offset + limit).map(({ id, rid, score }) => ({ id, rid, score }));
  }

  /** The page `[offset, offset + limit)` of the candidates (comma-separated rowids), ranked. */
  page(terms: readonly ExpandedTerm[], rids: string, offset: number, limit: number): RankedRow[] {
    const candidates = this.stmts.rows<Candidate>(this.columns, this.select, [`[${rids}]`]);
    const matchers = terms.map((t) => {
      const exact = new Set([t.term, ...t.typos]);
      return (w: string) => exact.has(w) || (t.prefix && w.startsWith(t.term));
    });
    const ranked = candidates.map(([id, rid, s, ...fields]) => {
      const words = fields.map((f) => (typeof f === 'string' ? tokenize(f) : []));
      const score = matchers.reduce((sum, matches) => {
        const field = this.heavy.findIndex((_, i) => words[i].some(matches));
        return sum + (field >= 0 ? this.heavy[field].weight : this.lightest);
      }, 0);
      return { id, rid, s, score };
    });
    ranked.sort((a, b) => b.score - a.score || compareDesc(a.s, b.s) || b.rid - a.rid);
    return ranked.slice(offset, offset + limit).map(({ id, rid, score }) => ({ id, rid, score }));
  }
}

/** Descending, missing values last (like `ORDER BY s DESC` in SQLite). */
function compareDesc(a: string | number | null, b: string | number | null): number {
  if (a === b) {
    return 0;
  }
  if (a === null) {
    return 1;
  }
  if (b === null) {
    return -1;
  }
  return a < b ? 1 : -1;
}
