/**
 * Catalogue generation benchmark (on demand, not a test): N organisations × 3 datasets
 * (deliberations, budgets, procurement in JSON + XML) × Y years of published files, then the
 * time to build and serve every page of the platform DCAT catalogue (Turtle and JSON-LD, 100
 * datasets a page, followed through hydra:next over HTTP), one organisation's catalogue, and the
 * /donnees/ page.
 *
 * The server runs in its own process (as it does for a harvester): the client's reading and
 * parsing are not charged to it, and the server's CPU time per walk is read from that process
 * (process.cpuUsage over IPC) beside the client's wall time. The client reads each page as
 * bytes and finds hydra:next in them (no text decoding, no JSON parse). Floors in the same
 * rounds: a bare libsql read of every row the catalogue is made of, and the same number of
 * bytes served over HTTP from memory by the same server (the transfer alone).
 *
 *   node scripts/bench.mjs catalog-bench [--orgs 1000] [--years 10] [--rounds 3]
 *
 * Target (issue #17): the catalogue of 1,000 organisations × 3 datasets × 10 years generated in
 * ≤ 2 s, served paged.
 */
import { fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
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
const settings = (dir: string) =>
  loadConfig({
    DATA_DIR: dir,
    LOG_LEVEL: 'error',
    PUBLIC_URL: 'https://donnees.example.org',
    RATE_LIMIT_ANONYMOUS: '1000000',
  });

/** Bytes the transfer floor serves: the size of a catalogue page. */
const FLOOR_PAGE_BYTES = 2_400_000;

if (args[0] === '--serve') {
  // The server process: the platform's HTTP server on the seeded data directory, plus one
  // route serving FLOOR_PAGE_BYTES from memory (the transfer floor); answers `cpu` over IPC.
  const rt = await createApiRuntime(settings(args[1]!), { relay: false });
  const blob = Buffer.alloc(FLOOR_PAGE_BYTES, 'x');
  const server = await startServer(
    {
      schema: rt.schema,
      components: rt.components,
      routes: [
        (app) =>
          app.get('/bench-floor', (_req, res) => {
            res.type('text/plain').setHeader('Content-Length', blob.length);
            res.end(blob);
          }),
      ],
    },
    { port: 0, host: '127.0.0.1' },
  );
  process.on('message', (m) => {
    if (m === 'cpu') {
      const u = process.cpuUsage();
      process.send!({ cpu: (u.user + u.system) / 1000 });
    } else if (m === 'stop') {
      void server
        .stop()
        .then(() => rt.close())
        .then(() => process.exit(0));
    }
  });
  process.send!({ url: server.url });
} else {
  await main();
}

async function main() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'catalog-bench-'));
  const config = settings(dir);
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
          insFile.run(
            randomUUID(),
            now,
            now,
            kind,
            siren,
            2016 + y,
            now,
            now,
            'f'.repeat(64),
            xlsx,
          );
        }
      }
    }
  })();
  db.close();
  const seeded = performance.now() - t0;

  const child = fork(fileURLToPath(import.meta.url), ['--serve', dir], {
    execArgv: process.execArgv,
  });
  const replies: ((m: Record<string, unknown>) => void)[] = [];
  child.on('message', (m) => replies.shift()?.(m as Record<string, unknown>));
  const reply = () => new Promise<Record<string, unknown>>((resolve) => replies.push(resolve));
  const started = reply();
  const serverUrl = (await started).url as string;
  /** The server process's CPU time so far, in ms. */
  const serverCpu = async () => {
    const r = reply();
    child.send('cpu');
    return (await r).cpu as number;
  };
  const ownCpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };

  const rt = await createApiRuntime(config, { relay: false });
  const ms = (t: number) => `${(performance.now() - t).toFixed(0)} ms`;
  try {
    process.stdout.write(
      `seeded ${ORGS} organisations × 3 datasets × ${YEARS} years (${ORGS * YEARS * 4} file rows) in ${(seeded / 1000).toFixed(1)} s\n`,
    );
    // The catalogue model alone, every page (in this process).
    const catalogOf = () =>
      createServices(rt.components.orm.em.fork(), rt.components, systemViewer('bench')).catalog;
    let t = performance.now();
    const c = ownCpu();
    const first = await catalogOf().allDatasets(1);
    let datasets = first.datasets.length;
    let distributions = first.datasets.reduce((n, d) => n + d.distributions.length, 0);
    for (let p = 2; p <= first.pageCount; p++) {
      const page = await catalogOf().allDatasets(p);
      datasets += page.datasets.length;
      distributions += page.datasets.reduce((n, d) => n + d.distributions.length, 0);
    }
    process.stdout.write(
      `model: ${datasets} datasets, ${distributions} distributions in ${first.pageCount} pages: ${ms(t)} (CPU ${(ownCpu() - c).toFixed(0)} ms)\n`,
    );
    // Served: every page over HTTP, following hydra:next, in alternating rounds with the
    // floors (a bare libsql read of the rows the whole catalogue is made of: every published
    // file row and every organisation, no model, no RDF; and as many bytes served from memory).
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
    /** The next page's URL, found in the bytes: Turtle's hydra:next, or JSON-LD's. */
    const nextOf = (ext: string, body: Buffer): string | null => {
      const at = body.indexOf(ext === 'ttl' ? 'hydra:next <' : '"hydra:next":[{"@id":"');
      if (at < 0) {
        return null;
      }
      const start = at + (ext === 'ttl' ? 12 : 22);
      return body.toString('utf8', start, body.indexOf(ext === 'ttl' ? '>' : '"', start));
    };
    const walk = async (ext: string, pagesOfFloor = 0) => {
      const cpu0 = await serverCpu();
      const own0 = ownCpu();
      const t1 = performance.now();
      let url: string | null = pagesOfFloor ? '/bench-floor' : `/opendata/catalog.${ext}`;
      let pages = 0;
      let bytes = 0;
      const times: number[] = [];
      while (url) {
        const p0 = performance.now();
        // As a harvester asks (udata's requests sends Accept-Encoding: gzip, deflate).
        const res = await fetch(`${serverUrl}${url}`, {
          redirect: 'manual',
          headers: { 'accept-encoding': 'gzip, deflate' },
        });
        if (res.status !== 200) {
          throw new Error(`${url}: ${res.status}`);
        }
        const body = Buffer.from(await res.arrayBuffer());
        times.push(performance.now() - p0);
        bytes += body.length;
        pages++;
        if (pagesOfFloor) {
          url = pages < pagesOfFloor ? '/bench-floor' : null;
        } else {
          const next = nextOf(ext, body);
          url = next ? next.replace(config.publicUrl, '') : null;
        }
      }
      const wall = performance.now() - t1;
      const server = (await serverCpu()) - cpu0;
      times.sort((a, b) => a - b);
      return {
        pages,
        bytes,
        wall,
        server,
        client: ownCpu() - own0,
        p50: times[Math.floor(times.length / 2)]!,
        max: times.at(-1)!,
      };
    };
    const line = (what: string, w: Awaited<ReturnType<typeof walk>>) =>
      `${what}: ${w.pages} pages, ${(w.bytes / 1e6).toFixed(1)} MB, all pages ${w.wall.toFixed(0)} ms (per page p50 ${w.p50.toFixed(0)} ms, max ${w.max.toFixed(0)} ms); server CPU ${w.server.toFixed(0)} ms, client CPU ${w.client.toFixed(0)} ms`;
    const ROUNDS = opt('rounds', 3);
    for (let r = 1; r <= ROUNDS; r++) {
      const f = floor();
      process.stdout.write(
        `round ${r}: floor (raw read of ${f.rows} rows): ${f.ms.toFixed(0)} ms; load ${os.loadavg()[0]!.toFixed(1)}\n`,
      );
      process.stdout.write(
        `round ${r}: ${line(`floor (${FLOOR_PAGE_BYTES / 1e6} MB from memory ×${first.pageCount})`, await walk('', first.pageCount))}\n`,
      );
      for (const ext of ['ttl', 'jsonld']) {
        process.stdout.write(`round ${r}: ${line(`served ${ext}`, await walk(ext))}\n`);
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
    const one = await fetch(`${serverUrl}/opendata/200000500/catalog.ttl`);
    await one.arrayBuffer();
    process.stdout.write(`one organisation's catalogue (ttl, ${one.status}): ${ms(t)}\n`);
    t = performance.now();
    const page = await fetch(`${serverUrl}/donnees/`);
    await page.arrayBuffer();
    process.stdout.write(`/donnees/ first page (${page.status}): ${ms(t)}\n`);
    t = performance.now();
    const search = await fetch(`${serverUrl}/donnees/?q=200000777`);
    await search.arrayBuffer();
    process.stdout.write(`/donnees/?q=SIREN (${search.status}): ${ms(t)}\n`);
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.send('stop');
    await exited;
    await rt.close();
  }
}
