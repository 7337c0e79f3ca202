import type { EntityManager } from '@mikro-orm/core';
import type { IdentityServices } from '../../identity/identity.services.js';
import { portsOf } from '../../infra/components.js';
import type { BudgetsComponents } from './budgets.components.js';
import { BudgetExportService } from './budget-export.service.js';
import { BudgetImportService } from './budget-import.service.js';
import { BudgetReadService } from './budget-read.service.js';

/** Budget services on one EntityManager fork, for the viewer of `identity`. */
export function createBudgetsServices(
  em: EntityManager,
  components: BudgetsComponents,
  identity: IdentityServices,
) {
  const { dataDir, publicUrl } = components.config;
  const ports = portsOf(components);
  return {
    budgets: new BudgetReadService(
      em,
      identity.access,
      components.budgetPlans,
      publicUrl,
      components.budgetLines,
    ),
    budgetImport: new BudgetImportService(
      em,
      components.files,
      components.budgetPlans,
      ports,
      identity.access,
    ),
    budgetExport: new BudgetExportService(em, dataDir),
  };
}

export type BudgetsServices = IdentityServices & ReturnType<typeof createBudgetsServices>;
