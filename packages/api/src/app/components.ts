import type { BudgetsComponents } from '../domains/budgets/budgets.components.js';
import type { DepositsComponents } from '../domains/deposits/deposits.components.js';
import type { IdentityComponents } from '../identity/identity.components.js';
import type { ProcurementComponents } from '../domains/procurement/decp-schemas.js';
import type { PublishingComponents } from '../domains/publishing/publishing.components.js';
import type { SireneComponents } from '../domains/sirene/sirene.components.js';

export type { ComponentHealth, HealthCheck } from '../core/health.js';

/**
 * Everything one running platform holds, built once by `createApiRuntime`: the engines
 * (infra), and what identity and the domains keep per runtime (limits, thread pools…).
 */
export interface Components
  extends
    IdentityComponents,
    DepositsComponents,
    BudgetsComponents,
    ProcurementComponents,
    PublishingComponents,
    SireneComponents {}
