import path from 'node:path';
import type { Config } from '../../core/config.js';
import { MeiliSearchEngine } from './meili-search-engine.js';
import type { SearchEngine, SearchIndexDefinition } from './search-engine.js';
import { SqliteSearchEngine } from './sqlite-search-engine.js';

/**
 * Meilisearch when `config.meili` is set (MEILI_URL, MEILI_MASTER_KEY), else the embedded
 * engine in `DATA_DIR/search/<name>.sqlite`. Call `init()` before use.
 */
export function createSearchEngine(
  config: Pick<Config, 'dataDir' | 'meili'>,
  definition: SearchIndexDefinition,
  name: string,
): SearchEngine {
  if (config.meili) {
    return new MeiliSearchEngine(definition, name, {
      url: config.meili.url,
      apiKey: config.meili.masterKey,
    });
  }
  return new SqliteSearchEngine(definition, path.join(config.dataDir, 'search'), name);
}
