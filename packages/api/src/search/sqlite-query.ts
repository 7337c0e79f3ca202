import type { SearchIndexDefinition } from './search-engine.js';
import type { CheckedFilter, CheckedQuery } from './search-validation.js';
import { col } from './sqlite-schema.js';

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

/**
 * `(w1 OR typo1 …) AND (w2* OR typo2 …)`: every query word must match, as typed or within its
 * allowed typos; the word being typed also matches as a prefix (from two letters).
 */
export function matchExpression(
  q: Pick<CheckedQuery, 'terms' | 'lastIsPrefix'>,
  expand: (term: string) => string[],
): string {
  return q.terms
    .map((term, i) => {
      const typing = q.lastIsPrefix && i === q.terms.length - 1 && term.length >= 2;
      const alternatives = [typing ? `${phrase(term)}*` : phrase(term), ...expand(term).map(phrase)];
      return `(${alternatives.join(' OR ')})`;
    })
    .join(' AND ');
}

export function bm25Sql(def: SearchIndexDefinition): string {
  return `bm25(fts, ${Object.values(def.searchable)
    .map((s) => s.weight.toFixed(3))
    .join(', ')})`;
}

/** ORDER BY: relevance (bm25 is lower for better) or fields; missing values always last. */
export function orderSql(q: CheckedQuery, withText: boolean): string {
  if (q.sort.length === 0) {
    return withText ? 'ORDER BY score, d.rid' : 'ORDER BY d.rid DESC';
  }
  const keys = q.sort.map((s) => {
    const c = `d.${col(s.field)}`;
    return s.direction === 'asc' ? `${c} IS NULL, ${c} ASC` : `${c} DESC`;
  });
  return `ORDER BY ${keys.join(', ')}${withText ? ', score' : ''}, d.rid DESC`;
}
