import type { SearchIndexDefinition } from './search-engine.js';
import type { CheckedFilter, CheckedQuery } from './search-validation.js';
import { col } from './sqlite-schema.js';
import type { TypoVocabulary } from './sqlite-typos.js';
import type { HighlightTerms } from './text.js';

/**
 * SQL fragments for the embedded engine. Field names come only from the definition (checked
 * identifiers); every value, and the FTS5 match expression, is a bound parameter.
 */
export interface SqlPart {
  sql: string;
  params: (string | number)[];
}

/** Upper bound for a prefix range: no valid string starting with `p` sorts above it. */
const TOP = '\u{10FFFF}';

export function whereSql(filters: readonly CheckedFilter[]): SqlPart {
  const parts: string[] = [];
  const params: (string | number)[] = [];
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

/** An FTS5 string literal: the word is data, whatever it contains. */
const phrase = (word: string): string => `"${word.replace(/"/g, '""')}"`;

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

/** `(w1 OR typo1 …) AND ("w2"* OR typo2 …)`: every query word must match. */
export function matchExpression(terms: readonly ExpandedTerm[]): string {
  return terms
    .map(
      (t) =>
        `(${[t.prefix ? `${phrase(t.term)}*` : phrase(t.term), ...t.typos.map(phrase)].join(' OR ')})`,
    )
    .join(' AND ');
}

export function highlightTerms(terms: readonly ExpandedTerm[]): HighlightTerms {
  return {
    exact: new Set(terms.flatMap((t) => [t.term, ...t.typos])),
    prefixes: terms.filter((t) => t.prefix).map((t) => t.term),
  };
}

export function bm25Sql(def: SearchIndexDefinition): string {
  return `bm25(fts, ${Object.values(def.searchable)
    .map((s) => s.weight.toFixed(3))
    .join(', ')})`;
}

/** ORDER BY the given fields (missing values last), or relevance (bm25 is lower for better). */
export function orderSql(sort: CheckedQuery['sort'], relevance: boolean): string {
  if (sort.length === 0) {
    return relevance ? 'ORDER BY score, d.rid DESC' : 'ORDER BY d.rid DESC';
  }
  const keys = sort.map((s) => {
    const c = `d.${col(s.field)}`;
    return s.direction === 'asc' ? `${c} IS NULL, ${c} ASC` : `${c} DESC`;
  });
  return `ORDER BY ${keys.join(', ')}, d.rid DESC`;
}
