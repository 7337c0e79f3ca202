/**
 * The search engine failing while deposits are published (on demand, not a test): publication
 * must complete, and the search index must catch up once the engine is back.
 *
 *   node scripts/bench.mjs search-outage-bench [--deposits 100] [--outage-s 20]
 *
 * The platform runs in this process (api + worker, embedded SQLite) with its citizens' search
 * engine wrapped: every call but init() throws while the outage lasts (the embedded engine
 * cannot be stopped from outside, so the failure is simulated at its interface). Deposits that
 * ask for publication (publication_open_data = 3) are dropped at the start of the outage.
 */
import { mkdir, mkdtemp, rename, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, setLogLevel } from '@opendata/api';
import {
  actsIndexDefinition,
  buildDeposit,
  SqliteSearchEngine,
  type SearchEngine,
} from '@opendata/api/testing';
import { startPlatform } from '@opendata/worker/platform';
import { numberArg } from './bench-deposits.js';
import { BENCH_ADMIN, openDataOrganization } from './source-platform.js';

const args = process.argv.slice(2);
const N = numberArg(args, 'deposits', 100);
const OUTAGE_S = numberArg(args, 'outage-s', 20);

setLogLevel('silent');
const dataDir = await mkdtemp(path.join(os.tmpdir(), 'search-outage-bench-'));
const config = loadConfig({
  DATA_DIR: dataDir,
  LOG_LEVEL: 'silent',
  JOBS_PROCESS_EVERY_MS: '250',
  ADMIN_EMAIL: BENCH_ADMIN.email,
  ADMIN_PASSWORD: BENCH_ADMIN.password,
});
const engine = new SqliteSearchEngine(actsIndexDefinition, path.join(dataDir, 'search'), 'acts');
let broken = false;
let refused = 0;
const failing = new Proxy(engine, {
  get(target, prop, receiver) {
    const value = Reflect.get(target, prop, receiver) as unknown;
    if (typeof value !== 'function' || prop === 'init' || prop === 'close') {
      return value;
    }
    return (...a: unknown[]) => {
      if (broken) {
        refused += 1;
        return Promise.reject(new Error('search engine unavailable (bench outage)'));
      }
      return (value as (...x: unknown[]) => unknown).apply(target, a);
    };
  },
}) as SearchEngine;
const platform = await startPlatform(config, {
  api: true,
  worker: true,
  runtime: { search: failing },
});
const url = `http://127.0.0.1:${platform.server!.port}`;
const conn = platform.runtime.components.orm.em.getConnection();
const count = async (sql: string) => Number(((await conn.execute(sql)) as { n: number }[])[0]!.n);
await openDataOrganization(url, '213502388', 'Commune de Rennes');
const published = () => count(`select count(*) as n from acts where status = 'PUBLISHED'`);

const staging = path.join(dataDir, 'staging');
await mkdir(staging, { recursive: true });
for (let i = 0; i < N; i++) {
  const zip = await buildDeposit({
    metadata: { numero_de_lacte: `S_${i}`, publication_open_data: '3' },
  });
  await writeFile(path.join(staging, `s${i}.zip`), zip);
}
broken = true;
const t0 = performance.now();
await Promise.all(
  Array.from({ length: N }, (_, i) =>
    rename(path.join(staging, `s${i}.zip`), path.join(config.depositDir, `s${i}.zip`)),
  ),
);
let health = '';
while (performance.now() - t0 < OUTAGE_S * 1000) {
  await new Promise((r) => setTimeout(r, 500));
  const res = await fetch(`${url}/healthz`);
  health = `${res.status} ${JSON.stringify(((await res.json()) as { components: unknown }).components)}`;
}
const settledDuring = await count(
  `select count(*) as n from deposits where status in ('DONE', 'FAILED')`,
);
const publishedDuring = await published();
const indexedDuring = await engine.count();
const failedJobs = await count(
  `select count(*) as n from agenda_jobs where name = 'acts.project' and fail_count > 0`,
);
broken = false;
const t1 = performance.now();
let caughtUp = NaN;
while (performance.now() - t1 < 10 * 60_000) {
  await new Promise((r) => setTimeout(r, 250));
  if ((await engine.count()) >= (await published()) && (await published()) > 0) {
    caughtUp = (performance.now() - t1) / 1000;
    break;
  }
}
const jobs = await conn.execute(
  `select name, fail_count, fail_reason, next_run_at, locked_at, last_finished_at from agenda_jobs where name = 'acts.project'`,
);
if (Number.isNaN(caughtUp)) {
  process.stdout.write(
    `not caught up after ${((performance.now() - t1) / 1000).toFixed(0)} s; projection jobs: ${JSON.stringify(jobs)}\n`,
  );
}
const search = await fetch(`${url}/graphql`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({
    query: '{ searchActs(siren: "213502388") { totalCount } }',
  }),
});
process.stdout.write(
  [
    `deposits: ${N} asking for publication, dropped when the search engine started failing (${OUTAGE_S} s outage)`,
    `during the outage: ${settledDuring}/${N} deposits settled, ${publishedDuring} acts published, ${indexedDuring} indexed, ${refused} engine calls refused, ${failedJobs} acts.project jobs failed (to be retried)`,
    `/healthz during the outage: ${health}`,
    `after the engine came back: index caught up with the ${await published()} published acts in ${caughtUp.toFixed(1)} s (${await engine.count()} indexed)`,
    `searchActs after recovery: ${search.status} ${await search.text()}`,
  ].join('\n') + '\n',
);
await platform.stop();
process.exit(0);
