// The platform from its TypeScript sources (`packages/worker/src/all-in-one.ts` through tsx) as
// a child process the fault benches can kill -9 and start again on the same data directory.
import { spawn, type ChildProcess } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const entry = path.join(root, 'packages/worker/src/all-in-one.ts');

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

export interface SourcePlatform {
  url: string;
  child: ChildProcess;
  log(): string;
  /** Waits for /healthz to answer 200 (or `status` given). */
  healthy(timeoutMs?: number): Promise<void>;
  kill9(): Promise<void>;
  stop(): Promise<void>;
}

export async function startSourcePlatform(env: Record<string, string>): Promise<SourcePlatform> {
  const port = await freePort();
  // PLATFORM_NODE_ARGS: extra node flags for the platform (e.g. `--cpu-prof --cpu-prof-dir=DIR`).
  const extra = process.env.PLATFORM_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const child = spawn(
    process.execPath,
    [...extra, '--conditions=source', '--import', 'tsx', entry],
    {
      cwd: root,
      env: {
        ...process.env,
        TSX_TSCONFIG_PATH: path.join(root, 'packages/api/tsconfig.json'),
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'error',
        ...env,
      },
      stdio: 'pipe',
    },
  );
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const platform: SourcePlatform = {
    url,
    child,
    log: () => output,
    async healthy(timeoutMs = 120_000) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        if (child.exitCode !== null || child.signalCode !== null) {
          throw new Error(`platform exited (${child.exitCode ?? child.signalCode}):\n${output}`);
        }
        const res = await fetch(`${url}/healthz`).catch(() => null);
        if (res?.status === 200) {
          return;
        }
        await new Promise((r) => setTimeout(r, 250));
      }
      throw new Error(`platform not healthy after ${timeoutMs} ms:\n${output}`);
    },
    async kill9() {
      child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        await exited;
        clearTimeout(timer);
      }
    },
  };
  return platform;
}

/** Every file under `dir` (relative paths), [] when it does not exist. */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) {
    return NaN;
  }
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export const BENCH_ADMIN = { email: 'admin@bench.test', password: 'mot-de-passe-bench' };

/** POSTs a GraphQL operation; throws on a GraphQL error. */
export async function gql<T>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (!body.data || body.errors?.length) {
    throw new Error(`GraphQL ${res.status}: ${JSON.stringify(body.errors ?? body)}`);
  }
  return body.data;
}

/** Signs the bench's platform admin in, creates the organisation and turns its open data on. */
export async function openDataOrganization(url: string, siren: string, name: string) {
  const { login } = await gql<{ login: { token: string } }>(
    url,
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
    { e: BENCH_ADMIN.email, p: BENCH_ADMIN.password },
  );
  await gql(
    url,
    'mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }',
    { i: { siren, name } },
    login.token,
  );
  await gql(
    url,
    'mutation($i: UpdateOrganizationInput!) { updateOrganization(input: $i) { siren } }',
    { i: { siren, openDataActive: true } },
    login.token,
  );
  return login.token;
}
