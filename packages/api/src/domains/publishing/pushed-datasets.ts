import type { EntityManager } from '@mikro-orm/core';
import { CATALOG_KINDS } from '../catalog/catalog-vocabulary.js';
import { DatagouvSettings } from './datagouv-settings.entity.js';

/**
 * The datasets published by API push, as `siren:kind`: push on, a key to push with (the
 * organisation's or the platform's), kind not left to the harvester. The DCAT catalogues leave
 * them out, so that a dataset reaches data.gouv.fr by one channel only (never twice).
 */
export async function pushedDatasetKeys(
  em: EntityManager,
  platformKey: boolean,
): Promise<Set<string>> {
  const settings = await em.find(
    DatagouvSettings,
    { pushEnabled: true },
    { populate: ['organization'] },
  );
  const keys = new Set<string>();
  for (const s of settings) {
    if (!platformKey && !s.apiKeySealed) {
      continue;
    }
    for (const kind of CATALOG_KINDS) {
      if (!s.harvestedKinds.includes(kind)) {
        keys.add(`${s.organization.siren}:${kind}`);
      }
    }
  }
  return keys;
}
