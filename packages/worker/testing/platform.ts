// Starts the built platform (`node packages/worker/dist/all-in-one.js`) as a black box on a free
// port with a fresh data directory: what the admin and widgets browser tests and the benches
// drive. Build first (`pnpm run build` at the repository root; `npm test` does).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const workerRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = path.resolve(workerRoot, '..', '..');
const entry = path.join(workerRoot, 'dist', 'all-in-one.js');

export const ADMIN_EMAIL = 'admin@plateforme.test';
export const ADMIN_PASSWORD = 'mot-de-passe-de-test';

export interface Platform {
  url: string;
  /** The platform's DATA_DIR (deposits arrive in `deposits/incoming/`). */
  dataDir: string;
  /** POST a GraphQL operation; throws on any GraphQL error. */
  graphql<T>(query: string, variables?: Record<string, unknown>, token?: string): Promise<T>;
  /** Signs the platform admin in through the api; returns the bearer token. */
  adminToken(): Promise<string>;
  /** What the platform wrote on stdout and stderr so far (its last 2 MB). */
  output(): string;
  /** Signals the platform (SIGTERM by default), waits for its exit; resolves to its exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export interface StartOptions {
  /** The `node` binary to run the platform with (default: this process's). */
  node?: string;
}

/** A TCP port free on the loopback interface. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitHealthy(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`platform exited with ${child.exitCode}:\n${output().slice(-8000)}`);
    }
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.status === 200) {
        return;
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`platform not healthy after 120 s:\n${output().slice(-8000)}`);
}

export async function startPlatform(
  extraEnv: Record<string, string> = {},
  options: StartOptions = {},
): Promise<Platform> {
  if (!existsSync(entry)) {
    throw new Error(`${entry} is missing: run \`pnpm run build\` at the repository root first`);
  }
  const port = await freePort();
  const dataDir = await mkdtemp(path.join(tmpdir(), 'platform-browser-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    ADMIN_EMAIL,
    ADMIN_PASSWORD,
    LOG_LEVEL: 'warn',
    // Jobs picked up quickly: live progress shows within the test's patience.
    JOBS_PROCESS_EVERY_MS: '250',
    ...extraEnv,
  };
  // Embedded defaults only: no external database, search engine or queue.
  for (const key of [
    'DATABASE_URL',
    'MONGODB_URL',
    'MEILI_URL',
    'MEILI_MASTER_KEY',
    'DEPOSIT_DIR',
  ]) {
    delete env[key];
  }
  const child = spawn(options.node ?? process.execPath, [entry], {
    cwd: repoRoot,
    env,
    stdio: 'pipe',
  });
  let log = '';
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-2_000_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);

  const url = `http://127.0.0.1:${port}`;
  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill(signal);
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    }
    await rm(dataDir, { recursive: true, force: true });
    return child.exitCode;
  };
  try {
    await waitHealthy(url, child, () => log);
  } catch (err) {
    await stop();
    throw err;
  }

  const graphql = async <T>(query: string, variables?: Record<string, unknown>, token?: string) => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
    if (body.errors?.length || !body.data) {
      throw new Error(`GraphQL error: ${JSON.stringify(body.errors ?? body)}`);
    }
    return body.data;
  };
  const adminToken = async () => {
    const data = await graphql<{ login: { token: string } }>(
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      { e: ADMIN_EMAIL, p: ADMIN_PASSWORD },
    );
    return data.login.token;
  };
  return { url, dataDir, graphql, adminToken, output: () => log, stop };
}
