import type { EntityManager } from '@mikro-orm/core';
import type { IdentityServices } from '../../identity/identity.services.js';
import { portsOf, type InfraComponents } from '../../infra/components.js';
import type { SireneComponents } from './sirene.components.js';
import { SireneService } from './sirene.service.js';

/** SIRENE enrichment on one EntityManager fork, for the viewer of `identity`. */
export function createSireneServices(
  em: EntityManager,
  components: InfraComponents & SireneComponents,
  identity: IdentityServices,
) {
  return {
    sirene: new SireneService(em, identity.access, components.sirene, portsOf(components)),
  };
}

export type SireneServices = IdentityServices & ReturnType<typeof createSireneServices>;
