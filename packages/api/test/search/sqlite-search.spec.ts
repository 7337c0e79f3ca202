import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { actsIndexDefinition } from '../../src/search/acts-index.js';
import { createSearchEngine } from '../../src/search/create-search-engine.js';
import type { SearchEngine } from '../../src/search/search-engine.js';
import { SqliteSearchEngine } from '../../src/search/sqlite-search-engine.js';
import { ACTS, SIREN_A } from './acts-fixtures.js';
import { searchEngineContract } from './search-contract.js';

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
    const changed = { ...actsIndexDefinition, filterable: { ...actsIndexDefinition.filterable, extra: 'keyword' as const } };
    const v2 = new SqliteSearchEngine(changed, dir, 'acts');
    opened.push(v2);
    await v2.init();
    expect(await v2.count()).toBe(0);
    await v2.upsert([{ ...ACTS[0], extra: 'x' }]);
    expect((await v2.search({ filters: [{ field: 'extra', op: 'eq', value: 'x' }] })).total).toBe(1);
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
