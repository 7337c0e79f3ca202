import type { EntityManager } from '@mikro-orm/core';
import type { IdentityServices } from '../../identity/identity.services.js';
import type { InfraComponents } from '../../infra/components.js';
import { AuditLogService } from './audit-log.service.js';
import { JobListService } from './job-list.service.js';

/** Staff activity (audit log, jobs) on one EntityManager fork, for the viewer of `identity`. */
export function createActivityServices(
  em: EntityManager,
  components: InfraComponents,
  identity: IdentityServices,
) {
  return {
    auditLog: new AuditLogService(em, identity.access, identity.rights),
    jobList: new JobListService(em, identity.access, components.jobs),
    /** The account mails written to files (read by platform administrators). */
    sentMailBox: components.mail,
  };
}

export type ActivityServices = IdentityServices & ReturnType<typeof createActivityServices>;
