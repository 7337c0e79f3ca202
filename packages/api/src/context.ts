import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import type { Viewer } from './auth/viewer.js';
import type { Components } from './components.js';
import { createServices, type Services } from './services.js';

export interface GraphQLContext {
  requestId: string;
  em: EntityManager;
  viewer: Viewer;
  services: Services;
  ip?: string;
}

/** One unit of work per request: a fresh EntityManager fork and services built on it. */
export async function createContext(
  components: Components,
  input: { authorization?: string; requestId?: string; ip?: string },
): Promise<GraphQLContext> {
  const em = components.orm.em.fork() as EntityManager;
  const services = createServices(em, { config: components.config, pubSub: components.pubSub });
  const viewer = await services.auth.authenticate(input.authorization);
  return { requestId: input.requestId ?? randomUUID(), em, viewer, services, ip: input.ip };
}
