import type { ComponentHealth } from '../../core/health.js';

/**
 * A search index with a declared shape, behind one interface with two implementations:
 * the embedded SQLite FTS5 engine (default, no server) and Meilisearch (`MEILI_URL`).
 * The index is a projection of the database: callers rebuild it from the source of truth.
 */

/** Type of a filterable field. Dates are ISO 8601 strings (`YYYY-MM-DD` or a full timestamp). */
export type FilterFieldType = 'keyword' | 'number' | 'date';

export interface SearchIndexDefinition {
  /** Full-text fields (string values) and their weight: higher ranks higher. */
  searchable: Readonly<Record<string, { weight: number }>>;
  /** Fields usable in filters, sorts and facets, with their type. A field may be searchable too. */
  filterable: Readonly<Record<string, FilterFieldType>>;
  /** Filterable fields usable in `sort`. The first one is the default sort (desc) without text. */
  sortable: readonly string[];
  /** Filterable fields whose value counts can be requested in `facets`. */
  facets: readonly string[];
  /**
   * A keyword field that nearly every search filters on with `eq` (the organisation). A storage
   * hint, results do not depend on it: the embedded engine keeps each value's documents
   * together so that such a search reads only them; Meilisearch does not need it.
   */
  partition?: string;
}

export type SearchFieldValue = string | number | null | undefined;

/** One document: `id` (letters, digits, `-`, `_`) plus declared fields only. */
export type SearchDocument = { id: string } & Record<string, SearchFieldValue>;

export type FilterValue = string | number;

export type SearchFilter =
  | { field: string; op: 'eq'; value: FilterValue }
  | { field: string; op: 'in'; value: readonly FilterValue[] }
  /** number and date fields; a date-only `lte` includes that whole day (UTC). */
  | { field: string; op: 'gte' | 'lte'; value: FilterValue }
  /** keyword fields: the value starts with the given string (case-sensitive). */
  | { field: string; op: 'prefix'; value: string };

export type SortDirection = 'asc' | 'desc';

export interface SearchQuery {
  /**
   * Free text typed by a user. Always treated as data, never as query syntax. Every word must
   * match (accents and case ignored; 1 typo from 5 letters, 2 from 9); the last word, when not
   * followed by a space, also matches as a prefix (embedded engine: from 3 letters).
   */
  text?: string;
  /** All must hold (AND). An `in` with no value matches nothing. */
  filters?: readonly SearchFilter[];
  /** Facet fields to count over the whole filtered result set. */
  facets?: readonly string[];
  /**
   * Default: relevance when there is text, else the first sortable field desc. The embedded
   * engine orders by the first sortable field desc instead of relevance when more than 2,000
   * documents match (see sqlite-searcher.ts).
   */
  sort?: readonly { field: string; direction: SortDirection }[];
  /** Default 0; offset + limit ≤ MAX_SEARCH_WINDOW. */
  offset?: number;
  /** Default 20, at most MAX_SEARCH_LIMIT; 0 returns only `total` and `facets`. */
  limit?: number;
  /** Searchable fields to return highlighted, as HTML-safe text (default maxLength 200). */
  highlight?: { fields: readonly string[]; maxLength?: number };
}

export interface SearchHit {
  id: string;
  /** Relevance, higher is better; only when ordered by relevance. Not comparable across engines. */
  score?: number;
  /**
   * Requested fields that have a value: HTML-escaped text whose matches are wrapped in
   * `<mark>`…`</mark>`; a field longer than maxLength becomes a snippet around the matches.
   */
  highlights: Record<string, string>;
}

export interface SearchResult {
  /** Exact number of documents matching text and filters. */
  total: number;
  hits: SearchHit[];
  /** Requested facet field → value (as a string) → exact count under text and filters. */
  facets: Record<string, Record<string, number>>;
}

export interface SearchEngine {
  /** Engine name reported by health: `sqlite-fts5` or `meilisearch`. */
  readonly engine: string;
  readonly definition: SearchIndexDefinition;
  /** Creates or opens the index and applies the definition; idempotent. */
  init(): Promise<void>;
  /** Inserts or replaces documents by id (one batch; the embedded engine commits atomically). */
  upsert(docs: readonly SearchDocument[]): Promise<void>;
  delete(ids: readonly string[]): Promise<void>;
  /** Deletes every document matching all filters (at least one filter is required). */
  deleteWhere(filters: readonly SearchFilter[]): Promise<void>;
  search(query: SearchQuery): Promise<SearchResult>;
  count(): Promise<number>;
  /** Removes every document (settings are kept). */
  clear(): Promise<void>;
  /**
   * Replaces every document by those `fill` passes to `add` (in any order), online: searches
   * keep answering from the current documents until the new set is complete, and writes made
   * meanwhile are carried over (embedded engine only; callers refill in place without it).
   * Returns the number of documents after the switch.
   */
  rebuild?(
    fill: (add: (docs: readonly SearchDocument[]) => Promise<void>) => Promise<void>,
  ): Promise<number>;
  health(): Promise<ComponentHealth>;
  close(): Promise<void>;
}

export const DEFAULT_SEARCH_LIMIT = 20;
export const MAX_SEARCH_LIMIT = 100;
export const MAX_SEARCH_WINDOW = 10_000;
export const DEFAULT_HIGHLIGHT_LENGTH = 200;
/** Words of `text` considered (Meilisearch considers 10 too). */
export const MAX_QUERY_TERMS = 10;
export const MAX_QUERY_LENGTH = 500;
