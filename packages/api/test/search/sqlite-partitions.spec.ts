import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'libsql';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { setLogLevel } from '../../src/core/logger.js';
import { actsIndexDefinition } from '../../src/domains/acts/acts-index.js';
import type { SearchQuery } from '../../src/infra/search/search-engine.js';
import { SqliteSearchEngine } from '../../src/infra/search/sqlite-search-engine.js';
import { layoutSignature } from '../../src/infra/search/sqlite-schema.js';
import { ACTS, SIREN_A, SIREN_B } from './acts-fixtures.js';
import { writeV2Index } from './v2-index.js';

setLogLevel(process.env.TEST_LOG_LEVEL ?? 'silent');
const root = mkdtempSync(path.join(os.tmpdir(), 'search-parts-'));
const opened: SqliteSearchEngine[] = [];
afterAll(async () => {
  await Promise.all(opened.map((e) => e.close()));
  rmSync(root, { recursive: true, force: true });
});

async function openEngine(dir = mkdtempSync(path.join(root, 'e-'))) {
  const engine = new SqliteSearchEngine(actsIndexDefinition, dir, 'acts');
  opened.push(engine);
  await engine.init();
  return engine;
}

const siren = (value: string) => ({ field: 'siren', op: 'eq' as const, value });
const facets = ['nature', 'year', 'classificationL1'];

describe('embedded engine: documents grouped by organisation', () => {
  let engine: SqliteSearchEngine;
  beforeEach(async () => {
    engine = await openEngine();
    await engine.upsert(ACTS);
  });

  it('moves a document whose organisation changes', async () => {
    await engine.upsert([{ ...ACTS[0], siren: SIREN_B }]);
    const inA = await engine.search({ text: 'mediatheque', filters: [siren(SIREN_A)], facets });
    expect(inA.total).toBe(0);
    expect(inA.facets.nature).toEqual({});
    const inB = await engine.search({ text: 'mediatheque', filters: [siren(SIREN_B)], facets });
    expect(inB.hits.map((h) => h.id).sort()).toEqual(['a1', 'b1']);
    expect(inB.facets.nature).toEqual({ DELIBERATION: 2 });
    expect(await engine.count()).toBe(ACTS.length);
  });

  it('keeps the last version when an id repeats in one batch', async () => {
    await engine.upsert([
      { ...ACTS[1], subject: 'Premier titre' },
      { ...ACTS[1], siren: SIREN_B, subject: 'Second titre' },
    ]);
    expect((await engine.search({ text: 'premier' })).total).toBe(0);
    const res = await engine.search({ text: 'second', filters: [siren(SIREN_B)] });
    expect(res.hits.map((h) => h.id)).toEqual(['a2']);
    expect(await engine.count()).toBe(ACTS.length);
  });

  it('finds nothing for an organisation without documents', async () => {
    const res = await engine.search({
      text: 'deliberation',
      filters: [siren('999999999')],
      facets,
    });
    expect(res).toEqual({
      total: 0,
      hits: [],
      facets: { nature: {}, year: {}, classificationL1: {} },
    });
    expect((await engine.search({ filters: [siren('999999999')] })).total).toBe(0);
  });

  it('deletes one organisation by filter and keeps the others searchable', async () => {
    await engine.deleteWhere([siren(SIREN_A)]);
    expect((await engine.search({ filters: [siren(SIREN_A)] })).total).toBe(0);
    expect((await engine.search({ text: 'deliberation' })).hits.map((h) => h.id).sort()).toEqual([
      'b1',
      'b3',
    ]);
    await engine.upsert([ACTS[0]]);
    expect((await engine.search({ text: 'mediatheque', filters: [siren(SIREN_A)] })).total).toBe(1);
  });

  it('indexes documents without an organisation, and several organisations at once', async () => {
    await engine.upsert([{ id: 'x1', subject: 'Délibération orpheline', date: '2024-01-01' }]);
    expect((await engine.search({ text: 'orpheline' })).hits.map((h) => h.id)).toEqual(['x1']);
    const both = await engine.search({
      text: 'deliberation',
      filters: [{ field: 'siren', op: 'in', value: [SIREN_A, SIREN_B] }],
    });
    expect(both.hits.map((h) => h.id).sort()).toEqual(['a1', 'b1', 'b3']);
    const one = await engine.search({
      text: 'deliberation',
      filters: [{ field: 'siren', op: 'in', value: [SIREN_B] }],
    });
    expect(one.hits.map((h) => h.id).sort()).toEqual(['b1', 'b3']);
  });

  it('searches a few organisations through their ranges, as it filters the whole index', async () => {
    await engine.upsert([
      { ...ACTS[0], id: 'c1', siren: '230300034', subject: 'Délibération médiathèque annexe' },
    ]);
    const few = { field: 'siren', op: 'in' as const, value: [SIREN_B, '999999999', SIREN_A] };
    // More values than a scope takes: every document is filtered instead (the reference).
    const many = {
      ...few,
      value: [...few.value, ...Array.from({ length: 70 }, (_, i) => String(300000000 + i))],
    };
    const queries: SearchQuery[] = [
      { text: 'deliberation', facets, highlight: { fields: ['subject', 'text'] } },
      { text: 'deliberaton mediatheque', facets },
      { text: 'médiat', facets },
      { facets, sort: [{ field: 'date', direction: 'asc' }], offset: 1, limit: 3 },
      { text: 'budget', sort: [{ field: 'date', direction: 'desc' }], facets },
      { facets, limit: 0, filters: [{ field: 'year', op: 'gte', value: 2023 }] },
    ];
    for (const q of queries) {
      const scoped = await engine.search({ ...q, filters: [few, ...(q.filters ?? [])] });
      const filtered = await engine.search({ ...q, filters: [many, ...(q.filters ?? [])] });
      expect(scoped, JSON.stringify(q)).toEqual(filtered);
      expect(
        scoped.hits.every((h) => !h.id.startsWith('c')),
        JSON.stringify(q),
      ).toBe(true);
    }
    const all = await engine.search({ text: 'deliberation' });
    const inFew = await engine.search({ text: 'deliberation', filters: [few] });
    expect(all.total).toBe(inFew.total + 1);
    // Every partition filter holds: their values are intersected.
    const both = await engine.search({ text: 'deliberation', filters: [few, siren(SIREN_A)] });
    expect(both.hits.map((h) => h.id)).toEqual(['a1']);
    const none = await engine.search({
      text: 'deliberation',
      filters: [siren('230300034'), few],
      facets,
    });
    expect(none).toEqual({
      total: 0,
      hits: [],
      facets: { nature: {}, year: {}, classificationL1: {} },
    });
  });

  it('counts facets right after another process empties and refills the index', async () => {
    const q = { filters: [siren(SIREN_A)], facets };
    expect((await engine.search(q)).facets.nature).toMatchObject({ DELIBERATION: 2 });
    const other = await openEngine(path.dirname(engine.file));
    await other.clear();
    // Other combinations first: codes are handed out in another order than before.
    await other.upsert([...ACTS].reverse().map((a) => ({ ...a, nature: `N_${a.nature}` })));
    const res = await engine.search(q);
    expect(res.total).toBe(6);
    expect(Object.keys(res.facets.nature).every((n) => n.startsWith('N_'))).toBe(true);
    expect(res.facets.nature).toMatchObject({ N_DELIBERATION: 2, N_BUDGET: 1 });
  });
});

describe('embedded engine: totals and facets of the whole index', () => {
  const all = { field: 'date', op: 'gte' as const, value: '1900-01-01' };
  /** Without text or filter (counts kept per combination) and through every document. */
  async function expectSameCounts(engine: SqliteSearchEngine) {
    const kept = await engine.search({ facets, limit: 0 });
    const counted = await engine.search({ facets, limit: 0, filters: [all] });
    expect(kept).toEqual(counted);
    expect(kept.total).toBe(await engine.count());
    return kept;
  }

  it('stay exact through inserts, changes of facet values, moves, deletions and clearing', async () => {
    const engine = await openEngine();
    await engine.upsert(ACTS);
    const first = await expectSameCounts(engine);
    expect(first.facets.nature.DELIBERATION).toBe(
      ACTS.filter((a) => a.nature === 'DELIBERATION').length,
    );
    await engine.upsert([
      { ...ACTS[0], nature: 'BUDGET', year: 2019 },
      { ...ACTS[1], siren: SIREN_B },
      { ...ACTS[2], id: 'n1' },
    ]);
    await expectSameCounts(engine);
    await engine.delete([ACTS[3].id, 'n1']);
    await engine.deleteWhere([siren(SIREN_B)]);
    const left = await expectSameCounts(engine);
    expect(left.total).toBe(ACTS.filter((a) => a.siren === SIREN_A).length - 2);
    await engine.clear();
    expect(await expectSameCounts(engine)).toEqual({
      total: 0,
      hits: [],
      facets: { nature: {}, year: {}, classificationL1: {} },
    });
  });

  it('are added to an index made before them when it is opened', async () => {
    const engine = await openEngine();
    await engine.upsert(ACTS);
    const before = await expectSameCounts(engine);
    const db = new Database(engine.file);
    db.exec('DROP TABLE facet_counts');
    ['docs_fc_ai', 'docs_fc_ad', 'docs_fc_au'].forEach((t) => db.exec(`DROP TRIGGER ${t}`));
    db.close();
    // Dropped under an open engine (another process emptying the index): still exact.
    expect(await expectSameCounts(engine)).toEqual(before);
    await engine.close();
    const reopened = await openEngine(path.dirname(engine.file));
    expect(await expectSameCounts(reopened)).toEqual(before);
    await reopened.upsert([{ ...ACTS[0], id: 'n2' }]);
    expect((await expectSameCounts(reopened)).total).toBe(before.total + 1);
  });
});

describe('embedded engine: index kept from schema version 2', () => {
  const queries: SearchQuery[] = [
    { text: 'deliberaton', facets, highlight: { fields: ['subject', 'text'] } },
    { text: 'médiath', filters: [siren(SIREN_A)], facets },
    { text: 'photovoltaique', highlight: { fields: ['text'], maxLength: 120 } },
    { filters: [siren(SIREN_A), { field: 'year', op: 'gte', value: 2023 }], facets },
    { filters: [siren(SIREN_B)], sort: [{ field: 'date', direction: 'asc' }], offset: 1 },
    { facets, limit: 0 },
  ];

  it('is upgraded in place at start: same results as a fresh index, nothing to rebuild', async () => {
    const dir = mkdtempSync(path.join(root, 'v2-'));
    writeV2Index(actsIndexDefinition, dir, 'acts', ACTS);
    const upgraded = await openEngine(dir);
    const fresh = await openEngine();
    await fresh.upsert(ACTS);
    expect(await upgraded.count()).toBe(ACTS.length);
    for (const q of queries) {
      expect(await upgraded.search(q), JSON.stringify(q)).toEqual(await fresh.search(q));
    }
    const db = new Database(upgraded.file, { readonly: true });
    const layout = db.prepare("SELECT value FROM meta WHERE key = 'layout'").raw().get();
    db.close();
    expect(layout).toEqual([layoutSignature(actsIndexDefinition)]);

    // Writes go on as usual, and a restart does not upgrade again.
    await upgraded.upsert([{ ...ACTS[0], id: 'a9', subject: 'Délibération nouvelle' }]);
    await upgraded.delete(['b3']);
    await upgraded.close();
    const again = await openEngine(dir);
    const res = await again.search({ text: 'deliberation', filters: [siren(SIREN_A)], facets });
    expect(res.hits.map((h) => h.id).sort()).toEqual(['a1', 'a9']);
    expect((await again.search({ text: 'piegee' })).total).toBe(0);
  });
});
