import type { SireneClient } from '../../infra/sirene/sirene-client.js';

/** Per runtime: the Sirene client and its rate limit (absent without SIRENE_API_KEY). */
export interface SireneComponents {
  sirene?: SireneClient;
}
