import type { EntityManager } from '@mikro-orm/core';
import { createActivityServices } from '../domains/activity/activity.services.js';
import { createActsServices } from '../domains/acts/acts.services.js';
import { createCatalogServices } from '../domains/catalog/catalog.services.js';
import { createBudgetsServices } from '../domains/budgets/budgets.services.js';
import { createDatasetsServices } from '../domains/datasets/datasets.services.js';
import { createDepositsServices } from '../domains/deposits/deposits.services.js';
import { createOperationsServices } from '../domains/operations/operations.services.js';
import { createProcurementServices } from '../domains/procurement/procurement.services.js';
import { createPublishingServices } from '../domains/publishing/publishing.services.js';
import { createSireneServices } from '../domains/sirene/sirene.services.js';
import { createWidgetsServices } from '../domains/widgets/widgets.services.js';
import { ANONYMOUS, type Viewer } from '../core/viewer.js';
import type { AuthService } from '../identity/auth/auth.service.js';
import { createIdentityServices } from '../identity/identity.services.js';
import type { Components } from './components.js';

/**
 * Builds every service on one EntityManager fork (one request or one job) for one viewer: each
 * layer's factory, identity first. The worker calls it too, with a system viewer.
 */
export function createServices(
  em: EntityManager,
  components: Components,
  viewer: Viewer = ANONYMOUS,
  auth?: AuthService,
) {
  const identity = createIdentityServices(em, components, viewer, auth);
  const catalog = createCatalogServices(em, components, identity);
  return {
    ...identity,
    ...createActsServices(em, components, identity),
    ...createDepositsServices(em, components, identity),
    ...createDatasetsServices(em, components, identity),
    ...createBudgetsServices(em, components, identity),
    ...createWidgetsServices(em, identity),
    ...createActivityServices(em, components, identity),
    ...createOperationsServices(em, components, identity),
    ...createProcurementServices(em, components, identity),
    ...catalog,
    ...createPublishingServices(em, components, identity, catalog.catalog),
    ...createSireneServices(em, components, identity),
  };
}

export type Services = ReturnType<typeof createServices>;
