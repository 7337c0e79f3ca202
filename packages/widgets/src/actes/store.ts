import { inject, nextTick, onScopeDispose, reactive, ref, watch, type InjectionKey } from 'vue';
import { createGraphQLClient, type GraphQLClient } from '../shared/graphql-client';
import { postToParent } from '../shared/parent-frame';
import { EMPTY_STATE, parseState, sameState, type EmbedConfig, type SearchState } from './acts-params';
import { assignState } from './filters';
import {
  actHref,
  actPageHref,
  isWidgetHistoryState,
  routeOf,
  searchHref,
  type HistoryState,
  type Route,
} from './route';
import { useActSearch } from './useActSearch';

const silent = () => undefined;

/**
 * The acts widget's state, shared by its components (provide/inject): the search state mirrored
 * in the URL (replaceState), the view (search or one act, pushState so Back works inside the
 * iframe), and the search itself.
 */
export function createActsStore(config: EmbedConfig & { siren: string }, initial: SearchState, initialRoute: Route, client: GraphQLClient = createGraphQLClient()) {
  const presets: SearchState = { ...initial, natures: [...initial.natures] };
  const state = reactive<SearchState>({ ...initial, natures: [...initial.natures] });
  const route = ref<Route>(initialRoute);
  /** The act opened from the results, to give it the focus back on return. */
  const lastOpened = ref<string | null>(null);
  /** Focus moves only after the citizen navigated (never on load: no autofocus in an iframe). */
  const navigated = ref(false);
  const search = useActSearch(client, config.siren, config.pageSize, () => state);
  const entry = (extra: Partial<HistoryState> = {}): HistoryState => ({ widget: 'actes', ...extra });

  // The search state lives in the URL of the search view (no new history entry per keystroke).
  watch(
    () => searchHref(config, state),
    (href) => {
      if (route.value.view === 'search' && href !== location.pathname + location.search) {
        history.replaceState(entry(), '', href);
      }
    },
  );

  function focusLater(selector: string) {
    void nextTick(() => document.querySelector<HTMLElement>(selector)?.focus({ preventScroll: true }));
  }

  function openAct(id: string) {
    history.replaceState(entry(), '', searchHref(config, state));
    history.pushState(entry({ fromSearch: true }), '', actPageHref(config, state, id));
    lastOpened.value = id;
    navigated.value = true;
    route.value = { view: 'act', id };
    postToParent({ type: 'navigate', widget: 'actes', view: 'act' });
  }

  function backToSearch() {
    if (isWidgetHistoryState(history.state) && history.state.fromSearch) {
      history.back();
      return;
    }
    history.pushState(entry(), '', searchHref(config, state));
    navigated.value = true;
    route.value = { view: 'search' };
    postToParent({ type: 'navigate', widget: 'actes', view: 'search' });
  }

  function onPopState() {
    const next = routeOf(location.pathname);
    const urlState = parseState(location.search, silent);
    if (next.view === 'search' && !sameState(urlState, state)) {
      assignState(state, urlState);
    }
    route.value = next;
    navigated.value = true;
    postToParent({ type: 'navigate', widget: 'actes', view: next.view });
    if (next.view === 'search' && lastOpened.value) {
      focusLater(`[data-act-link="${CSS.escape(lastOpened.value)}"]`);
    }
  }
  window.addEventListener('popstate', onPopState);
  onScopeDispose(() => window.removeEventListener('popstate', onPopState));

  /** Absolute URLs, to copy and share. */
  const links = {
    act: (id: string) => new URL(actHref(config, id), location.origin).href,
    search: () => new URL(searchHref(config, state), location.origin).href,
  };

  return {
    config,
    client,
    presets,
    state,
    route,
    navigated,
    search,
    links,
    openAct,
    backToSearch,
    focusLater,
    /** Filters back to the integrator's presets, the text kept. */
    reset: () => assignState(state, { ...presets, query: state.query }),
    /** Everything cleared: every published act. */
    clearAll: () => assignState(state, EMPTY_STATE),
  };
}

export type ActsStore = ReturnType<typeof createActsStore>;
export const ActsStoreKey: InjectionKey<ActsStore> = Symbol('acts-store');

export function useActsStore(): ActsStore {
  const store = inject(ActsStoreKey);
  if (!store) {
    throw new Error('useActsStore() outside the acts widget');
  }
  return store;
}
