import type { Express } from 'express';
import { actFileRoutes } from '../domains/acts/act-files.routes.js';
import { oidcRoutes } from '../identity/sso/oidc.routes.js';
import type { Components } from './components.js';
import { datasetRoutes } from '../domains/datasets/dataset.routes.js';
import { budgetRoutes } from '../domains/budgets/budget.routes.js';
import { catalogRoutes } from '../domains/catalog/catalog.routes.js';
import { pushedDatasetKeys } from '../domains/publishing/pushed-datasets.js';

/** Every feature's plain HTTP routes (open data files, PDFs), mounted by the server. */
export function featureRoutes(components: Components): ((app: Express) => void)[] {
  return [
    oidcRoutes(components),
    actFileRoutes(components),
    datasetRoutes(components),
    budgetRoutes(components),
    catalogRoutes(components, (em) =>
      pushedDatasetKeys(em, Boolean(components.config.datagouv.apiKey)),
    ),
  ];
}
