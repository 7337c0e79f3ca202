import type { EntityManager } from '@mikro-orm/core';
import type { IdentityServices } from '../../identity/identity.services.js';
import type { InfraComponents } from '../../infra/components.js';
import { OrganizationOverviewService } from './organization-overview.service.js';
import { PublicationStatsService } from './publication-stats.service.js';
import { ScheduleService } from './schedule.service.js';

/** The operator's views across domains, on one EntityManager fork. */
export function createOperationsServices(
  em: EntityManager,
  components: InfraComponents,
  identity: IdentityServices,
) {
  return {
    organizationOverview: new OrganizationOverviewService(em, identity.viewer),
    schedules: new ScheduleService(em, identity.viewer, components.jobs),
    publicationStats: new PublicationStatsService(em, identity.access),
  };
}
