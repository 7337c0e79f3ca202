import { randomBytes } from 'node:crypto';
import { Meilisearch } from 'meilisearch';
import { afterAll, describe } from 'vitest';
import { actsIndexDefinition } from '../../src/domains/acts/acts-index.js';
import { MeiliSearchEngine } from '../../src/infra/search/meili-search-engine.js';
import { searchEngineContract } from './search-contract.js';

const url = process.env.MEILI_URL;
const apiKey = process.env.MEILI_MASTER_KEY || undefined;
const skip = url
  ? undefined
  : 'MEILI_URL is not set: no Meilisearch server to run the contract against';
if (skip) {
  process.stdout.write(`[skipped] search engine contract on Meilisearch: ${skip}\n`);
}

describe.skipIf(skip)('Meilisearch adapter', () => {
  const prefix = `test_${randomBytes(4).toString('hex')}_`;
  let engine: MeiliSearchEngine | undefined;
  afterAll(async () => {
    if (engine) {
      await new Meilisearch({ host: url!, apiKey }).deleteIndexIfExists(engine.uid);
    }
  });
  searchEngineContract('Meilisearch', async () => {
    if (!engine) {
      engine = new MeiliSearchEngine(actsIndexDefinition, 'acts', {
        url: url!,
        apiKey,
        indexPrefix: prefix,
      });
      await engine.init();
    }
    return engine;
  });
});
