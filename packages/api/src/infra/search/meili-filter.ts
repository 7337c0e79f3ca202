import type { SearchDocument, SearchIndexDefinition } from './search-engine.js';
import type { CheckedFilter, CheckedQuery } from './search-validation.js';

/**
 * Mapping of our documents, filters and sorts to Meilisearch. Meilisearch compares only numbers
 * with `>=`/`<=` and has no portable prefix operator, so each date field gets a numeric twin
 * (`ts__<field>`, epoch milliseconds) and each keyword field the list of its prefixes
 * (`pfx__<field>`). Every value in a filter is a quoted, escaped string or a checked number.
 */
export const tsField = (f: string): string => `ts__${f}`;
export const prefixField = (f: string): string => `pfx__${f}`;
const MAX_PREFIXES = 64;

/** A Meilisearch filter string literal (since Meilisearch 1.4: `\` and `"` escaped by `\`). */
export function meiliString(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function meiliNumber(value: number): string {
  if (!Number.isFinite(value)) {
    throw new Error('non-finite number in a search filter');
  }
  return String(value);
}

export function dateToMillis(iso: string): number {
  return Date.parse(iso.length === 10 ? `${iso}T00:00:00.000Z` : iso);
}

function literal(f: CheckedFilter, v: string | number): string {
  if (f.type === 'number') {
    return meiliNumber(v as number);
  }
  if (f.type === 'date') {
    return meiliNumber(dateToMillis(v as string));
  }
  return meiliString(String(v));
}

/** One condition per filter, to be ANDed (Meilisearch accepts an array for that). */
export function meiliFilter(filters: readonly CheckedFilter[]): string[] {
  return filters.map((f) => {
    const attr = f.type === 'date' ? tsField(f.field) : f.field;
    switch (f.op) {
      case 'eq':
        return `${attr} = ${literal(f, f.values[0])}`;
      case 'in':
        return `${attr} IN [${f.values.map((v) => literal(f, v)).join(', ')}]`;
      case 'gte':
        return `${attr} >= ${literal(f, f.values[0])}`;
      case 'lte':
        return `${attr} <= ${literal(f, f.values[0])}`;
      case 'prefix':
        return `${prefixField(f.field)} = ${meiliString(String(f.values[0]))}`;
    }
  });
}

export function meiliSort(q: CheckedQuery): string[] {
  return q.sort.map((s) => `${s.type === 'date' ? tsField(s.field) : s.field}:${s.direction}`);
}

/** The stored Meilisearch document: ours plus the numeric date and prefix twins. */
export function toMeiliDocument(
  def: SearchIndexDefinition,
  doc: SearchDocument,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...doc };
  for (const [field, type] of Object.entries(def.filterable)) {
    const v = doc[field];
    if (typeof v !== 'string') {
      continue;
    }
    if (type === 'date') {
      out[tsField(field)] = dateToMillis(v);
    } else if (type === 'keyword') {
      const chars = [...v].slice(0, MAX_PREFIXES);
      out[prefixField(field)] = chars.map((_, i) => chars.slice(0, i + 1).join(''));
    }
  }
  return out;
}

/** Attribute lists for the index settings. */
export function meiliAttributes(def: SearchIndexDefinition) {
  const filterable = Object.entries(def.filterable).map(([f, type]) =>
    type === 'date' ? tsField(f) : f,
  );
  const prefixes = Object.entries(def.filterable)
    .filter(([, type]) => type === 'keyword')
    .map(([f]) => prefixField(f));
  return {
    searchable: Object.entries(def.searchable)
      .sort((a, b) => b[1].weight - a[1].weight)
      .map(([f]) => f),
    filterable: [...filterable, ...prefixes],
    sortable: def.sortable.map((f) => (def.filterable[f] === 'date' ? tsField(f) : f)),
  };
}
