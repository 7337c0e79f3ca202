import type { EntityManager } from '@mikro-orm/core';
import type { IdentityServices } from '../../identity/identity.services.js';
import type { ActsServices } from '../acts/acts.services.js';
import { portsOf } from '../../infra/components.js';
import { DepositIngestService } from './deposit-ingest.service.js';
import { DepositLayout } from './deposit-layout.js';
import { DepositService } from './deposit.service.js';
import { DepositResolutionService } from './deposit-resolution.service.js';
import type { DepositsComponents } from './deposits.components.js';

/** Deposit services on one EntityManager fork, for the viewer of `identity`. */
export function createDepositsServices(
  em: EntityManager,
  components: DepositsComponents,
  identity: IdentityServices,
) {
  const ports = portsOf(components);
  const layout = new DepositLayout(components.config.depositDir);
  const deposits = new DepositService(em, identity.access, identity.audit, ports);
  return {
    deposits,
    depositResolution: new DepositResolutionService(
      em,
      identity.access,
      identity.audit,
      ports,
      deposits,
      layout,
    ),
    depositIngest: new DepositIngestService(
      em,
      components.depositPrep,
      identity.audit,
      ports,
      layout,
    ),
  };
}

export type DepositsServices = ActsServices & ReturnType<typeof createDepositsServices>;
