import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { cachedComplexityOf, complexityOf } from './graphql-limits.js';

const schema = buildSchema(`
  type Item { id: ID! name: String! }
  type ItemConnection { totalCount: Int! nodes: [Item!]! }
  type Query { items(first: Int): ItemConnection! item(id: ID!): Item }
`);

describe('cachedComplexityOf', () => {
  it('gives the cost complexityOf computes, for each set of variables and operation', () => {
    const doc = parse(`
      query Page($n: Int, $withName: Boolean!) {
        items(first: $n) { totalCount nodes { id name @include(if: $withName) } }
      }
      query One { item(id: "1") { id } }
    `);
    const cases: [string, Record<string, unknown>][] = [
      ['Page', { n: 20, withName: true }],
      ['Page', { n: 100, withName: true }],
      ['Page', { n: 100, withName: false }],
      ['Page', { withName: true }],
      ['One', {}],
    ];
    for (let round = 0; round < 2; round++) {
      for (const [name, variables] of cases) {
        expect(cachedComplexityOf(schema, doc, name, variables)).toBe(
          complexityOf(schema, doc, name, variables),
        );
      }
    }
    expect(cachedComplexityOf(schema, doc, 'Page', { n: 100, withName: true })).toBeGreaterThan(
      cachedComplexityOf(schema, doc, 'Page', { n: 20, withName: true }),
    );
  });

  it('refuses bad variables every time (a failure is never remembered)', () => {
    const doc = parse('query($n: Int) { items(first: $n) { nodes { id } } }');
    for (let i = 0; i < 2; i++) {
      expect(() => complexityOf(schema, doc, undefined, { n: 'many' })).toThrow();
      expect(() => cachedComplexityOf(schema, doc, undefined, { n: 'many' })).toThrow();
    }
    expect(cachedComplexityOf(schema, doc, undefined, { n: 5 })).toBe(
      complexityOf(schema, doc, undefined, { n: 5 }),
    );
  });

  it('computes large variables without keeping them', () => {
    const doc = parse('query($n: Int, $ids: [ID!]) { items(first: $n) { nodes { id } } }');
    const ids = Array.from({ length: 1000 }, (_, i) => `id-${i}`);
    expect(cachedComplexityOf(schema, doc, undefined, { n: 50, ids })).toBe(
      complexityOf(schema, doc, undefined, { n: 50, ids }),
    );
  });
});
