import type { EntityManager } from '@mikro-orm/core';
import type { IdentityServices } from '../../identity/identity.services.js';
import type { InfraComponents } from '../../infra/components.js';
import { CatalogMetadataService } from './catalog-metadata.service.js';
import { CatalogService } from './catalog.service.js';

/** Catalogue services on one EntityManager fork (the catalogue itself is public data). */
export function createCatalogServices(
  em: EntityManager,
  components: InfraComponents,
  identity: IdentityServices,
) {
  const { dataDir, publicUrl } = components.config;
  const catalog = new CatalogService(em, { dataDir, publicUrl });
  return {
    catalog,
    catalogMetadata: new CatalogMetadataService(
      em,
      identity.access,
      identity.audit,
      catalog,
      publicUrl,
      identity.viewer,
    ),
  };
}

export type CatalogServices = IdentityServices & ReturnType<typeof createCatalogServices>;
