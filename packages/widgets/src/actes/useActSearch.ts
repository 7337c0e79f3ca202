import { onScopeDispose, ref, shallowRef, watch } from 'vue';
import type { ActsWidgetSearchQuery, ActsWidgetSearchQueryVariables } from '../gql/graphql';
import {
  GraphQLRequestError,
  SERVER_MESSAGE,
  isAbortError,
  type GraphQLClient,
} from '../shared/graphql-client';
import { SORT_VALUES, sameState, type SearchState } from './acts-params';
import { ActsSearchQuery } from './acts.graphql';

export type SearchResult = ActsWidgetSearchQuery['searchActs'];
export type ActEdge = SearchResult['edges'][number];
export type ActNode = ActEdge['node'];
/** A public document (its `url` is the stable public address). */
export type PublicDocumentView = ActNode['documents'][number];
export type Facet = { value: string; label: string; count: number };
export interface Facets {
  natures: Facet[];
  years: Facet[];
  classifications: Facet[];
}

/** Typing waits this long for the next key; filters apply at once. */
export const TYPING_DELAY_MS = 250;

export function searchVariables(
  siren: string,
  state: SearchState,
  first: number,
  after: string | null = null,
): ActsWidgetSearchQueryVariables {
  const firstPage = after === null;
  // An inverted range (the form shows an error) is not applied.
  const [dateFrom, dateTo] =
    state.actFrom && state.actTo && state.actTo < state.actFrom
      ? [null, null]
      : [state.actFrom, state.actTo];
  const [publishedFrom, publishedTo] =
    state.publishedFrom && state.publishedTo && state.publishedTo < state.publishedFrom
      ? [null, null]
      : [state.publishedFrom, state.publishedTo];
  return {
    siren,
    query: state.query.trim() || null,
    natures: state.natures.length ? state.natures : null,
    classification: state.classification,
    dateFrom,
    dateTo,
    publishedFrom,
    publishedTo,
    year: state.year,
    sort: SORT_VALUES[state.sort],
    first,
    after,
    firstPage,
    natureFacets: firstPage && state.natures.length > 0,
    classificationFacets: firstPage && state.classification !== null,
    yearFacets: firstPage && state.year !== null,
  };
}

/** Facets where each field's counts ignore that field's own filter (so choices can be added). */
export function facetsOf(data: ActsWidgetSearchQuery): Facets {
  const own = data.searchActs.facets;
  return {
    natures: data.natureFacets?.facets.natures ?? own?.natures ?? [],
    classifications:
      data.classificationFacets?.facets.classifications ?? own?.classifications ?? [],
    years: data.yearFacets?.facets.years ?? own?.years ?? [],
  };
}

/**
 * Search as you type: runs whenever `state()` changes (debounced while typing), aborts the
 * request it replaces, and pages with « Plus de résultats » (`loadMore`).
 */
export function useActSearch(
  client: GraphQLClient,
  siren: string,
  pageSize: () => number,
  state: () => SearchState,
) {
  const edges = shallowRef<ActEdge[]>([]);
  const total = ref(0);
  const facets = shallowRef<Facets>({ natures: [], years: [], classifications: [] });
  const organization = shallowRef<{ siren: string; name: string } | null>();
  const pageInfo = shallowRef({ hasNextPage: false, endCursor: null as string | null });
  const loading = ref(false);
  const loadingMore = ref(false);
  const error = shallowRef<GraphQLRequestError>();
  /** Bumped after each completed first page (for aria-live announcements). */
  const generation = ref(0);

  let controller: AbortController | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let shown: SearchState | undefined;

  const failure = (e: unknown) =>
    e instanceof GraphQLRequestError ? e : new GraphQLRequestError('unexpected', SERVER_MESSAGE);

  async function run(s: SearchState, after: string | null) {
    controller?.abort();
    const mine = new AbortController();
    controller = mine;
    (after ? loadingMore : loading).value = true;
    error.value = undefined;
    try {
      const data = await client.request(
        ActsSearchQuery,
        searchVariables(siren, s, pageSize(), after),
        { signal: mine.signal },
      );
      if (after) {
        edges.value = [...edges.value, ...data.searchActs.edges];
      } else {
        edges.value = data.searchActs.edges;
        facets.value = facetsOf(data);
        organization.value = data.publicOrganization ?? null;
        shown = s;
        generation.value++;
      }
      total.value = data.searchActs.totalCount;
      pageInfo.value = data.searchActs.pageInfo;
    } catch (e) {
      if (!isAbortError(e) && !mine.signal.aborted) {
        error.value = failure(e);
      }
    } finally {
      if (controller === mine) {
        loading.value = false;
        loadingMore.value = false;
        controller = undefined;
      }
    }
  }

  function schedule(s: SearchState, previous: SearchState | undefined) {
    clearTimeout(timer);
    if (shown && sameState(s, shown) && !controller) {
      return;
    }
    const typing = previous !== undefined && sameState({ ...s, query: previous.query }, previous);
    if (typing) {
      timer = setTimeout(() => void run(s, null), TYPING_DELAY_MS);
    } else {
      void run(s, null);
    }
  }

  // A fresh copy each time, so `previous` is the state before the change.
  watch(
    () => ({ ...state(), natures: [...state().natures] }),
    (s, previous) => schedule(s, previous),
    { immediate: true },
  );
  onScopeDispose(() => {
    clearTimeout(timer);
    controller?.abort();
  });

  /** Appends the next page; resolves to the index of its first result. */
  async function loadMore(): Promise<number> {
    const start = edges.value.length;
    if (shown && pageInfo.value.hasNextPage && pageInfo.value.endCursor) {
      await run(shown, pageInfo.value.endCursor);
    }
    return start;
  }

  return {
    edges,
    total,
    facets,
    organization,
    pageInfo,
    loading,
    loadingMore,
    error,
    generation,
    loadMore,
    retry: () => run(state(), null),
  };
}
