import type { EntityManager } from '@mikro-orm/core';
import type { IdentityServices } from '../../identity/identity.services.js';
import type { InfraComponents } from '../../infra/components.js';
import { CatalogService } from './catalog.service.js';

/** Catalogue services on one EntityManager fork (the catalogue itself is public data). */
export function createCatalogServices(
  em: EntityManager,
  components: InfraComponents,
  _identity: IdentityServices,
) {
  const { dataDir, publicUrl } = components.config;
  return {
    catalog: new CatalogService(em, { dataDir, publicUrl }),
  };
}

export type CatalogServices = IdentityServices & ReturnType<typeof createCatalogServices>;
