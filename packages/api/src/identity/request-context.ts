import type { EntityManager } from '@mikro-orm/core';
import type { InfraComponents } from '../infra/components.js';
import type { Viewer } from './auth/viewer.js';

/**
 * What a resolver receives: one unit of work (an EntityManager fork), the caller, and the
 * services it uses, built on that fork for that caller. Each feature names the services it
 * needs (`RequestContext<ActsServices>`); the app's context holds them all.
 */
export interface RequestContext<S extends object = object> {
  requestId: string;
  em: EntityManager;
  viewer: Viewer;
  services: S;
  components: InfraComponents;
  ip?: string;
}
