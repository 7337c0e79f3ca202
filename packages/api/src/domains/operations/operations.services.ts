import type { EntityManager } from '@mikro-orm/core';
import type { IdentityServices } from '../../identity/identity.services.js';
import { OrganizationOverviewService } from './organization-overview.service.js';

/** The operator's views across domains, on one EntityManager fork. */
export function createOperationsServices(em: EntityManager, identity: IdentityServices) {
  return { organizationOverview: new OrganizationOverviewService(em, identity.viewer) };
}
