import type { EntityManager } from '@mikro-orm/core';
import type { IdentityServices } from '../../identity/identity.services.js';
import { portsOf, type InfraComponents } from '../../infra/components.js';
import { DatasetExportService } from './dataset-export.service.js';
import { DatasetService } from './dataset.service.js';

/** Dataset services on one EntityManager fork, for the viewer of `identity`. */
export function createDatasetsServices(
  em: EntityManager,
  components: InfraComponents,
  identity: IdentityServices,
) {
  const { dataDir, publicUrl } = components.config;
  return {
    datasets: new DatasetService(em, identity.access, portsOf(components), dataDir),
    datasetExport: new DatasetExportService(em, dataDir, publicUrl),
  };
}

export type DatasetsServices = IdentityServices & ReturnType<typeof createDatasetsServices>;
