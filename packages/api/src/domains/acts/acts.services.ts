import type { EntityManager } from '@mikro-orm/core';
import type { IdentityServices } from '../../identity/identity.services.js';
import { portsOf, type InfraComponents } from '../../infra/components.js';
import { ActProjectionService } from './act-projection.service.js';
import { ActUploadService } from './act-upload.service.js';
import { ActService } from './act.service.js';
import { DocumentOcrService } from './document-ocr.service.js';
import { DocumentTextService } from './document-text.service.js';
import { PublicActService } from './public-act.service.js';

/** Acts services on one EntityManager fork, for the viewer of `identity`. */
export function createActsServices(
  em: EntityManager,
  components: InfraComponents,
  identity: IdentityServices,
) {
  const ports = portsOf(components);
  const acts = new ActService(em, identity.access, identity.audit, ports, components.staffSearch);
  const projection = new ActProjectionService(
    em,
    components.search,
    ports.enqueue,
    components.staffSearch,
  );
  const documentOcr = new DocumentOcrService(
    em,
    components.files,
    components.ocr,
    components.config.ocr,
    projection,
    ports,
    { acts, audit: identity.audit },
  );
  return {
    acts,
    projection,
    publicActs: new PublicActService(em, components.search, components.config.publicUrl),
    documentText: new DocumentTextService(
      em,
      components.files,
      components.pdfText,
      projection,
      documentOcr,
    ),
    documentOcr,
    actUploads: new ActUploadService(em, identity.access, identity.audit, components.files, acts),
  };
}

export type ActsServices = IdentityServices & ReturnType<typeof createActsServices>;
