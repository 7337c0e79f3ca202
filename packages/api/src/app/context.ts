import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { authServiceOf } from '../identity/identity.services.js';
import type { RequestContext } from '../core/request-context.js';
import type { Components } from './components.js';
import { createServices, type Services } from './services.js';

/** The context of every GraphQL operation: each feature reads it as its own `RequestContext`. */
export interface GraphQLContext extends RequestContext<Services> {
  components: Components;
}

/** One unit of work per request: a fresh EntityManager fork and services built on it. */
export async function createContext(
  components: Components,
  input: { authorization?: string; requestId?: string; ip?: string },
): Promise<GraphQLContext> {
  const em = components.orm.em.fork() as EntityManager;
  const auth = authServiceOf(em, components);
  const viewer = await auth.authenticate(input.authorization, input.ip);
  const services = createServices(em, components, viewer, auth);
  return {
    requestId: input.requestId ?? randomUUID(),
    em,
    viewer,
    services,
    components,
    config: components.config,
    ip: input.ip,
  };
}
