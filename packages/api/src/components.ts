import type { MikroORM } from '@mikro-orm/core';
import type { Config } from './config.js';
import type { EventBus } from './events/event-bus.js';
import type { FileStore } from './files/file-store.js';
import type { JobQueue } from './jobs/job-queue.js';
import type { PubSub } from './pubsub.js';
import type { SearchEngine } from './search/search-engine.js';

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
  /** Live events for every process (local PubSub + outbox); publish through it, not pubSub. */
  events?: EventBus;
  /** Agenda job queue (enqueue everywhere; handlers run in worker processes). */
  jobs?: JobQueue;
  /** Public acts search index (embedded SQLite FTS5, or Meilisearch with MEILI_URL). */
  search?: SearchEngine;
  /** Content-addressed file store (DATA_DIR/files). */
  files?: FileStore;
  /** Extra components registered by features (jobs, search, files…), by health name. */
  health: Record<string, HealthCheck>;
}
