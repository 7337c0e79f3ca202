import type { MikroORM } from '@mikro-orm/core';
import type { Config } from './config.js';
import type { PubSub } from './pubsub.js';

/** State of one component as reported by /healthz. */
export interface ComponentHealth {
  ok: boolean;
  engine: string;
  detail?: string;
}

export interface HealthCheck {
  health(): Promise<ComponentHealth>;
}

/**
 * The swappable runtime components shared by the api and the worker.
 * Each has an embedded default and a production engine chosen by configuration.
 */
export interface Components {
  config: Config;
  orm: MikroORM;
  pubSub: PubSub;
  /** Extra components registered by features (jobs, search, files…), by health name. */
  health: Record<string, HealthCheck>;
}
