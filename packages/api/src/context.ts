import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { AuthService } from './auth/auth.service.js';
import { rateLimitsFor } from './auth/rate-limits.js';
import type { Viewer } from './auth/viewer.js';
import type { Components } from './components.js';
import { createServices, type Services } from './services.js';

export interface GraphQLContext {
  requestId: string;
  em: EntityManager;
  viewer: Viewer;
  services: Services;
  components: Components;
  ip?: string;
}

/** One unit of work per request: a fresh EntityManager fork and services built on it. */
export async function createContext(
  components: Components,
  input: { authorization?: string; requestId?: string; ip?: string },
): Promise<GraphQLContext> {
  const em = components.orm.em.fork() as EntityManager;
  const auth = new AuthService(em, {
    sessionTtlHours: components.config.sessionTtlHours,
    limits: rateLimitsFor(components),
  });
  const viewer = await auth.authenticate(input.authorization, input.ip);
  const services = createServices(em, components, viewer);
  return { requestId: input.requestId ?? randomUUID(), em, viewer, services, components, ip: input.ip };
}
