import type { SecretBox } from '../../infra/secrets/secret-box.js';
import type { CatalogReader, UdataTuning } from './datagouv-push.service.js';

/** What the publishing domain keeps per running platform. */
export interface PublishingComponents {
  /** Seals stored credentials (SECRET_KEY, or `$DATA_DIR/secret.key`). */
  secrets: SecretBox;
  /** Retry settings of the udata client (tests and benches shorten the waits). */
  udataTuning?: UdataTuning;
  /** The datasets pushed (default: the catalogue); tests and benches give their own. */
  pushCatalog?: CatalogReader;
}
