import type { EntityManager } from '@mikro-orm/core';
import type { Config } from './config.js';
import type { Viewer } from './viewer.js';

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
  /** The platform's configuration (public URL, identity settings…). */
  config: Config;
  ip?: string;
  /**
   * Long-lived contexts (a subscription's socket): re-checks the caller when rights changed
   * since it last did; false when they may no longer receive anything (the socket is closed).
   */
  revalidate?: () => Promise<boolean>;
}
