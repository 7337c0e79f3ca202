import { beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../src/core/errors.js';
import type { SearchEngine, SearchQuery } from '../../src/infra/search/search-engine.js';
import { ACTS, idsOf, SIREN_A, SIREN_B } from './acts-fixtures.js';

/**
 * The behaviour every SearchEngine implementation must have, run against the acts index.
 * `open` returns an engine on an empty index (already initialised).
 */
export function searchEngineContract(label: string, open: () => Promise<SearchEngine>): void {
  describe(`search engine contract: ${label}`, () => {
    let engine: SearchEngine;
    const ids = async (q: SearchQuery) => (await engine.search(q)).hits.map((h) => h.id);
    const onlyA = [{ field: 'siren', op: 'eq', value: SIREN_A }] as const;

    beforeEach(async () => {
      engine = await open();
      await engine.clear();
      await engine.upsert(ACTS);
    });

    it('counts documents and reports health', async () => {
      expect(await engine.count()).toBe(ACTS.length);
      expect(await engine.health()).toMatchObject({ ok: true, engine: engine.engine });
    });

    it('folds accents and case: deliberation, délibèration, DELIBERATION', async () => {
      for (const text of ['deliberation', 'délibèration', 'DELIBERATION', 'Délibération']) {
        expect((await ids({ text })).sort(), text).toEqual(['a1', 'b1', 'b3']);
      }
      expect(await ids({ text: 'mediatheque', filters: onlyA })).toEqual(['a1']);
    });

    it('tolerates a one-letter typo and completes the word being typed', async () => {
      expect((await ids({ text: 'deliberaton' })).sort()).toEqual(['a1', 'b1', 'b3']);
      expect((await ids({ text: 'mediateque municipale' })).sort()).toEqual(['a1']);
      expect((await ids({ text: 'médiath' })).sort()).toEqual(['a1', 'b1']);
      expect(await ids({ text: 'médiathèque ' + 'munic' })).toEqual(['a1']);
    });

    it('finds words deep inside long PDF text and returns an HTML-safe snippet', async () => {
      const res = await engine.search({
        text: 'photovoltaique',
        highlight: { fields: ['subject', 'text'], maxLength: 120 },
      });
      expect(res.hits.map((h) => h.id)).toEqual(['a4']);
      expect(res.hits[0].score).toBeTypeOf('number');
      const snippet = res.hits[0].highlights.text;
      expect(snippet).toMatch(/<mark>photovolta[iï]que<\/mark>/);
      expect(snippet.replace(/<\/?mark>/g, '').length).toBeLessThanOrEqual(140);
      expect(snippet).not.toContain('numéro 0 ');
      expect(res.hits[0].highlights.subject).toBe('Subvention aux associations sportives');
    });

    it('escapes HTML in highlights and only adds <mark>', async () => {
      const res = await engine.search({
        text: 'piégée',
        highlight: { fields: ['subject', 'text'] },
      });
      expect(res.hits.map((h) => h.id)).toEqual(['b3']);
      const { subject, text } = res.hits[0].highlights;
      expect(subject).toContain('&lt;img src=x onerror=alert(1)&gt;');
      expect(subject).toMatch(/<mark>piégée<\/mark>/);
      expect(subject.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
      expect(text).toBe('Contenu &quot;entre guillemets&quot; &amp; &lt;b&gt;gras&lt;/b&gt;.');
    });

    it('computes exact facet counts over the filtered result set', async () => {
      const res = await engine.search({
        filters: onlyA,
        facets: ['nature', 'year', 'classificationL1'],
        limit: 2,
      });
      expect(res.total).toBe(6);
      expect(res.hits).toHaveLength(2);
      expect(res.facets.nature).toEqual({
        DELIBERATION: 2,
        ARRETE_REGLEMENTAIRE: 1,
        BUDGET: 1,
        CONTRAT_CONVENTION: 1,
        AUTRE: 1,
      });
      expect(res.facets.year).toEqual({ '2024': 3, '2023': 2, '2022': 1 });
      expect(res.facets.classificationL1).toEqual({ '8': 1, '6': 1, '7': 2, '1': 1, '5': 1 });

      const withText = await engine.search({
        text: 'délibération',
        filters: [{ field: 'year', op: 'gte', value: 2023 }],
        facets: ['nature', 'year', 'classificationL1'],
        limit: 0,
      });
      expect(withText).toEqual({
        total: 2,
        hits: [],
        facets: { nature: { DELIBERATION: 2 }, year: { '2024': 2 }, classificationL1: { '8': 2 } },
      });
    });

    it('never lets query text widen the filters', async () => {
      const crafted = [
        `' OR 1=1 --`,
        `") OR siren:*`,
        `délibération" OR "1"="1`,
        `* OR siren = "${SIREN_B}"`,
        'NEAR(médiathèque délibération)',
        'subject:médiathèque OR text:*',
        `${SIREN_B}`,
        'médiathèque)',
        `'); DELETE FROM docs; --`,
        '"',
        '\\',
        'délibération -siren',
        `siren = ${SIREN_B}`,
        'OR AND NOT *',
        `"médiathèque" OR siren:${SIREN_B}`,
        'x'.repeat(500),
      ];
      const allowed = new Set(idsOf(SIREN_A));
      for (const text of crafted) {
        const res = await engine.search({ text, filters: onlyA, facets: ['nature'], limit: 100 });
        expect(
          res.hits.every((h) => allowed.has(h.id)),
          text,
        ).toBe(true);
        expect(res.total, text).toBeLessThanOrEqual(allowed.size);
      }
      expect(await engine.count()).toBe(ACTS.length);
      // Crafted filter values are plain values too.
      for (const value of [
        `${SIREN_A}" OR siren = "${SIREN_B}`,
        `${SIREN_A}' OR '1'='1`,
        '%',
        '*',
      ]) {
        expect(await ids({ filters: [{ field: 'siren', op: 'eq', value }] }), value).toEqual([]);
        expect(await ids({ filters: [{ field: 'siren', op: 'prefix', value }] }), value).toEqual(
          [],
        );
      }
      expect(
        await ids({ text: 'médiathèque', filters: [{ field: 'siren', op: 'in', value: [] }] }),
      ).toEqual([]);
    });

    it('rejects undeclared fields and wrong operators with stable codes', async () => {
      const code = async (q: SearchQuery) => {
        const err = await engine.search(q).then(
          () => null,
          (e: unknown) => e,
        );
        expect(err).toBeInstanceOf(AppError);
        return (err as AppError).code;
      };
      expect(await code({ filters: [{ field: 'secret', op: 'eq', value: 'x' }] })).toBe(
        'search/unknown_field',
      );
      expect(await code({ filters: [{ field: 'text', op: 'eq', value: 'x' }] })).toBe(
        'search/unknown_field',
      );
      expect(await code({ sort: [{ field: 'subject', direction: 'asc' }] })).toBe(
        'search/unknown_field',
      );
      expect(await code({ facets: ['siren'] })).toBe('search/unknown_field');
      expect(await code({ highlight: { fields: ['siren'] } })).toBe('search/unknown_field');
      expect(await code({ filters: [{ field: 'siren', op: 'gte', value: 'a' }] })).toBe(
        'search/invalid_filter',
      );
      expect(await code({ filters: [{ field: 'year', op: 'eq', value: '2024' }] })).toBe(
        'search/invalid_filter',
      );
      expect(await code({ filters: [{ field: 'date', op: 'gte', value: 'hier' }] })).toBe(
        'search/invalid_filter',
      );
      expect(await code({ limit: 1000 })).toBe('search/invalid_query');
      const bad = await engine.upsert([{ id: 'a/1', subject: 'x' }]).then(
        () => null,
        (e: unknown) => e,
      );
      expect((bad as AppError).code).toBe('search/invalid_document');
      const unknown = await engine.upsert([{ id: 'z1', secret: 'x' }]).then(
        () => null,
        (e: unknown) => e,
      );
      expect((unknown as AppError).code).toBe('search/unknown_field');
    });

    it('sorts, defaults to the first sortable field desc, and paginates', async () => {
      const byDate = [...ACTS]
        .filter((a) => a.siren === SIREN_A)
        .sort((x, y) => (x.date < y.date ? -1 : 1));
      expect(await ids({ filters: onlyA, sort: [{ field: 'date', direction: 'asc' }] })).toEqual(
        byDate.map((a) => a.id),
      );
      const desc = byDate.map((a) => a.id).reverse();
      expect(await ids({ filters: onlyA })).toEqual(desc);
      const page1 = await ids({ filters: onlyA, limit: 4, offset: 0 });
      const page2 = await ids({ filters: onlyA, limit: 4, offset: 4 });
      expect([...page1, ...page2]).toEqual(desc);
      expect(await ids({ filters: onlyA, limit: 2, offset: 3 })).toEqual(desc.slice(3, 5));
      const textSorted = await ids({
        text: 'deliberation',
        sort: [{ field: 'publishedAt', direction: 'desc' }],
      });
      expect(textSorted).toEqual(['b1', 'a1', 'b3']);
    });

    it('filters by date range, prefix and value lists', async () => {
      const range = await ids({
        filters: [
          { field: 'publishedAt', op: 'gte', value: '2024-01-06' },
          { field: 'publishedAt', op: 'lte', value: '2024-03-15' },
        ],
        sort: [{ field: 'publishedAt', direction: 'asc' }],
      });
      expect(range).toEqual(['a2', 'a6', 'a1']);
      expect(
        (
          await ids({ filters: [{ field: 'classificationCode', op: 'prefix', value: '7.' }] })
        ).sort(),
      ).toEqual(['a3', 'a4']);
      expect(
        (
          await ids({
            filters: [{ field: 'nature', op: 'in', value: ['BUDGET', 'AUTRE'] }, ...onlyA],
          })
        ).sort(),
      ).toEqual(['a3', 'a6']);
      expect(await ids({ filters: [{ field: 'date', op: 'eq', value: '2023-09-01' }] })).toEqual([
        'b2',
      ]);
    });

    it('replaces a document on upsert and deletes by id or by filter', async () => {
      await engine.upsert([{ ...ACTS[0], subject: 'Tarifs de la piscine' }]);
      expect(await engine.count()).toBe(ACTS.length);
      expect(await ids({ text: 'piscine' })).toEqual(['a1']);
      expect(await ids({ text: 'municipale', filters: onlyA })).toEqual(['a6']);
      await engine.delete(['a1', 'does-not-exist']);
      expect(await ids({ text: 'piscine' })).toEqual([]);
      expect(await engine.count()).toBe(ACTS.length - 1);
      await engine.deleteWhere([{ field: 'siren', op: 'eq', value: SIREN_B }]);
      expect(await engine.count()).toBe(idsOf(SIREN_A).length - 1);
      expect(await ids({ text: 'médiathèque' })).toEqual([]);
      const err = await engine.deleteWhere([]).then(
        () => null,
        (e: unknown) => e,
      );
      expect((err as AppError).code).toBe('search/invalid_filter');
      await engine.clear();
      expect(await engine.count()).toBe(0);
    });
  });
}
