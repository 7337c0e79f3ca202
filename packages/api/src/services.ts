import type { EntityManager } from '@mikro-orm/core';
import { AuthService } from './auth/auth.service.js';
import type { Config } from './config.js';
import { OrganizationService } from './organizations/organization.service.js';
import type { PubSub } from './pubsub.js';

export interface ServiceDeps {
  config: Config;
  pubSub: PubSub;
}

/** Builds every service on one EntityManager fork (one request or one job). */
export function createServices(em: EntityManager, deps: ServiceDeps) {
  return {
    auth: new AuthService(em, { sessionTtlHours: deps.config.sessionTtlHours }),
    organizations: new OrganizationService(em),
  };
}

export type Services = ReturnType<typeof createServices>;
