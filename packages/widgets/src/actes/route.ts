import { configQuery, searchQuery, type EmbedConfig, type SearchState } from './acts-params';

/** What the widget shows: the search, or one act (permalink `/widgets/actes/{id}`). */
export type Route = { view: 'search' } | { view: 'act'; id: string };

/** `/widgets/actes/` (Vite's base + the page folder). */
export const basePath = () => `${import.meta.env.BASE_URL}actes/`;

export function routeOf(pathname: string, base = basePath()): Route {
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : '';
  const id = decodeURIComponent(rest.split('/')[0] ?? '');
  return id && id !== 'index.html' ? { view: 'act', id } : { view: 'search' };
}

function withQuery(path: string, query: URLSearchParams): string {
  const q = query.toString();
  return q ? `${path}?${q}` : path;
}

/** Path + query of the search page for this state. */
export function searchHref(config: EmbedConfig, state: SearchState, base = basePath()): string {
  return withQuery(base, searchQuery(config, state));
}

/** Path + query of an act's permalink (appearance kept, search state left out). */
export function actHref(config: EmbedConfig, id: string, base = basePath()): string {
  return withQuery(`${base}${encodeURIComponent(id)}`, configQuery(config));
}

/** History entries the widget pushes, to restore the view and the focus on Back. */
export interface HistoryState {
  widget: 'actes';
  /** On an act pushed from the results: the results are one step back. */
  fromSearch?: boolean;
}

export function isWidgetHistoryState(value: unknown): value is HistoryState {
  return typeof value === 'object' && value !== null && (value as HistoryState).widget === 'actes';
}

/** The act's URL in the iframe's history: the search state is kept so Back can rebuild it. */
export function actPageHref(
  config: EmbedConfig,
  state: SearchState,
  id: string,
  base = basePath(),
): string {
  return withQuery(`${base}${encodeURIComponent(id)}`, searchQuery(config, state));
}
