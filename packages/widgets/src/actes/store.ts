import { inject, nextTick, onScopeDispose, reactive, ref, watch, type InjectionKey } from 'vue';
import { createGraphQLClient, type GraphQLClient } from '../shared/graphql-client';
import { listenToHost, postToParent } from '../shared/parent-frame';
import {
  EMPTY_STATE,
  parseState,
  sameState,
  type EmbedConfig,
  type SearchState,
} from './acts-params';
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
export function createActsStore(
  initialConfig: EmbedConfig & { siren: string },
  initial: SearchState,
  initialRoute: Route,
  client: GraphQLClient = createGraphQLClient(),
) {
  /** What applies (URL, then stored settings once they arrive). */
  const config = reactive({ ...initialConfig });
  /** What the URLs the widget builds carry: the URL's own parameters only. */
  const linkConfig: EmbedConfig = { ...initialConfig };
  const presets: SearchState = { ...initial, natures: [...initial.natures] };
  const state = reactive<SearchState>({ ...initial, natures: [...initial.natures] });
  const route = ref<Route>(initialRoute);
  /** The act opened from the results, to give it the focus back on return. */
  const lastOpened = ref<string | null>(null);
  /** Focus moves only after the citizen navigated (never on load: no autofocus in an iframe). */
  const navigated = ref(false);
  const search = useActSearch(
    client,
    config.siren,
    () => config.pageSize,
    () => state,
  );
  const entry = (extra: Partial<HistoryState> = {}): HistoryState => ({
    widget: 'actes',
    ...extra,
  });

  // The search state lives in the URL of the search view. Each committed search is a history
  // entry (Back returns to the previous one): a filter change pushes one; typed text pushes one
  // at its first keystroke, then replaces it while the citizen types, until Enter or leaving the
  // field commits it. Stored settings arriving after load replace, never push.
  let typing = false;
  let quiet = false;
  let shown: SearchState = { ...state, natures: [...state.natures] };
  watch(
    () => searchHref(linkConfig, state),
    (href) => {
      const previous = shown;
      shown = { ...state, natures: [...state.natures] };
      if (route.value.view !== 'search' || href === location.pathname + location.search) {
        return;
      }
      const textOnly = sameState({ ...state, query: previous.query }, previous);
      if (quiet || (textOnly && typing)) {
        history.replaceState(entry(), '', href);
      } else {
        history.pushState(entry(), '', href);
      }
      typing = textOnly && !quiet;
      quiet = false;
    },
  );
  /** Enter, or the text field left: the next keystroke starts a new history entry. */
  const commitText = () => (typing = false);

  /** Focus after the next render; `scroll` brings it into view (also scrolling the host page). */
  function focusLater(target: string | (() => HTMLElement | null | undefined), scroll = false) {
    void nextTick(() => {
      const el =
        typeof target === 'string' ? document.querySelector<HTMLElement>(target) : target();
      el?.focus({ preventScroll: !scroll });
    });
  }

  function openAct(id: string) {
    history.replaceState(entry(), '', searchHref(linkConfig, state));
    history.pushState(entry({ fromSearch: true }), '', actPageHref(linkConfig, state, id));
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
    history.pushState(entry(), '', searchHref(linkConfig, state));
    navigated.value = true;
    route.value = { view: 'search' };
    postToParent({ type: 'navigate', widget: 'actes', view: 'search' });
  }

  function onPopState() {
    const next = routeOf(location.pathname);
    const urlState = parseState(location.search, silent);
    if (next.view === 'search' && !sameState(urlState, state)) {
      typing = false;
      assignState(state, urlState);
    }
    route.value = next;
    navigated.value = true;
    postToParent({ type: 'navigate', widget: 'actes', view: next.view });
    const opened = lastOpened.value;
    if (next.view === 'search' && opened) {
      focusLater(
        () =>
          [...document.querySelectorAll<HTMLElement>('[data-act-link]')].find(
            (a) => a.dataset.actLink === opened,
          ),
        true,
      );
    }
  }
  window.addEventListener('popstate', onPopState);
  onScopeDispose(() => window.removeEventListener('popstate', onPopState));

  /** The page embedding the widget, told by the host script (embed.js); null when unknown. */
  const hostPage = ref<string | null>(null);
  let hostActOpened = false;
  onScopeDispose(
    listenToHost((hello) => {
      hostPage.value = hello.page;
      // A share link of the host page names an act: shown as the landing view, once, unless
      // the citizen already moved.
      if (hello.act && !hostActOpened && !navigated.value && route.value.view === 'search') {
        hostActOpened = true;
        history.replaceState(entry(), '', actHref(linkConfig, hello.act));
        route.value = { view: 'act', id: hello.act };
      }
    }),
  );

  /**
   * Absolute URLs, to copy and share. An act's link leads to the town's page embedding the
   * widget when the host script told it (`#od-acte=<id>`), else to the platform's page.
   */
  const links = {
    act: (id: string) =>
      hostPage.value
        ? `${hostPage.value}#od-acte=${encodeURIComponent(id)}`
        : new URL(actHref(linkConfig, id), location.origin).href,
    search: () => new URL(searchHref(linkConfig, state), location.origin).href,
  };

  /**
   * Stored settings arrived (after the first search started, not to delay it): the appearance
   * and page size apply, and the preset filters too unless the citizen already searched.
   */
  function applyDefaults(next: EmbedConfig, nextPresets: SearchState) {
    const untouched = sameState(state, presets) && route.value.view === 'search';
    const pageSizeChanged = next.pageSize !== config.pageSize;
    Object.assign(config, { ...next, siren: config.siren });
    if (untouched && !sameState(nextPresets, presets)) {
      quiet = true;
      assignState(presets, nextPresets);
      assignState(state, nextPresets);
    } else if (pageSizeChanged) {
      void search.retry();
    }
  }

  return {
    config,
    linkConfig,
    applyDefaults,
    client,
    presets,
    state,
    route,
    navigated,
    search,
    links,
    openAct,
    backToSearch,
    commitText,
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
