import { describe, expect, it } from 'vitest';
import { CATALOG_KEYS_TTL_MS, cachedKeys, type CatalogKey } from './catalog-queries.js';

describe('cachedKeys: the platform catalogue reads its list of datasets once per page walk', () => {
  const em = () => ({ config: {} }) as never;

  it('reuses the list within the TTL, reads it again after, per database', async () => {
    const db = em();
    let reads = 0;
    const read = async (): Promise<CatalogKey[]> => {
      reads++;
      return [{ siren: '213502388', kind: 'DELIBERATIONS' }];
    };
    await cachedKeys(db, read, 1_000);
    await cachedKeys(db, read, 1_000 + CATALOG_KEYS_TTL_MS - 1);
    expect(reads).toBe(1);
    await cachedKeys(em(), read, 1_000);
    expect(reads).toBe(2);
    await cachedKeys(db, read, 1_000 + CATALOG_KEYS_TTL_MS);
    expect(reads).toBe(3);
  });

  it('does not keep a failed read', async () => {
    const db = em();
    await expect(cachedKeys(db, () => Promise.reject(new Error('busy')), 0)).rejects.toThrow();
    await expect(cachedKeys(db, async () => [], 1)).resolves.toEqual([]);
  });
});
