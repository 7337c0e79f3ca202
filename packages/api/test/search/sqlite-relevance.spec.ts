import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actsIndexDefinition, toActSearchDocument } from '../../src/domains/acts/acts-index.js';
import { SqliteSearchEngine } from '../../src/infra/search/sqlite-search-engine.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'search-relevance-'));
const engine = new SqliteSearchEngine(actsIndexDefinition, dir, 'acts');
afterAll(async () => {
  await engine.close();
  rmSync(dir, { recursive: true, force: true });
});

const act = (id: string, subject: string, text: string, date: string, siren = '200000001') =>
  toActSearchDocument({
    id,
    siren,
    subject,
    text,
    nature: 'DELIBERATION',
    date,
    publishedAt: date,
  });

describe('embedded engine relevance', () => {
  beforeAll(async () => {
    await engine.init();
    await engine.upsert([
      act('text-both', 'Séance du 3 mars', 'Travaux de la piscine municipale.', '2024-05-01'),
      act('subject-one', 'Travaux de voirie', 'La piscine ferme.', '2024-01-01'),
      act('subject-both-old', 'Travaux à la piscine', 'Rien.', '2020-01-01'),
      act('subject-both-new', 'Piscine : travaux urgents', 'Rien.', '2023-01-01'),
      act('elsewhere', 'Travaux à la piscine', 'Rien.', '2025-01-01', '200000002'),
    ]);
  });

  it('ranks by the fields each word matches in, then newest first', async () => {
    for (const filters of [[{ field: 'siren', op: 'eq' as const, value: '200000001' }], []]) {
      const res = await engine.search({ text: 'piscine travaux', filters });
      const ids = res.hits.map((h) => h.id).filter((id) => id !== 'elsewhere');
      expect(ids).toEqual(['subject-both-new', 'subject-both-old', 'subject-one', 'text-both']);
      expect(res.hits.map((h) => h.score)).toEqual(
        [...res.hits.map((h) => h.score)].sort((a, b) => b! - a!),
      );
    }
    const scores = (await engine.search({ text: 'piscine travaux' })).hits.map((h) => h.score);
    expect(scores).toEqual([20, 20, 20, 11, 2]);
  });
});
