import type { MikroORM } from '@mikro-orm/core';
import type { GraphQLSchema } from 'graphql';
import { AuthService } from './auth/auth.service.js';
import type { Components, HealthCheck } from './components.js';
import type { Config } from './config.js';
import { initOrm, migrateUp } from './db/orm.js';
import { childLogger } from './logger.js';
import { createAppPubSub } from './pubsub.js';
import { buildAppSchema } from './schema.js';

const log = childLogger('app');

export interface ApiRuntime {
  components: Components;
  schema: GraphQLSchema;
  close(): Promise<void>;
}

export interface ApiRuntimeOptions {
  /** Apply pending migrations at start (default true); tests build the schema instead. */
  migrate?: boolean;
  /** Extra health checks (jobs, search, files…). */
  health?: Record<string, HealthCheck>;
  orm?: MikroORM;
}

/** Opens the database, migrates, ensures the platform admin and builds the schema. */
export async function createApiRuntime(
  config: Config,
  options: ApiRuntimeOptions = {},
): Promise<ApiRuntime> {
  const orm = options.orm ?? (await initOrm(config.database));
  if (options.migrate ?? true) {
    await migrateUp(orm);
  }
  if (config.admin) {
    const em = orm.em.fork();
    await new AuthService(em, config).ensurePlatformAdmin(config.admin.email, config.admin.password);
    log.info({ email: config.admin.email }, 'platform administrator ensured');
  }
  const pubSub = createAppPubSub();
  const components: Components = { config, orm, pubSub, health: { ...options.health } };
  const schema = await buildAppSchema(pubSub);
  return {
    components,
    schema,
    async close() {
      await orm.close(true);
    },
  };
}
