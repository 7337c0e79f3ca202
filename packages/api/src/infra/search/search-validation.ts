import { InvalidInputError } from '../../core/errors.js';
import {
  DEFAULT_HIGHLIGHT_LENGTH,
  DEFAULT_SEARCH_LIMIT,
  MAX_QUERY_LENGTH,
  MAX_QUERY_TERMS,
  MAX_SEARCH_LIMIT,
  MAX_SEARCH_WINDOW,
  type FilterFieldType,
  type SearchDocument,
  type SearchFilter,
  type SearchIndexDefinition,
  type SearchQuery,
  type SortDirection,
} from './search-engine.js';
import { queryTerms, stripControlChars, type QueryTerms } from './text.js';

/** A checked filter: declared field, operator allowed for its type, values normalised. */
export interface CheckedFilter {
  field: string;
  type: FilterFieldType;
  op: SearchFilter['op'];
  values: (string | number)[];
}

export interface CheckedQuery extends QueryTerms {
  filters: CheckedFilter[];
  facets: string[];
  /** Empty means relevance (only when there are terms). */
  sort: { field: string; type: FilterFieldType; direction: SortDirection }[];
  offset: number;
  limit: number;
  highlight: { fields: string[]; maxLength: number } | null;
}

const FIELD_NAME = /^[A-Za-z][A-Za-z0-9]*(_[A-Za-z0-9]+)*$/;
export const DOC_ID = /^[A-Za-z0-9_-]{1,200}$/;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const MAX_IN_VALUES = 200;
const MAX_PREFIX_LENGTH = 64;

/** Throws (a programming error, not a user one) when a definition is inconsistent. */
export function assertValidDefinition(def: SearchIndexDefinition): void {
  const names = [...Object.keys(def.searchable), ...Object.keys(def.filterable)];
  for (const name of names) {
    if (!FIELD_NAME.test(name) || name.length > 60 || name === 'id') {
      throw new Error(`search definition: invalid field name "${name}"`);
    }
  }
  for (const [name, { weight }] of Object.entries(def.searchable)) {
    if (!(weight > 0 && Number.isFinite(weight))) {
      throw new Error(`search definition: weight of "${name}" must be a positive number`);
    }
  }
  for (const name of [...def.sortable, ...def.facets]) {
    if (!Object.hasOwn(def.filterable, name)) {
      throw new Error(`search definition: "${name}" is sortable or a facet but not filterable`);
    }
  }
  for (const name of def.facets) {
    if (def.filterable[name] === 'date') {
      throw new Error(`search definition: facet "${name}" must be a keyword or a number`);
    }
  }
  const partition = def.partition;
  if (
    partition !== undefined &&
    !(Object.hasOwn(def.filterable, partition) && def.filterable[partition] === 'keyword')
  ) {
    throw new Error(`search definition: partition "${partition}" must be a keyword field`);
  }
}

function unknownField(field: unknown, role: string): InvalidInputError {
  return new InvalidInputError(
    'search/unknown_field',
    `Le champ « ${String(field)} » n'est pas utilisable ${role} dans cette recherche.`,
    { field: String(field) },
  );
}

function invalidFilter(field: string, reason: string): InvalidInputError {
  return new InvalidInputError(
    'search/invalid_filter',
    `Filtre sur « ${field} » invalide : ${reason}.`,
    {
      field,
    },
  );
}

function invalidQuery(reason: string): InvalidInputError {
  return new InvalidInputError('search/invalid_query', `Recherche invalide : ${reason}.`);
}

/** `YYYY-MM-DD` stays as is; a timestamp becomes UTC `…T…Z`. Returns null when not a date. */
export function normalizeDate(value: unknown): string | null {
  if (typeof value !== 'string') {
    return null;
  }
  if (DATE_ONLY.test(value)) {
    const d = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(value) ? value : null;
  }
  if (DATE_TIME.test(value)) {
    const d = new Date(value);
    return Number.isNaN(d.getTime()) ? null : d.toISOString();
  }
  return null;
}

function checkValue(
  field: string,
  type: FilterFieldType,
  op: string,
  value: unknown,
): string | number {
  if (type === 'number') {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw invalidFilter(field, 'un nombre est attendu');
    }
    return value;
  }
  if (type === 'date') {
    const date = normalizeDate(value);
    if (date === null) {
      throw invalidFilter(field, 'une date ISO 8601 (AAAA-MM-JJ) est attendue');
    }
    // A day given alone as an upper bound includes that whole day.
    return op === 'lte' && date.length === 10 ? `${date}T23:59:59.999Z` : date;
  }
  if (typeof value !== 'string' || value.length > 1000) {
    throw invalidFilter(field, 'un texte est attendu');
  }
  return value;
}

export function checkFilters(
  def: SearchIndexDefinition,
  filters: readonly SearchFilter[],
): CheckedFilter[] {
  if (!Array.isArray(filters)) {
    throw invalidQuery('les filtres doivent être une liste');
  }
  return filters.map((f) => {
    const type = Object.hasOwn(def.filterable, f?.field) ? def.filterable[f.field] : undefined;
    if (!type) {
      throw unknownField(f?.field, 'comme filtre');
    }
    const { field, op } = f;
    if (f.op === 'in') {
      const list: unknown = f.value;
      if (!Array.isArray(list) || list.length > MAX_IN_VALUES) {
        throw invalidFilter(field, `une liste d'au plus ${MAX_IN_VALUES} valeurs est attendue`);
      }
      return { field, type, op, values: list.map((v: unknown) => checkValue(field, type, op, v)) };
    }
    if (op === 'gte' || op === 'lte') {
      if (type === 'keyword') {
        throw invalidFilter(field, 'les bornes ne s’appliquent qu’aux nombres et aux dates');
      }
    } else if (op === 'prefix') {
      const ok = type === 'keyword' && typeof f.value === 'string';
      if (!ok || f.value.length < 1 || f.value.length > MAX_PREFIX_LENGTH) {
        throw invalidFilter(
          field,
          `préfixe de 1 à ${MAX_PREFIX_LENGTH} caractères sur un champ texte attendu`,
        );
      }
    } else if (op !== 'eq') {
      throw invalidFilter(field, `opérateur « ${String(op)} » inconnu`);
    }
    return { field, type, op, values: [checkValue(field, type, op, f.value)] };
  });
}

function checkInt(
  value: number | undefined,
  def: number,
  min: number,
  max: number,
  what: string,
): number {
  const v = value ?? def;
  if (!Number.isInteger(v) || v < min || v > max) {
    throw invalidQuery(`${what} doit être un entier entre ${min} et ${max}`);
  }
  return v;
}

export function checkQuery(def: SearchIndexDefinition, q: SearchQuery): CheckedQuery {
  if (q.text !== undefined && (typeof q.text !== 'string' || q.text.length > MAX_QUERY_LENGTH)) {
    throw invalidQuery(`le texte recherché est limité à ${MAX_QUERY_LENGTH} caractères`);
  }
  const terms = queryTerms(q.text, MAX_QUERY_TERMS);
  const filters = checkFilters(def, q.filters ?? []);
  const facets = [...new Set(q.facets ?? [])];
  for (const f of facets) {
    if (!def.facets.includes(f)) {
      throw unknownField(f, 'comme facette');
    }
  }
  const sort = (q.sort ?? []).map((s) => {
    if (!def.sortable.includes(s?.field)) {
      throw unknownField(s?.field, 'comme tri');
    }
    if (s.direction !== 'asc' && s.direction !== 'desc') {
      throw invalidQuery('le sens du tri doit être « asc » ou « desc »');
    }
    return { field: s.field, type: def.filterable[s.field], direction: s.direction };
  });
  if (sort.length === 0 && terms.terms.length === 0 && def.sortable.length > 0) {
    const field = def.sortable[0];
    sort.push({ field, type: def.filterable[field], direction: 'desc' });
  }
  const limit = checkInt(q.limit, DEFAULT_SEARCH_LIMIT, 0, MAX_SEARCH_LIMIT, 'limit');
  const offset = checkInt(q.offset, 0, 0, MAX_SEARCH_WINDOW - limit, 'offset');
  let highlight: CheckedQuery['highlight'] = null;
  if (q.highlight) {
    const fields = [...new Set(q.highlight.fields)];
    for (const f of fields) {
      if (!Object.hasOwn(def.searchable, f)) {
        throw unknownField(f, 'pour la mise en évidence');
      }
    }
    const maxLength = checkInt(
      q.highlight.maxLength,
      DEFAULT_HIGHLIGHT_LENGTH,
      20,
      2000,
      'maxLength',
    );
    highlight = fields.length ? { fields, maxLength } : null;
  }
  return { ...terms, filters, facets, sort, offset, limit, highlight };
}

/** Checks a document against the definition; returns it with text cleaned and dates normalised. */
export function checkDocument(def: SearchIndexDefinition, doc: SearchDocument): SearchDocument {
  if (typeof doc?.id !== 'string' || !DOC_ID.test(doc.id)) {
    throw new InvalidInputError(
      'search/invalid_document',
      'Identifiant de document invalide (lettres, chiffres, « - » et « _ », 200 caractères au plus).',
      { id: String(doc?.id) },
    );
  }
  const out: SearchDocument = { id: doc.id };
  for (const [field, value] of Object.entries(doc)) {
    if (field === 'id' || value === undefined || value === null) {
      continue;
    }
    const searchable = Object.hasOwn(def.searchable, field);
    const type = Object.hasOwn(def.filterable, field) ? def.filterable[field] : undefined;
    if (!searchable && !type) {
      throw unknownField(field, 'dans un document');
    }
    const bad = () =>
      new InvalidInputError(
        'search/invalid_document',
        `Valeur invalide pour « ${field} » (document ${doc.id}).`,
        {
          id: doc.id,
          field,
        },
      );
    if (type === 'number') {
      if (typeof value !== 'number' || !Number.isFinite(value) || searchable) {
        throw bad();
      }
      out[field] = value;
    } else if (type === 'date') {
      const date = normalizeDate(value);
      if (date === null || searchable) {
        throw bad();
      }
      out[field] = date;
    } else {
      if (typeof value !== 'string') {
        throw bad();
      }
      out[field] = searchable ? stripControlChars(value) : value;
    }
  }
  return out;
}
