import type { EntityManager } from '@mikro-orm/core';
import type { IdentityServices } from '../../identity/identity.services.js';
import type { ActsServices } from '../acts/acts.services.js';
import { portsOf } from '../../infra/components.js';
import { DepositIngestService } from './deposit-ingest.service.js';
import { DepositLayout } from './deposit-layout.js';
import { DepositService } from './deposit.service.js';
import type { DepositsComponents } from './deposits.components.js';

/** Deposit services on one EntityManager fork, for the viewer of `identity`. */
export function createDepositsServices(
  em: EntityManager,
  components: DepositsComponents,
  identity: IdentityServices,
) {
  const ports = portsOf(components);
  return {
    deposits: new DepositService(em, identity.access, identity.audit, ports),
    depositIngest: new DepositIngestService(
      em,
      components.depositPrep,
      identity.audit,
      ports,
      new DepositLayout(components.config.depositDir),
    ),
  };
}

export type DepositsServices = ActsServices & ReturnType<typeof createDepositsServices>;
