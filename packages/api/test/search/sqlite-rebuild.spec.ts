import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { setLogLevel } from '../../src/core/logger.js';
import { actsIndexDefinition, toActSearchDocument } from '../../src/domains/acts/acts-index.js';
import type { SearchDocument } from '../../src/infra/search/search-engine.js';
import { SqliteSearchEngine } from '../../src/infra/search/sqlite-search-engine.js';
import { ACTS, SIREN_A, SIREN_B } from './acts-fixtures.js';

setLogLevel(process.env.TEST_LOG_LEVEL ?? 'silent');
const root = mkdtempSync(path.join(os.tmpdir(), 'search-rebuild-'));
const opened: SqliteSearchEngine[] = [];
afterAll(async () => {
  await Promise.all(opened.map((e) => e.close()));
  rmSync(root, { recursive: true, force: true });
});

/** Two engines on one index folder: the worker (rebuilds, writes) and the api (searches). */
async function pair() {
  const dir = mkdtempSync(path.join(root, 'idx-'));
  const worker = new SqliteSearchEngine(actsIndexDefinition, dir, 'acts');
  const api = new SqliteSearchEngine(actsIndexDefinition, dir, 'acts');
  opened.push(worker, api);
  await worker.init();
  await api.init();
  return { dir, worker, api };
}

const act = (id: string, subject: string, siren = SIREN_A) =>
  toActSearchDocument({
    id,
    siren,
    subject,
    number: `N-${id}`,
    text: `Texte de ${subject}`,
    nature: 'DELIBERATION',
    classificationCode: '8.9',
    date: '2024-05-02',
    publishedAt: '2024-05-03T10:00:00Z',
  });

const ids = async (e: SqliteSearchEngine, text: string, siren = SIREN_A) =>
  (await e.search({ text, filters: [{ field: 'siren', op: 'eq', value: siren }], limit: 100 })).hits
    .map((h) => h.id)
    .sort();

describe('online rebuild of the embedded index', () => {
  it('keeps answering from the old index while the new one is built, then switches', async () => {
    const { worker, api } = await pair();
    await worker.upsert(ACTS);
    const before = await ids(api, 'mediatheque');
    expect(before).toEqual(['a1']);
    const seen: string[][] = [];
    const n = await worker.rebuild(async (add) => {
      await add(ACTS.slice(0, 3));
      // Half built: both processes still answer, from the old (complete) index.
      seen.push(await ids(api, 'mediatheque'), await ids(worker, 'mediatheque'));
      expect(await api.count()).toBe(ACTS.length);
      await add(ACTS.slice(3));
      await add([act('n1', 'Médiathèque : horaires d’été')]);
    });
    expect(seen).toEqual([['a1'], ['a1']]);
    expect(n).toBe(ACTS.length + 1);
    // The api process follows the switch at its next search, concurrent ones included.
    const concurrent = await Promise.all([1, 2, 3].map(() => ids(api, 'mediatheque')));
    expect(concurrent).toEqual([1, 2, 3].map(() => ['a1', 'n1']));
    expect(await api.count()).toBe(ACTS.length + 1);
  });

  it('keeps the writes made during the rebuild, by any process: new, changed, deleted', async () => {
    const { worker, api } = await pair();
    await worker.upsert(ACTS);
    await worker.rebuild(async (add) => {
      // The source of truth was read before these writes: the rebuild gets the old a1 and a2.
      await add(ACTS);
      await api.upsert([act('late', 'Piscine municipale, nouveaux tarifs')]);
      await worker.upsert([{ ...ACTS[0]!, subject: 'Délibération sur la ludothèque' }]);
      await api.delete(['a2']);
      await worker.deleteWhere([{ field: 'siren', op: 'eq', value: SIREN_B }]);
    });
    // Writes after the switch from a process that has not searched since land in the new file.
    await api.upsert([act('after', 'Trampoline rénové')]);
    for (const e of [worker, api]) {
      expect(await ids(e, 'trampoline')).toEqual(['after']);
      expect(await ids(e, 'piscine')).toEqual(['late']);
      expect(await ids(e, 'ludotheque')).toEqual(['a1']);
      expect(await ids(e, 'mediatheque')).toEqual([]);
      expect(await ids(e, 'circulation')).toEqual([]);
      expect(
        (await e.search({ filters: [{ field: 'siren', op: 'eq', value: SIREN_B }] })).total,
      ).toBe(0);
    }
  });

  it('never shows an act unpublished during the rebuild, even if the rebuild read it published', async () => {
    const { worker, api } = await pair();
    const secret = act('secret', 'Acte retiré de la publication');
    await worker.upsert([...ACTS, secret]);
    let during: string[] = [];
    await worker.rebuild(async (add) => {
      await add([...ACTS, secret]);
      // Unpublished by the projection (another process) while the rebuild runs.
      await api.delete(['secret']);
      during = await ids(api, 'retire');
    });
    expect(during).toEqual([]);
    for (const e of [worker, api]) {
      expect(await ids(e, 'retire')).toEqual([]);
      expect(await ids(e, 'publication')).toEqual([]);
    }
    // And a restart opens the rebuilt file, without it.
    const again = new SqliteSearchEngine(actsIndexDefinition, path.dirname(worker.file), 'acts');
    opened.push(again);
    await again.init();
    expect(again.file).toBe(worker.file);
    expect(await ids(again, 'retire')).toEqual([]);
    expect(await again.count()).toBe(ACTS.length);
  });

  it('leaves the old index as it was when the rebuild fails, and stops logging writes', async () => {
    const { dir, worker, api } = await pair();
    await worker.upsert(ACTS);
    const file = worker.file;
    await expect(
      worker.rebuild(async (add) => {
        await add(ACTS.slice(0, 2));
        throw new Error('database gone');
      }),
    ).rejects.toThrow('database gone');
    expect(worker.file).toBe(file);
    expect(readdirSync(dir).filter((f) => f.endsWith('.sqlite'))).toEqual(['acts.sqlite']);
    await api.upsert([act('x1', 'Cantine scolaire')]);
    expect(await ids(worker, 'cantine')).toEqual(['x1']);
    expect(await worker.count()).toBe(ACTS.length + 1);
    // A later rebuild works, and deletes the replaced file.
    const docs: SearchDocument[] = [...ACTS];
    await worker.rebuild(async (add) => add(docs));
    expect(existsSync(file)).toBe(false);
    expect(await ids(api, 'cantine')).toEqual([]);
    expect(await api.count()).toBe(ACTS.length);
  });

  it('builds the same search results as batches of upserts', async () => {
    const { worker } = await pair();
    const many = Array.from({ length: 300 }, (_, i) =>
      act(
        `m${i}`,
        `Délibération ${i % 7 === 0 ? 'subvention' : 'voirie'} numéro ${i}`,
        i % 3 ? SIREN_A : SIREN_B,
      ),
    );
    const ref = new SqliteSearchEngine(
      actsIndexDefinition,
      mkdtempSync(path.join(root, 'ref-')),
      'acts',
    );
    opened.push(ref);
    await ref.init();
    await ref.upsert(many);
    await worker.rebuild(async (add) => {
      for (let i = 0; i < many.length; i += 64) {
        await add(many.slice(i, i + 64));
      }
    });
    for (const q of [
      {
        text: 'subvention',
        filters: [{ field: 'siren', op: 'eq' as const, value: SIREN_A }],
        facets: ['year'],
      },
      { text: 'subventoin' },
      { text: 'voi', filters: [{ field: 'siren', op: 'eq' as const, value: SIREN_B }] },
      { filters: [{ field: 'siren', op: 'eq' as const, value: SIREN_B }], offset: 40 },
      // The whole index with no text: totals and facets from the per-combination counts.
      { facets: ['year'] },
    ]) {
      const [a, b] = [await worker.search(q), await ref.search(q)];
      expect({ total: a.total, facets: a.facets, hits: a.hits.map((h) => h.id) }).toEqual({
        total: b.total,
        facets: b.facets,
        hits: b.hits.map((h) => h.id),
      });
    }
    // New writes after a rebuild keep each organisation's acts together (next rowid of its slot).
    await worker.upsert([act('new-b', 'Voirie neuve', SIREN_B)]);
    expect(await ids(worker, 'neuve', SIREN_B)).toEqual(['new-b']);
    // …and keep the whole index's counts exact in the rebuilt file.
    await ref.upsert([act('new-b', 'Voirie neuve', SIREN_B)]);
    const [a, b] = [
      await worker.search({ facets: ['year'] }),
      await ref.search({ facets: ['year'] }),
    ];
    expect([a.total, a.facets]).toEqual([b.total, b.facets]);
    expect(a.total).toBe(301);
  });
});
