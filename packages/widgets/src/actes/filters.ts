import { EMPTY_STATE, NATURES, type SearchState, type SortKey } from './acts-params';
import { classificationLabel } from '@opendata/api/shared';
import { formatDate } from '../shared/format';

/** One active filter, as a removable chip: its French label and how to remove it. */
export interface ActiveFilter {
  key: string;
  label: string;
  remove: (state: SearchState) => void;
}

function rangeLabel(what: string, from: string | null, to: string | null): string {
  if (from && to) {
    return `${what} du ${formatDate(from)} au ${formatDate(to)}`;
  }
  return from ? `${what} à partir du ${formatDate(from)}` : `${what} jusqu’au ${formatDate(to!)}`;
}

export function activeFilters(state: SearchState): ActiveFilter[] {
  const out: ActiveFilter[] = [];
  for (const n of NATURES.filter((x) => state.natures.includes(x.value))) {
    out.push({
      key: `nature-${n.code}`,
      label: `Nature : ${n.label}`,
      remove: (s) => {
        s.natures = s.natures.filter((v) => v !== n.value);
      },
    });
  }
  if (state.classification) {
    out.push({
      key: 'classification',
      label: `Matière : ${classificationLabel(state.classification)}`,
      remove: (s) => {
        s.classification = null;
      },
    });
  }
  if (state.year !== null) {
    out.push({
      key: 'year',
      label: `Année ${state.year}`,
      remove: (s) => {
        s.year = null;
      },
    });
  }
  if (state.actFrom || state.actTo) {
    out.push({
      key: 'act-date',
      label: rangeLabel('Acte', state.actFrom, state.actTo),
      remove: (s) => {
        s.actFrom = s.actTo = null;
      },
    });
  }
  if (state.publishedFrom || state.publishedTo) {
    out.push({
      key: 'published-date',
      label: rangeLabel('Publié', state.publishedFrom, state.publishedTo),
      remove: (s) => {
        s.publishedFrom = s.publishedTo = null;
      },
    });
  }
  return out;
}

/** Copies `from` into the reactive `to` (natures copied, not shared). */
export function assignState(to: SearchState, from: Readonly<SearchState>): void {
  Object.assign(to, { ...from, natures: [...from.natures] });
}

export function isEmptyState(state: SearchState): boolean {
  return state.query.trim() === '' && activeFilters(state).length === 0;
}

export const SORT_LABELS: Record<SortKey, string> = {
  pertinence: 'Pertinence',
  date_desc: 'Date de l’acte, plus récents d’abord',
  date_asc: 'Date de l’acte, plus anciens d’abord',
  publication_desc: 'Dernières publications',
};

export { EMPTY_STATE };
