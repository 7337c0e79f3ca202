import type { InfraComponents } from '../../infra/components.js';
import type { BudgetLinesCache } from './budget-lines-cache.js';
import type { PlanCatalog } from './plan-catalog.js';

/** What the budgets domain keeps per running platform, beside the engines. */
export interface BudgetsComponents extends InfraComponents {
  /** The plans de comptes shipped with the platform, loaded lazily and kept. */
  budgetPlans: PlanCatalog;
  /** Parsed lines of the documents explored last. */
  budgetLines: BudgetLinesCache;
}
