import type { EntityManager } from '@mikro-orm/core';
import type { IdentityServices } from '../../identity/identity.services.js';
import { portsOf, type InfraComponents } from '../../infra/components.js';
import { ContractEditService } from './contract-edit.service.js';
import { ContractImportService } from './contract-import.service.js';
import { ContractQueryService } from './contract-query.service.js';
import { ContractSourceService } from './contract-source.service.js';
import { DecpExportService } from './decp-export.service.js';
import { DecpIntakeService } from './decp-intake.service.js';
import type { ProcurementComponents } from './decp-schemas.js';

/** Procurement services on one EntityManager fork, for the viewer of `identity`. */
export function createProcurementServices(
  em: EntityManager,
  components: InfraComponents & ProcurementComponents,
  identity: IdentityServices,
) {
  const { config, decpSchemas, decpFetch } = components;
  const ports = portsOf(components);
  const intake = new DecpIntakeService(em, decpSchemas, ports);
  return {
    contracts: new ContractQueryService(em, identity.access),
    contractEdits: new ContractEditService(em, identity.access, decpSchemas, ports, identity.audit),
    contractImports: new ContractImportService(
      em,
      identity.access,
      intake,
      config.decp.maxBytes,
      config.decp.dir,
    ),
    contractSources: new ContractSourceService(em, identity.access, intake, ports, decpFetch, {
      maxBytes: config.decp.maxBytes,
      timeoutMs: config.decp.sourceTimeoutMs,
      allowHttp: config.decp.sourceAllowHttp,
      allowPrivate: config.decp.sourceAllowPrivate,
    }),
    decpExport: new DecpExportService(em, decpSchemas, config.dataDir),
  };
}

export type ProcurementServices = IdentityServices & ReturnType<typeof createProcurementServices>;
