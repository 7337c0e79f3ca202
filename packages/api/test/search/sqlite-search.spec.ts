import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setLogLevel } from '../../src/core/logger.js';
import { actsIndexDefinition, toActSearchDocument } from '../../src/domains/acts/acts-index.js';
import { createSearchEngine } from '../../src/infra/search/create-search-engine.js';
import type { SearchEngine } from '../../src/infra/search/search-engine.js';
import { SqliteSearchEngine } from '../../src/infra/search/sqlite-search-engine.js';
import { ACTS, SIREN_A } from './acts-fixtures.js';
import { searchEngineContract } from './search-contract.js';

setLogLevel(process.env.TEST_LOG_LEVEL ?? 'silent');
const root = mkdtempSync(path.join(os.tmpdir(), 'search-sqlite-'));
const opened: SearchEngine[] = [];
afterAll(async () => {
  await Promise.all(opened.map((e) => e.close()));
  rmSync(root, { recursive: true, force: true });
});

let shared: SearchEngine | undefined;
searchEngineContract('embedded SQLite FTS5', async () => {
  if (!shared) {
    shared = createSearchEngine({ dataDir: root, meili: undefined }, actsIndexDefinition, 'acts');
    opened.push(shared);
    await shared.init();
  }
  return shared;
});

describe('embedded engine on disk', () => {
  it('lives in DATA_DIR/search/<name>.sqlite and keeps its data across a restart', async () => {
    const dataDir = mkdtempSync(path.join(root, 'restart-'));
    const first = createSearchEngine({ dataDir, meili: undefined }, actsIndexDefinition, 'acts');
    expect(first).toBeInstanceOf(SqliteSearchEngine);
    expect((first as SqliteSearchEngine).file).toBe(path.join(dataDir, 'search', 'acts.sqlite'));
    await first.init();
    await first.upsert(ACTS);
    await first.close();

    const again = new SqliteSearchEngine(actsIndexDefinition, path.join(dataDir, 'search'), 'acts');
    opened.push(again);
    const started = performance.now();
    await again.init();
    expect(performance.now() - started).toBeLessThan(500);
    expect(await again.count()).toBe(ACTS.length);
    const res = await again.search({
      text: 'deliberaton',
      filters: [{ field: 'siren', op: 'eq', value: SIREN_A }],
      facets: ['nature'],
    });
    expect(res.hits.map((h) => h.id)).toEqual(['a1']);
    expect(res.facets).toEqual({ nature: { DELIBERATION: 1 } });
  });

  it('empties the derived index when the declared fields change', async () => {
    const dir = mkdtempSync(path.join(root, 'layout-'));
    const v1 = new SqliteSearchEngine(actsIndexDefinition, dir, 'acts');
    await v1.init();
    await v1.upsert(ACTS);
    await v1.close();
    const changed = {
      ...actsIndexDefinition,
      filterable: { ...actsIndexDefinition.filterable, extra: 'keyword' as const },
    };
    const v2 = new SqliteSearchEngine(changed, dir, 'acts');
    opened.push(v2);
    await v2.init();
    expect(await v2.count()).toBe(0);
    await v2.upsert([{ ...ACTS[0], extra: 'x' }]);
    expect((await v2.search({ filters: [{ field: 'extra', op: 'eq', value: 'x' }] })).total).toBe(
      1,
    );
  });

  it('sees writes made by another connection (api and worker in separate processes)', async () => {
    const dir = mkdtempSync(path.join(root, 'two-'));
    const writer = new SqliteSearchEngine(actsIndexDefinition, dir, 'acts');
    const reader = new SqliteSearchEngine(actsIndexDefinition, dir, 'acts');
    opened.push(writer, reader);
    await writer.init();
    await reader.init();
    expect((await reader.search({ text: 'deliberaton' })).total).toBe(0);
    await writer.upsert(ACTS);
    expect((await reader.search({ text: 'deliberaton' })).total).toBe(3);
  });
});

describe('embedded engine query plans on many matches', () => {
  const small = '100000001';
  const big = '100000002';
  let engine: SqliteSearchEngine;
  // 2,600 acts mention "conseil"; 300 of them belong to a small authority.
  const acts = Array.from({ length: 2600 }, (_, i) =>
    toActSearchDocument({
      id: `m${i}`,
      siren: i % 26 < 3 ? small : big,
      subject: i % 10 === 0 ? 'Réunion du conseil municipal' : `Acte numéro ${i}`,
      text: i % 10 === 0 ? null : 'Le conseil a délibéré.',
      nature: i % 2 ? 'DELIBERATION' : 'AUTRE',
      classificationCode: '5.2',
      date: new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10),
      publishedAt: new Date(Date.UTC(2020, 0, 2) + i * 86_400_000).toISOString(),
    }),
  );
  const byDateDesc = (list: typeof acts) =>
    [...list].sort((a, b) => (a.date < b.date ? 1 : -1)).map((a) => a.id);

  beforeAll(async () => {
    engine = new SqliteSearchEngine(
      actsIndexDefinition,
      mkdtempSync(path.join(root, 'many-')),
      'acts',
    );
    opened.push(engine);
    await engine.init();
    await engine.upsert(acts);
  });

  it('orders more than 2,000 matches newest first, consistently across pages', async () => {
    const expected = byDateDesc(acts);
    const first = await engine.search({ text: 'conseil', facets: ['nature'], limit: 20 });
    expect(first.total).toBe(2600);
    expect(first.facets.nature).toEqual({ DELIBERATION: 1300, AUTRE: 1300 });
    expect(first.hits.map((h) => h.id)).toEqual(expected.slice(0, 20));
    const deep = await engine.search({ text: 'conseil', offset: 400, limit: 20 });
    expect(deep.hits.map((h) => h.id)).toEqual(expected.slice(400, 420));
    const withFilter = await engine.search({
      text: 'conseil',
      filters: [{ field: 'siren', op: 'eq', value: big }],
    });
    expect(withFilter.total).toBe(2300);
    expect(withFilter.hits.map((h) => h.id)).toEqual(
      byDateDesc(acts.filter((a) => a.siren === big)).slice(0, 20),
    );
  });

  it('ranks by relevance below 2,000 matches, subject before PDF text', async () => {
    const res = await engine.search({
      text: 'conseil',
      filters: [{ field: 'siren', op: 'eq', value: small }],
      limit: 100,
    });
    expect(res.total).toBe(300);
    const subjectHits = acts
      .filter((a) => a.siren === small && a.subject.includes('conseil'))
      .map((a) => a.id);
    expect(
      res.hits
        .slice(0, subjectHits.length)
        .map((h) => h.id)
        .sort(),
    ).toEqual(subjectHits.sort());
    expect(res.hits.every((h) => typeof h.score === 'number')).toBe(true);
    const sorted = await engine.search({
      text: 'conseil',
      filters: [{ field: 'siren', op: 'eq', value: small }],
      sort: [{ field: 'date', direction: 'asc' }],
      facets: ['year'],
      offset: 280,
    });
    expect(sorted.hits.map((h) => h.id)).toEqual(
      byDateDesc(acts.filter((a) => a.siren === small))
        .reverse()
        .slice(280),
    );
    expect(Object.values(sorted.facets.year).reduce((a, b) => a + b, 0)).toBe(300);
  });

  it('completes the word being typed, short or long', async () => {
    expect((await engine.search({ text: 'cons' })).total).toBe(2600);
    expect(
      (await engine.search({ text: 'con', filters: [{ field: 'siren', op: 'eq', value: small }] }))
        .total,
    ).toBe(300);
    expect((await engine.search({ text: 'co' })).total).toBe(0);
    expect(
      (
        await engine.search({
          text: 'municip',
          filters: [{ field: 'siren', op: 'eq', value: small }],
        })
      ).total,
    ).toBe(acts.filter((a) => a.siren === small && a.subject.includes('municipal')).length);
  });
});
