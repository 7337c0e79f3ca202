import type { EntityManager } from '@mikro-orm/core';
import type { ActPorts } from './acts/act-ports.js';
import { ActProjectionService } from './acts/act-projection.service.js';
import { ActService } from './acts/act.service.js';
import { ActUploadService } from './acts/act-upload.service.js';
import { PublicActService } from './acts/public-act.service.js';
import { AuditLogService } from './audit/audit-log.service.js';
import { AuditService } from './audit/audit.service.js';
import { DepositService } from './deposits/deposit.service.js';
import { AccessService } from './auth/access.js';
import { AuthService } from './auth/auth.service.js';
import { ANONYMOUS, type Viewer } from './auth/viewer.js';
import type { Components } from './components.js';
import { OrganizationService } from './organizations/organization.service.js';

/** The ports services use to reach the swappable components (jobs, events). */
export function portsOf(components: Components): ActPorts {
  return {
    publicUrl: components.config.publicUrl,
    enqueue: async (name, data, opts) => (components.jobs ? components.jobs.enqueue(name, data, opts) : null),
    publish: async (topic, payload) => {
      await components.events?.publish(topic, payload);
    },
  };
}

/**
 * Builds every service on one EntityManager fork (one request or one job) for one viewer.
 * The worker calls it too, with a system viewer.
 */
export function createServices(em: EntityManager, components: Components, viewer: Viewer = ANONYMOUS) {
  const access = new AccessService(em, viewer);
  const audit = new AuditService(em, viewer);
  const ports = portsOf(components);
  const acts = new ActService(em, access, audit, ports);
  return {
    viewer,
    access,
    audit,
    auth: new AuthService(em, { sessionTtlHours: components.config.sessionTtlHours }),
    organizations: new OrganizationService(em, access, audit, ports),
    publicActs: new PublicActService(em, components.search, components.config.publicUrl),
    projection: new ActProjectionService(em, components.search, ports.enqueue),
    acts,
    actUploads: new ActUploadService(em, access, audit, components.files, acts),
    deposits: new DepositService(em, access, audit, ports),
    auditLog: new AuditLogService(em, access),
  };
}

export type Services = ReturnType<typeof createServices>;
