import path from 'node:path';
import type { EntityManager } from '@mikro-orm/core';
import type { ActPorts } from './acts/act-ports.js';
import { ActProjectionService } from './acts/act-projection.service.js';
import { ActService } from './acts/act.service.js';
import { DocumentTextService } from './acts/document-text.service.js';
import { ActUploadService } from './acts/act-upload.service.js';
import { PublicActService } from './acts/public-act.service.js';
import { AuditLogService } from './audit/audit-log.service.js';
import { AuditService } from './audit/audit.service.js';
import { DatasetExportService } from './datasets/dataset-export.service.js';
import { DatasetService } from './datasets/dataset.service.js';
import { DepositIngestService } from './deposits/deposit-ingest.service.js';
import { DepositService } from './deposits/deposit.service.js';
import { FileStore } from './files/file-store.js';
import { AccessService } from './auth/access.js';
import { ApiKeyService } from './auth/api-key.service.js';
import { AuthService } from './auth/auth.service.js';
import { MembershipService } from './auth/membership.service.js';
import { rateLimitsFor } from './auth/rate-limits.js';
import { UserAdminService } from './auth/user-admin.service.js';
import { UserRights } from './auth/user-rights.js';
import { ANONYMOUS, type Viewer } from './auth/viewer.js';
import type { Components } from './components.js';
import { JobListService } from './jobs/job-list.service.js';
import { OrganizationService } from './organizations/organization.service.js';
import { WidgetSettingsService } from './widgets/widget-settings.service.js';

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
  const files = components.files ?? new FileStore(path.join(components.config.dataDir, 'files'));
  const projection = new ActProjectionService(em, components.search, ports.enqueue);
  const auth = new AuthService(em, { sessionTtlHours: components.config.sessionTtlHours, limits: rateLimitsFor(components) });
  const rights = new UserRights(em, access, viewer);
  const memberships = new MembershipService(em, access, rights, audit);
  return {
    viewer,
    access,
    audit,
    auth,
    memberships,
    users: new UserAdminService(em, rights, audit, auth, memberships, viewer),
    apiKeys: new ApiKeyService(em, access, rights, audit),
    organizations: new OrganizationService(em, access, audit, ports),
    publicActs: new PublicActService(em, components.search, components.config.publicUrl),
    projection,
    documentText: new DocumentTextService(em, files, projection),
    acts,
    actUploads: new ActUploadService(em, access, audit, components.files, acts),
    deposits: new DepositService(em, access, audit, ports),
    depositIngest: new DepositIngestService(
      em,
      files,
      audit,
      ports,
      components.config.depositDir,
    ),
    auditLog: new AuditLogService(em, access),
    datasets: new DatasetService(em, access, ports),
    widgetSettings: new WidgetSettingsService(em, access, audit),
    jobList: new JobListService(em, access, components.jobs),
    datasetExport: new DatasetExportService(em, components.config.dataDir, components.config.publicUrl),
  };
}

export type Services = ReturnType<typeof createServices>;
