import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  defaultState,
  parseActsQuery,
  toActsQuery,
  toActsVariables,
} from './acts-filters';

describe('acts filters in the URL', () => {
  it('round-trips every filter, the sort and the page through the URL', () => {
    const state = {
      ...defaultState(),
      text: 'voirie',
      natures: ['DELIBERATION', 'REGULATORY'] as const,
      status: 'PUBLISHED' as const,
      dateFrom: '2024-01-01',
      dateTo: '2024-12-31',
      publishedFrom: '2025-01-01',
      publishedTo: null,
      classification: '7.1',
      hidden: false,
      page: 3,
      perPage: 50,
      sort: 'SUBJECT' as const,
      direction: 'ASC' as const,
    };
    const query = toActsQuery({ ...state, natures: [...state.natures] });
    expect(query).toEqual({
      q: 'voirie',
      natures: 'DELIBERATION,REGULATORY',
      statut: 'PUBLISHED',
      du: '2024-01-01',
      au: '2024-12-31',
      publie_du: '2025-01-01',
      classification: '7.1',
      retires: 'non',
      page: '3',
      par_page: '50',
      tri: 'SUBJECT',
      ordre: 'asc',
    });
    expect(parseActsQuery(query as Record<string, string>)).toEqual({
      ...state,
      natures: [...state.natures],
    });
    expect(toActsQuery(defaultState())).toEqual({});
  });

  it('drops malformed values instead of failing', () => {
    const s = parseActsQuery({
      natures: 'DELIBERATION,FOO',
      du: '01/02/2024',
      page: '-2',
      par_page: '7',
      tri: 'id; drop',
      statut: 'X',
    });
    expect(s).toEqual({ ...defaultState(), natures: ['DELIBERATION'] });
  });

  it('builds the api variables; the queue view always asks for undecided acts still in the queue', () => {
    const s = {
      ...defaultState(),
      status: 'PUBLISHED' as const,
      hidden: true,
      page: 2,
      text: ' x ',
    };
    const queue = toActsVariables(s, 'to-decide', '123456789');
    expect(queue.filter).toMatchObject({
      siren: '123456789',
      status: 'TO_DECIDE',
      hidden: false,
      text: 'x',
    });
    expect(queue.first).toBe(20);
    expect(queue.after).toBe(btoa('o:19').replace(/=+$/, ''));
    expect(queue.orderBy).toEqual({ field: 'DATE', direction: 'DESC' });
    expect(toActsVariables(s, 'all', '123456789').filter).toMatchObject({
      status: 'PUBLISHED',
      hidden: true,
    });
    expect(activeFilterCount(s, 'to-decide')).toBe(1);
    expect(activeFilterCount(s, 'all')).toBe(3);
  });
});
