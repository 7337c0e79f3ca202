import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import type {
  ActNature,
  ActOrderField,
  ActStatus,
  ActsQueryVariables,
  SortDirection,
} from '../gql/graphql';
import { NATURE_LABELS, STATUS_LABELS } from '../shared/labels';
import { afterCursor } from '../shared/pagination';

/** « À statuer » (the decision queue) or « Toutes les publications ». */
export type ActsView = 'to-decide' | 'all';

/** The acts list as the URL describes it (filters, sort, page): shareable and kept on reload. */
export interface ActsListState {
  text: string;
  natures: ActNature[];
  status: ActStatus | null;
  dateFrom: string | null;
  dateTo: string | null;
  publishedFrom: string | null;
  publishedTo: string | null;
  classification: string | null;
  /** Acts taken out of the queue: only them (true), none of them (false), all (null). */
  hidden: boolean | null;
  page: number;
  perPage: number;
  sort: ActOrderField;
  direction: SortDirection;
}

export const PER_PAGE_OPTIONS = [10, 20, 50, 100];
export const SORT_FIELDS: ActOrderField[] = [
  'DATE',
  'PUBLISHED_AT',
  'NUMBER',
  'SUBJECT',
  'NATURE',
  'STATUS',
  'CREATED_AT',
];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function defaultState(): ActsListState {
  return {
    text: '',
    natures: [],
    status: null,
    dateFrom: null,
    dateTo: null,
    publishedFrom: null,
    publishedTo: null,
    classification: null,
    hidden: null,
    page: 1,
    perPage: 20,
    sort: 'DATE',
    direction: 'DESC',
  };
}

const first = (v: LocationQuery[string]): string | null => {
  const s = Array.isArray(v) ? v[0] : v;
  return typeof s === 'string' && s !== '' ? s : null;
};
const date = (v: LocationQuery[string]) => {
  const s = first(v);
  return s && DATE.test(s) ? s : null;
};
const positive = (v: LocationQuery[string], fallback: number) => {
  const n = Number(first(v));
  return Number.isInteger(n) && n > 0 ? n : fallback;
};

/** URL query → state; unknown or malformed values fall back to the defaults. */
export function parseActsQuery(query: LocationQuery): ActsListState {
  const d = defaultState();
  const natures = (first(query.natures) ?? '')
    .split(',')
    .filter((n): n is ActNature => n in NATURE_LABELS);
  const status = first(query.statut);
  const sort = first(query.tri);
  const retires = first(query.retires);
  const perPage = positive(query.par_page, d.perPage);
  const classification = first(query.classification);
  return {
    text: (first(query.q) ?? '').slice(0, 200),
    natures: [...new Set(natures)],
    status: status && status in STATUS_LABELS ? (status as ActStatus) : null,
    dateFrom: date(query.du),
    dateTo: date(query.au),
    publishedFrom: date(query.publie_du),
    publishedTo: date(query.publie_au),
    classification: classification && /^[0-9.]{1,16}$/.test(classification) ? classification : null,
    hidden: retires === 'oui' ? true : retires === 'non' ? false : null,
    page: positive(query.page, 1),
    perPage: PER_PAGE_OPTIONS.includes(perPage) ? perPage : d.perPage,
    sort: sort && SORT_FIELDS.includes(sort as ActOrderField) ? (sort as ActOrderField) : d.sort,
    direction: first(query.ordre) === 'asc' ? 'ASC' : 'DESC',
  };
}

/** State → URL query, defaults left out (short, readable URLs). */
export function toActsQuery(s: ActsListState): LocationQueryRaw {
  const d = defaultState();
  const q: LocationQueryRaw = {};
  const put = (key: string, value: string | null | undefined) => {
    if (value) {
      q[key] = value;
    }
  };
  put('q', s.text.trim());
  put('natures', s.natures.join(','));
  put('statut', s.status);
  put('du', s.dateFrom);
  put('au', s.dateTo);
  put('publie_du', s.publishedFrom);
  put('publie_au', s.publishedTo);
  put('classification', s.classification);
  put('retires', s.hidden === null ? null : s.hidden ? 'oui' : 'non');
  put('page', s.page > 1 ? String(s.page) : null);
  put('par_page', s.perPage !== d.perPage ? String(s.perPage) : null);
  put('tri', s.sort !== d.sort ? s.sort : null);
  put('ordre', s.direction === 'ASC' ? 'asc' : null);
  return q;
}

/** State → `acts` query variables for the organisation; the queue view forces its own filter. */
export function toActsVariables(
  s: ActsListState,
  view: ActsView,
  siren: string,
): ActsQueryVariables {
  const queue = view === 'to-decide';
  return {
    filter: {
      siren,
      text: s.text.trim() || null,
      natures: s.natures.length ? s.natures : null,
      status: queue ? 'TO_DECIDE' : s.status,
      hidden: queue ? false : s.hidden,
      dateFrom: s.dateFrom,
      dateTo: s.dateTo,
      publishedFrom: s.publishedFrom,
      publishedTo: s.publishedTo,
      classification: s.classification,
    },
    first: s.perPage,
    after: afterCursor((s.page - 1) * s.perPage),
    orderBy: { field: s.sort, direction: s.direction },
  };
}

/** Number of filters set by the user (shown on the filters button). */
export function activeFilterCount(s: ActsListState, view: ActsView): number {
  const values: unknown[] = [
    s.text.trim(),
    s.natures.length,
    s.dateFrom,
    s.dateTo,
    s.publishedFrom,
    s.publishedTo,
    s.classification,
  ];
  if (view === 'all') {
    values.push(s.status, s.hidden !== null);
  }
  return values.filter(Boolean).length;
}
