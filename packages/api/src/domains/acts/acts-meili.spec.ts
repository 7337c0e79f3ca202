import { describe, expect, it } from 'vitest';
import { actsIndexDefinition } from './acts-index.js';
import {
  meiliAttributes,
  meiliFilter,
  meiliSort,
  meiliString,
  toMeiliDocument,
} from '../../infra/search/meili-filter.js';
import { checkFilters, checkQuery } from '../../infra/search/search-validation.js';

describe('Meilisearch mapping', () => {
  it('quotes and escapes every string value', () => {
    expect(meiliString('a"b\\c')).toBe('"a\\"b\\\\c"');
    const filters = checkFilters(actsIndexDefinition, [
      { field: 'siren', op: 'eq', value: '123" OR siren = "456' },
      { field: 'nature', op: 'in', value: ['A', 'B\\" OR 1=1'] },
      { field: 'classificationCode', op: 'prefix', value: '3.' },
    ]);
    expect(meiliFilter(filters)).toEqual([
      'siren = "123\\" OR siren = \\"456"',
      'nature IN ["A", "B\\\\\\" OR 1=1"]',
      'pfx__classificationCode = "3."',
    ]);
  });

  it('maps dates to numeric twins, including a whole last day', () => {
    const filters = checkFilters(actsIndexDefinition, [
      { field: 'date', op: 'gte', value: '2024-01-01' },
      { field: 'publishedAt', op: 'lte', value: '2024-01-31' },
      { field: 'year', op: 'eq', value: 2024 },
    ]);
    expect(meiliFilter(filters)).toEqual([
      `ts__date >= ${Date.parse('2024-01-01T00:00:00Z')}`,
      `ts__publishedAt <= ${Date.parse('2024-01-31T23:59:59.999Z')}`,
      'year = 2024',
    ]);
    const q = checkQuery(actsIndexDefinition, {
      sort: [{ field: 'publishedAt', direction: 'asc' }],
    });
    expect(meiliSort(q)).toEqual(['ts__publishedAt:asc']);
  });

  it('stores prefix lists and numeric dates beside the document', () => {
    const doc = toMeiliDocument(actsIndexDefinition, {
      id: 'a1',
      siren: '123',
      classificationCode: '3.1',
      date: '2024-02-01',
      subject: 'x',
    });
    expect(doc).toMatchObject({
      pfx__classificationCode: ['3', '3.', '3.1'],
      pfx__siren: ['1', '12', '123'],
      ts__date: Date.parse('2024-02-01T00:00:00Z'),
    });
    const attrs = meiliAttributes(actsIndexDefinition);
    expect(attrs.searchable).toEqual(['subject', 'number', 'text']);
    expect(attrs.sortable).toEqual(['ts__date', 'ts__publishedAt']);
    expect(attrs.filterable).toContain('pfx__classificationCode');
  });
});
