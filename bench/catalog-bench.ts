/**
 * Catalogue generation benchmark (on demand, not a test): N organisations × 3 datasets
 * (deliberations, budgets, procurement in JSON + XML) × Y years of published files, then the
 * time to build and serve every page of the platform DCAT catalogue (Turtle and JSON-LD, 100
 * datasets a page, followed through hydra:next over HTTP), one organisation's catalogue, and the
 * /donnees/ page.
 *
 *   node scripts/bench.mjs catalog-bench [--orgs 1000] [--years 10]
 *
 * Target (issue #17): the catalogue of 1,000 organisations × 3 datasets × 10 years generated in
 * ≤ 2 s, served paged.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import {
  createApiRuntime,
  createServices,
  loadConfig,
  setLogLevel,
  startServer,
  systemViewer,
} from '@opendata/api';

const args = process.argv.slice(2);
const opt = (name: string, dflt: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const ORGS = opt('orgs', 1000);
const YEARS = opt('years', 10);

const Database = createRequire(new URL('../packages/api/package.json', import.meta.url))(
  'libsql',
) as new (file: string) => {
  prepare(sql: string): { run(...a: unknown[]): unknown };
  transaction<A extends unknown[]>(fn: (...a: A) => void): (...a: A) => void;
  close(): void;
};

setLogLevel('error');
const dir = await mkdtemp(path.join(os.tmpdir(), 'catalog-bench-'));
const config = loadConfig({
  DATA_DIR: dir,
  LOG_LEVEL: 'error',
  PUBLIC_URL: 'https://donnees.example.org',
  RATE_LIMIT_ANONYMOUS: '1000000',
});
await (await createApiRuntime(config, { relay: false })).close();

const db = new Database(config.database.kind === 'sqlite' ? config.database.path : '');
const now = Date.now();
const insOrg = db.prepare(
  'insert into organizations (id, created_at, updated_at, siren, siret, name, open_data_active, publish_annexes, needs_review, insee_code) values (?, ?, ?, ?, ?, ?, 1, 1, 0, ?)',
);
const insFile = db.prepare(
  `insert into datasets (id, created_at, updated_at, kind, scope, year, status, valid, row_count, generated_at, published_file_at, sha256, size, error_count, errors, notes)
   values (?, ?, ?, ?, ?, ?, 'VALID', 1, 120, ?, ?, ?, 54321, 0, '[]', '[]')`,
);
const t0 = performance.now();
db.transaction(() => {
  for (let o = 0; o < ORGS; o++) {
    const siren = `2${String(o).padStart(8, '0')}`;
    insOrg.run(
      randomUUID(),
      now,
      now,
      siren,
      `${siren}00010`,
      `Commune n° ${o}`,
      String(10000 + o),
    );
    for (let y = 0; y < YEARS; y++) {
      for (const kind of ['DELIBERATIONS', 'BUDGETS', 'DECP_JSON', 'DECP_XML']) {
        insFile.run(randomUUID(), now, now, kind, siren, 2016 + y, now, now, 'f'.repeat(64));
      }
    }
  }
})();
db.close();
const seeded = performance.now() - t0;

const rt = await createApiRuntime(config, { relay: false });
const server = await startServer(
  { schema: rt.schema, components: rt.components },
  { port: 0, host: '127.0.0.1' },
);
const ms = (t: number) => `${(performance.now() - t).toFixed(0)} ms`;
try {
  process.stdout.write(
    `seeded ${ORGS} organisations × 3 datasets × ${YEARS} years (${ORGS * YEARS * 4} file rows) in ${(seeded / 1000).toFixed(1)} s\n`,
  );
  // The catalogue model alone, every page.
  const catalog = createServices(
    rt.components.orm.em.fork(),
    rt.components,
    systemViewer('bench'),
  ).catalog;
  let t = performance.now();
  const first = await catalog.allDatasets(1);
  let datasets = first.datasets.length;
  let distributions = first.datasets.reduce((n, d) => n + d.distributions.length, 0);
  for (let p = 2; p <= first.pageCount; p++) {
    const page = await createServices(
      rt.components.orm.em.fork(),
      rt.components,
      systemViewer('bench'),
    ).catalog.allDatasets(p);
    datasets += page.datasets.length;
    distributions += page.datasets.reduce((n, d) => n + d.distributions.length, 0);
  }
  process.stdout.write(
    `model: ${datasets} datasets, ${distributions} distributions in ${first.pageCount} pages: ${ms(t)}\n`,
  );
  // Served: every page over HTTP, following hydra:next.
  for (const ext of ['ttl', 'jsonld']) {
    t = performance.now();
    let url: string | null = `/opendata/catalog.${ext}`;
    let pages = 0;
    let bytes = 0;
    const times: number[] = [];
    while (url) {
      const p0 = performance.now();
      const res = await fetch(`${server.url}${url}`, { redirect: 'manual' });
      if (res.status !== 200) {
        throw new Error(`${url}: ${res.status}`);
      }
      const text = await res.text();
      times.push(performance.now() - p0);
      bytes += text.length;
      pages++;
      const next = /hydra:next <([^>]+)>|"hydra:next":\s*\{\s*"@id":\s*"([^"]+)"/.exec(text);
      url = next ? (next[1] ?? next[2])!.replace(config.publicUrl, '') : null;
    }
    times.sort((a, b) => a - b);
    process.stdout.write(
      `served ${ext}: ${pages} pages, ${(bytes / 1e6).toFixed(1)} MB, all pages ${ms(t)} (per page p50 ${times[Math.floor(times.length / 2)]!.toFixed(0)} ms, max ${times.at(-1)!.toFixed(0)} ms)\n`,
    );
  }
  t = performance.now();
  const one = await fetch(`${server.url}/opendata/200000500/catalog.ttl`);
  await one.text();
  process.stdout.write(`one organisation's catalogue (ttl, ${one.status}): ${ms(t)}\n`);
  t = performance.now();
  const page = await fetch(`${server.url}/donnees/`);
  await page.text();
  process.stdout.write(`/donnees/ first page (${page.status}): ${ms(t)}\n`);
  t = performance.now();
  const search = await fetch(`${server.url}/donnees/?q=200000777`);
  await search.text();
  process.stdout.write(`/donnees/?q=SIREN (${search.status}): ${ms(t)}\n`);
} finally {
  await server.stop();
  await rt.close();
}
