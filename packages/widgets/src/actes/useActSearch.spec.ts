import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { effectScope, reactive } from 'vue';
import { EMPTY_STATE, type SearchState } from './acts-params';
import { edge, fakeClient, searchResult } from './test-fixtures';
import { TYPING_DELAY_MS, facetsOf, searchVariables, useActSearch } from './useActSearch';

describe('useActSearch', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function setup() {
    const { client, calls } = fakeClient();
    const state = reactive<SearchState>({ ...EMPTY_STATE, natures: [] });
    const scope = effectScope();
    const search = scope.run(() =>
      useActSearch(
        client,
        '213502388',
        () => 10,
        () => state,
      ),
    )!;
    return { calls, state, search, scope };
  }

  it('searches at once on load, then waits for the typing to pause', async () => {
    const { calls, state, search } = setup();
    expect(calls).toHaveLength(1);
    expect(calls[0]!.variables).toMatchObject({
      siren: '213502388',
      query: null,
      first: 10,
      firstPage: true,
    });
    calls[0]!.resolve(searchResult([edge('a'), edge('b')], 2));
    await flushPromises();
    expect(search.edges.value.map((e) => e.node.id)).toEqual(['a', 'b']);
    expect(search.organization.value?.name).toBe('Commune de Test');

    state.query = 'm';
    await flushPromises();
    state.query = 'med';
    await flushPromises();
    vi.advanceTimersByTime(TYPING_DELAY_MS - 1);
    expect(calls).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(calls).toHaveLength(2);
    expect(calls[1]!.variables.query).toBe('med');
  });

  it('aborts the request a newer search replaces, and ignores its late answer', async () => {
    const { calls, state, search } = setup();
    state.year = 2023; // a filter: no debounce
    await flushPromises();
    expect(calls).toHaveLength(2);
    expect(calls[0]!.signal?.aborted).toBe(true);
    calls[1]!.resolve(searchResult([edge('new')], 1));
    calls[0]!.resolve(searchResult([edge('stale')], 1));
    await flushPromises();
    expect(search.edges.value.map((e) => e.node.id)).toEqual(['new']);
    expect(search.error.value).toBeUndefined();
    expect(search.loading.value).toBe(false);
  });

  it('appends the next page with « Plus de résultats », then a new search starts over', async () => {
    const { calls, state, search } = setup();
    calls[0]!.resolve(searchResult([edge('a')], 2, true));
    await flushPromises();
    const pending = search.loadMore();
    expect(calls[1]!.variables).toMatchObject({
      after: 'c-a',
      firstPage: false,
      natureFacets: false,
    });
    calls[1]!.resolve(searchResult([edge('b')], 2, false));
    expect(await pending).toBe(1);
    expect(search.edges.value.map((e) => e.node.id)).toEqual(['a', 'b']);
    expect(search.pageInfo.value.hasNextPage).toBe(false);

    state.natures = ['BUDGET'];
    await flushPromises();
    expect(calls[2]!.variables).toMatchObject({
      after: null,
      natures: ['BUDGET'],
      natureFacets: true,
    });
    calls[2]!.resolve(searchResult([], 0));
    await flushPromises();
    expect(search.edges.value).toEqual([]);
  });

  it('does not search again for the state already shown (Back to the results)', async () => {
    const { calls, state } = setup();
    calls[0]!.resolve(searchResult([edge('a')]));
    await flushPromises();
    state.year = 2024;
    state.year = null;
    await flushPromises();
    expect(calls).toHaveLength(1);
  });

  it('reports a failure in French and can retry', async () => {
    const { calls, search } = setup();
    calls[0]!.reject(new Error('boom'));
    await flushPromises();
    expect(search.error.value?.message).toMatch(/Réessayez/);
    void search.retry();
    expect(calls).toHaveLength(2);
  });
});

describe('search variables and facets', () => {
  it('maps the state to searchActs arguments', () => {
    const v = searchVariables(
      '213502388',
      {
        ...EMPTY_STATE,
        query: '  voirie ',
        natures: ['BUDGET'],
        classification: '7.1',
        year: 2024,
        actFrom: '2024-01-01',
        publishedTo: '2024-06-30',
        sort: 'publication_desc',
      },
      20,
    );
    expect(v).toEqual({
      siren: '213502388',
      query: 'voirie',
      natures: ['BUDGET'],
      classification: '7.1',
      dateFrom: '2024-01-01',
      dateTo: null,
      publishedFrom: null,
      publishedTo: '2024-06-30',
      year: 2024,
      sort: 'PUBLISHED_DESC',
      first: 20,
      after: null,
      firstPage: true,
      natureFacets: true,
      classificationFacets: true,
      yearFacets: true,
    });
  });

  it('takes each facet from the query without its own filter when there is one', () => {
    const data = searchResult([edge('a')], 1);
    data.natureFacets = { facets: { natures: [{ value: 'BUDGET', label: 'Budget', count: 4 }] } };
    const f = facetsOf(data);
    expect(f.natures).toEqual([{ value: 'BUDGET', label: 'Budget', count: 4 }]);
    expect(f.years).toEqual(data.searchActs.facets!.years);
  });
});
