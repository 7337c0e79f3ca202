import type { CheckedFilter, CheckedQuery } from './search-validation.js';
import type { RidRange } from './sqlite-partitions.js';
import { col, PREFIX_INDEX_LENGTH } from './sqlite-schema.js';
import type { TypoVocabulary } from './sqlite-typos.js';
import type { HighlightTerms } from './text.js';

/**
 * SQL fragments for the embedded engine. Field names come only from the definition (checked
 * identifiers); every value, and the FTS5 match expression, is a bound parameter.
 */
export interface SqlPart {
  sql: string;
  params: (string | number | bigint)[];
}

/** Upper bound for a prefix range: no valid string starting with `p` sorts above it. */
const TOP = '\u{10FFFF}';

/** `(d.rid BETWEEN ? AND ? OR …)`: rowid ranges of a partition scope (sqlite-partitions.ts). */
export function rangesSql(ranges: readonly RidRange[]): SqlPart {
  return {
    sql: `(${ranges.map(() => 'd.rid BETWEEN ? AND ?').join(' OR ')})`,
    params: ranges.flatMap((r) => [r.lo, r.hi]),
  };
}

/** Filters as SQL over `docs d`; a partition scope (sqlite-partitions.ts) as rowid ranges. */
export function whereSql(
  filters: readonly CheckedFilter[],
  ranges?: readonly RidRange[] | null,
): SqlPart {
  const scoped = ranges?.length ? rangesSql(ranges) : null;
  const parts: string[] = scoped ? [scoped.sql] : [];
  const params: SqlPart['params'] = scoped ? [...scoped.params] : [];
  for (const f of filters) {
    const c = `d.${col(f.field)}`;
    if (f.op === 'in') {
      if (f.values.length === 0) {
        parts.push('0');
        continue;
      }
      parts.push(`${c} IN (${f.values.map(() => '?').join(', ')})`);
      params.push(...f.values);
    } else if (f.op === 'prefix') {
      parts.push(`(${c} >= ? AND ${c} < ?)`);
      params.push(f.values[0], `${String(f.values[0])}${TOP}`);
    } else {
      parts.push(`${c} ${f.op === 'eq' ? '=' : f.op === 'gte' ? '>=' : '<='} ?`);
      params.push(f.values[0]);
    }
  }
  return { sql: parts.length ? parts.join(' AND ') : '1', params };
}

/**
 * Letters and digits that SQLite's unicode61 tokenizer (3.45) treats as separators, found by
 * trying every one (sqlite-query.spec.ts checks the list): a word containing one would be a
 * phrase of several tokens, which FTS5 rejects with `detail = column`; its parts are ANDed.
 */
export const FTS_SEPARATORS = /[\u19B0-\u19C0\u19C8\u19C9\u1CF2\u1CF3]+/u;

/** FTS5 string literal(s) for one word, a prefix when `prefix`: data, whatever it contains. */
export function phrase(word: string, prefix = false): string {
  const parts = word.split(FTS_SEPARATORS).filter(Boolean);
  const quoted = (parts.length ? parts : ['']).map((w) => `"${w.replace(/"/g, '""')}"`);
  if (prefix && parts.length) {
    quoted[quoted.length - 1] += '*';
  }
  return quoted.length === 1 ? quoted[0] : `(${quoted.join(' AND ')})`;
}

/** One query word: as typed (a prefix when being typed) or within its allowed typos. */
export interface ExpandedTerm {
  term: string;
  prefix: boolean;
  typos: string[];
}

/** Completions of a word being typed, above which FTS5's own prefix query is kept. */
const MAX_COMPLETIONS = 64;
/** Shortest word matched as a prefix while typed; shorter ones match whole words only. */
export const MIN_PREFIX = 3;

/**
 * Each query word with its typo expansions. The word being typed is completed from the
 * vocabulary into plain words when they are few: FTS5 prefix queries are fast to scan but
 * slow to probe row by row (see sqlite-searcher.ts), so only very short prefixes keep them.
 */
export function expandTerms(
  q: Pick<CheckedQuery, 'terms' | 'lastIsPrefix'>,
  vocab: Pick<TypoVocabulary, 'expand' | 'complete'>,
): ExpandedTerm[] {
  return q.terms.map((term, i) => {
    const typos = vocab.expand(term);
    // From three letters: shorter prefixes match most of the vocabulary (slow, and useless).
    if (!(q.lastIsPrefix && i === q.terms.length - 1 && term.length >= MIN_PREFIX)) {
      return { term, prefix: false, typos };
    }
    // FTS5 keeps an index of 3-letter prefixes: one doclist, cheaper than any OR.
    if (term.length === PREFIX_INDEX_LENGTH) {
      return { term, prefix: true, typos };
    }
    const completions = vocab.complete(term, MAX_COMPLETIONS);
    return completions
      ? {
          term,
          prefix: false,
          typos: [...new Set([...completions.filter((c) => c !== term), ...typos])],
        }
      : { term, prefix: true, typos };
  });
}

/** One query word: `("w" OR "typo" …)`, `("w"* …)` while typed. */
export function termExpression(t: ExpandedTerm): string {
  return `(${[phrase(t.term, t.prefix), ...t.typos.map((w) => phrase(w))].join(' OR ')})`;
}

/** `(w1 OR typo1 …) AND ("w2"* OR typo2 …)`: every query word must match. */
export function matchExpression(terms: readonly ExpandedTerm[]): string {
  return terms.map(termExpression).join(' AND ');
}

export function highlightTerms(terms: readonly ExpandedTerm[]): HighlightTerms {
  return {
    exact: new Set(terms.flatMap((t) => [t.term, ...t.typos])),
    prefixes: terms.filter((t) => t.prefix).map((t) => t.term),
  };
}

/** ORDER BY the given fields (missing values last), then the newest rowid. */
export function orderSql(sort: CheckedQuery['sort']): string {
  if (sort.length === 0) {
    return 'ORDER BY d.rid DESC';
  }
  const keys = sort.map((s) => {
    const c = `d.${col(s.field)}`;
    return s.direction === 'asc' ? `${c} IS NULL, ${c} ASC` : `${c} DESC`;
  });
  return `ORDER BY ${keys.join(', ')}, d.rid DESC`;
}
