import 'reflect-metadata';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { initOrm, loadConfig, setLogLevel, type Config } from '@opendata/api';
import { freshDatabase } from '@opendata/api/testing';
import { startPlatform, type RunningPlatform } from '../../src/platform.js';

export const ADMIN_EMAIL = 'admin@plateforme.test';
export const ADMIN_PASSWORD = 'mot-de-passe-admin';

export interface GqlResponse<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } & Record<string, unknown> }[];
}

export interface TestPlatform {
  url: string;
  config: Config;
  platform: RunningPlatform;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GqlResponse<T>>;
  loginAdmin(): Promise<string>;
  /** Polls `check` until it returns a value other than undefined (or throws after `ms`). */
  waitFor<T>(check: () => Promise<T | undefined>, ms?: number): Promise<T>;
  stop(): Promise<void>;
}

/** The whole platform in-process (api + worker + watcher) on a fresh database, port 0. */
export async function startTestPlatform(
  name: string,
  env: Record<string, string> = {},
): Promise<TestPlatform> {
  setLogLevel(process.env.TEST_LOG_LEVEL ?? 'silent');
  const dataDir = await mkdtemp(path.join(os.tmpdir(), `platform-${name}-`));
  const config = loadConfig({
    DATA_DIR: dataDir,
    ADMIN_EMAIL,
    ADMIN_PASSWORD,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    ...env,
  });
  config.database = await freshDatabase(name);
  // Schema from the entities (migrations are proven by migration:check and the browser tests).
  const orm = await initOrm(config.database);
  await orm.schema.createSchema();
  const platform = await startPlatform(config, {
    api: true,
    worker: true,
    runtime: { orm, migrate: false, jobs: { processEveryMs: 100, lockLifetimeMs: 10_000 } },
  });
  const url = platform.server!.url;
  config.publicUrl = url;
  platform.runtime.components.config.publicUrl = url;
  const gql: TestPlatform['gql'] = async (query, variables, token) => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as never;
  };
  return {
    url,
    config,
    platform,
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
    async waitFor(check, ms = 20_000) {
      const deadline = Date.now() + ms;
      for (;;) {
        const v = await check();
        if (v !== undefined) {
          return v;
        }
        if (Date.now() > deadline) {
          throw new Error(`condition not met within ${ms} ms`);
        }
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    stop: () => platform.stop(),
  };
}
