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
  prepare(sql: string): { run(...a: unknown[]): unknown; all(...a: unknown[]): unknown[] };
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
  `insert into datasets (id, created_at, updated_at, kind, scope, year, status, valid, row_count, generated_at, published_file_at, sha256, size, xlsx_size, error_count, errors, notes)
   values (?, ?, ?, ?, ?, ?, 'VALID', 1, 120, ?, ?, ?, 54321, ?, 0, '[]', '[]')`,
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
        // The spreadsheet beside each CSV, as the export services record it.
        const xlsx = kind === 'DELIBERATIONS' || kind === 'BUDGETS' ? 65432 : null;
        insFile.run(randomUUID(), now, now, kind, siren, 2016 + y, now, now, 'f'.repeat(64), xlsx);
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
  // Served: every page over HTTP, following hydra:next, in alternating rounds with the floor
  // (a bare libsql read of the rows the whole catalogue is made of: every published file row
  // and every organisation, no model, no RDF).
  const floorDb = new Database(config.database.kind === 'sqlite' ? config.database.path : '');
  const floor = () => {
    const t1 = performance.now();
    const files = floorDb
      .prepare(
        'select kind, scope, year, valid, row_count, published_file_at, sha256, size, xlsx_size from datasets where published_file_at is not null',
      )
      .all();
    const orgs = floorDb
      .prepare('select siren, name, insee_code from organizations where open_data_active = 1')
      .all();
    return { ms: performance.now() - t1, rows: files.length + orgs.length };
  };
  /** The next page's URL: Turtle's hydra:next, or the JSON-LD view node's. */
  const nextOf = (ext: string, text: string): string | null => {
    if (ext === 'ttl') {
      return /hydra:next <([^>]+)>/.exec(text)?.[1] ?? null;
    }
    const doc = JSON.parse(text) as { '@graph': Record<string, unknown>[] };
    const view = doc['@graph'].find((n) =>
      (n['@type'] as string[] | undefined)?.includes('hydra:PartialCollectionView'),
    );
    return (view?.['hydra:next'] as { '@id': string }[] | undefined)?.[0]?.['@id'] ?? null;
  };
  const walk = async (ext: string) => {
    const t1 = performance.now();
    let url: string | null = `/opendata/catalog.${ext}`;
    let pages = 0;
    let bytes = 0;
    let fetching = 0;
    const times: number[] = [];
    while (url) {
      const p0 = performance.now();
      const res = await fetch(`${server.url}${url}`, { redirect: 'manual' });
      if (res.status !== 200) {
        throw new Error(`${url}: ${res.status}`);
      }
      const text = await res.text();
      const dt = performance.now() - p0;
      times.push(dt);
      fetching += dt;
      bytes += text.length;
      pages++;
      const next = nextOf(ext, text);
      url = next ? next.replace(config.publicUrl, '') : null;
    }
    times.sort((a, b) => a - b);
    return {
      pages,
      bytes,
      fetching,
      wall: performance.now() - t1,
      p50: times[Math.floor(times.length / 2)]!,
      max: times.at(-1)!,
    };
  };
  const ROUNDS = opt('rounds', 3);
  for (let r = 1; r <= ROUNDS; r++) {
    const f = floor();
    process.stdout.write(`round ${r}: floor (raw read of ${f.rows} rows): ${f.ms.toFixed(0)} ms\n`);
    for (const ext of ['ttl', 'jsonld']) {
      const w = await walk(ext);
      process.stdout.write(
        `round ${r}: served ${ext}: ${w.pages} pages, ${(w.bytes / 1e6).toFixed(1)} MB, all pages ${w.fetching.toFixed(0)} ms (per page p50 ${w.p50.toFixed(0)} ms, max ${w.max.toFixed(0)} ms)\n`,
      );
    }
  }
  floorDb.close();
  process.stdout.write(
    `load average: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}\n`,
  );
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
