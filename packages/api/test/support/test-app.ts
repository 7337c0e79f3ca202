import 'reflect-metadata';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createApiRuntime, type ApiRuntime } from '../../src/app/app.js';
import { loadConfig, type Config } from '../../src/core/config.js';
import { initOrm } from '../../src/app/db/orm.js';
import { setLogLevel } from '../../src/core/logger.js';
import { startServer, type RunningServer } from '../../src/app/server.js';
import { freshDatabase } from './test-db.js';

export const ADMIN_EMAIL = 'admin@plateforme.test';
export const ADMIN_PASSWORD = 'mot-de-passe-admin';

export interface GqlResponse<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } & Record<string, unknown> }[];
}

export interface TestApp {
  url: string;
  config: Config;
  runtime: ApiRuntime;
  server: RunningServer;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GqlResponse<T>>;
  loginAdmin(): Promise<string>;
  close(): Promise<void>;
}

/** The real api on a fresh database (SQLite, or MySQL with TEST_DB=mysql), on port 0. */
export async function createTestApp(name: string, env: Record<string, string> = {}) {
  setLogLevel(process.env.TEST_LOG_LEVEL ?? 'silent');
  const dataDir = await mkdtemp(path.join(os.tmpdir(), `app-${name}-`));
  const config = loadConfig({
    DATA_DIR: dataDir,
    ADMIN_EMAIL,
    ADMIN_PASSWORD,
    LOG_LEVEL: 'silent',
    ...env,
  });
  config.database = await freshDatabase(name);
  const orm = await initOrm(config.database);
  // Tests build the schema from the entities; `migration:check` proves migrations match them.
  await orm.schema.createSchema();
  const runtime = await createApiRuntime(config, { orm, migrate: false });
  const server = await startServer(
    { schema: runtime.schema, components: runtime.components },
    { port: 0, host: '127.0.0.1' },
  );
  const gql: TestApp['gql'] = async (query, variables, token) => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as never;
  };
  const app: TestApp = {
    url: server.url,
    config,
    runtime,
    server,
    gql,
    async loginAdmin() {
      const res = await gql<{ login: { token: string } }>(
        'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
        { e: ADMIN_EMAIL, p: ADMIN_PASSWORD },
      );
      if (!res.data) {
        throw new Error(JSON.stringify(res.errors));
      }
      return res.data.login.token;
    },
    async close() {
      await server.stop();
      await runtime.close();
    },
  };
  return app;
}
