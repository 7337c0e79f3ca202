/**
 * Load (on demand, not a test): C concurrent citizens on the acts widget (search as you type,
 * filters, opening PDFs) for D seconds on loopback against a platform holding N acts, with staff
 * listing acts and publishing in bulk under the same load; then the GraphQL acts page (20 rows)
 * against a bare HTTP handler running the same SQL.
 *
 *   node scripts/bench.mjs load-bench [--acts 100000] [--orgs 20] [--citizens 200] [--duration 60]
 *     [--staff 4] [--think-ms 150] [--compare-s 15] [--compare-conns 32]
 *
 * Seeding: see load-seed.ts (ORM batches + the projection service, about a minute per 100k
 * acts). The platform runs from its sources as a child process (all-in-one, embedded SQLite,
 * default settings, rate limits on). Each citizen has its own loopback address (127.0.x.y) and
 * keep-alive connection, so the per-address limits apply to each as to a real visitor; a
 * citizen types a word (one search per letter from the third, `--think-ms` apart), filters by
 * nature and year, then opens a PDF of the results. Errors: any non-2xx answer, GraphQL error
 * or network failure.
 */
import http from 'node:http';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, setLogLevel } from '@opendata/api';
import { numberArg } from './bench-deposits.js';
import { ACTS_PAGE, BARE_SQL_COUNT, BARE_SQL_PAGE, compareActsPage } from './acts-page-compare.js';
import { seedActs, VOCABULARY } from './load-seed.js';
import { BENCH_ADMIN, gql, percentile, startSourcePlatform } from './source-platform.js';

const args = process.argv.slice(2);
const ACTS = numberArg(args, 'acts', 100_000);
const ORGS = numberArg(args, 'orgs', 20);
const CITIZENS = numberArg(args, 'citizens', 200);
const DURATION_S = numberArg(args, 'duration', 60);
const STAFF = numberArg(args, 'staff', 4);
const THINK_MS = numberArg(args, 'think-ms', 150);
const COMPARE_S = numberArg(args, 'compare-s', 15);
const COMPARE_CONNS = numberArg(args, 'compare-conns', 32);

setLogLevel('silent');
const dataDir = await mkdtemp(path.join(os.tmpdir(), 'load-bench-'));
const env = {
  DATA_DIR: dataDir,
  LOG_LEVEL: 'error',
  ADMIN_EMAIL: BENCH_ADMIN.email,
  ADMIN_PASSWORD: BENCH_ADMIN.password,
};
const config = loadConfig(env);
const tSeed = performance.now();
const seeded = await seedActs(config, ACTS, ORGS);
const seedS = (performance.now() - tSeed) / 1000;
process.stdout.write(`seeded ${ACTS} acts of ${ORGS} organisations in ${seedS.toFixed(0)} s\n`);
const platform = await startSourcePlatform({ ...env, NODE_ENV: 'production' });
await platform.healthy();
const { hostname: host, port } = new URL(platform.url);
const { login } = await gql<{ login: { token: string } }>(
  platform.url,
  'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
  { e: BENCH_ADMIN.email, p: BENCH_ADMIN.password },
);

interface Reply {
  status: number;
  body: string;
}
function request(
  agent: http.Agent,
  method: string,
  urlPath: string,
  body?: string,
  token?: string,
  p = Number(port),
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host,
        port: p,
        method,
        path: urlPath,
        agent,
        headers: {
          ...(body ? { 'content-type': 'application/json' } : {}),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const latencies = new Map<string, number[]>();
const errors = new Map<string, number>();
async function timed(kind: string, run: () => Promise<Reply>): Promise<Reply | null> {
  const t = performance.now();
  try {
    const reply = await run();
    const ms = performance.now() - t;
    const bad =
      reply.status < 200 || reply.status >= 300
        ? `HTTP ${reply.status}`
        : reply.body.startsWith('{') && reply.body.includes('"errors"')
          ? (/"code":"([^"]+)"/.exec(reply.body)?.[1] ?? 'graphql error')
          : null;
    if (bad) {
      errors.set(`${kind}: ${bad}`, (errors.get(`${kind}: ${bad}`) ?? 0) + 1);
      return null;
    }
    (latencies.get(kind) ?? latencies.set(kind, []).get(kind)!).push(ms);
    return reply;
  } catch (err) {
    const key = `${kind}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`;
    errors.set(key, (errors.get(key) ?? 0) + 1);
    return null;
  }
}

const SEARCH = `query($siren: String!, $query: String, $natures: [ActNature!], $year: Int, $first: Int!, $firstPage: Boolean!) {
  publicOrganization(siren: $siren) @include(if: $firstPage) { siren name }
  searchActs(siren: $siren, query: $query, natures: $natures, year: $year, first: $first) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor highlights { subject text }
      node { id number date subject nature natureLabel classificationCode classificationLabel publishedAt
        documents { id fileName mediaType size sha256 annex url } } }
    facets @include(if: $firstPage) { natures { value label count } years { value label count } classifications { value label count } }
  }
}`;
const pick = <T>(a: readonly T[]) => a[Math.floor(Math.random() * a.length)]!;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
let stop = false;

async function citizen(i: number) {
  const agent = new http.Agent({
    keepAlive: true,
    maxSockets: 1,
    localAddress: `127.0.${1 + Math.floor(i / 250)}.${1 + (i % 250)}`,
  } as http.AgentOptions);
  const search = (variables: Record<string, unknown>) =>
    request(agent, 'POST', '/graphql', JSON.stringify({ query: SEARCH, variables }));
  while (!stop) {
    const siren = pick(seeded.sirens);
    const word = pick(VOCABULARY);
    let last: Reply | null = null;
    for (let n = 3; n <= word.length && !stop; n++) {
      last = await timed('search as you type', () =>
        search({ siren, query: word.slice(0, n), first: 10, firstPage: n === 3 }),
      );
      await sleep(THINK_MS);
    }
    await timed('filters (nature, year)', () =>
      search({
        siren,
        query: word,
        natures: [pick(['DELIBERATION', 'REGULATORY', 'CONTRACT'])],
        year: 2015 + Math.floor(Math.random() * 10),
        first: 10,
        firstPage: false,
      }),
    );
    await sleep(THINK_MS);
    const url = last ? /"url":"([^"]+)"/.exec(last.body)?.[1] : undefined;
    if (url) {
      await timed('open a PDF', () => request(agent, 'GET', new URL(url).pathname));
      await sleep(THINK_MS * 3);
    }
  }
  agent.destroy();
}

async function staff(i: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const pending = seeded.toDecide.get(seeded.sirens[i % seeded.sirens.length]!)!;
  let round = 0;
  while (!stop) {
    const siren = pick(seeded.sirens);
    await timed('staff: acts list (20 rows)', () =>
      request(
        agent,
        'POST',
        '/graphql',
        JSON.stringify({ query: ACTS_PAGE, variables: { siren } }),
        login.token,
      ),
    );
    if (++round % 10 === 0 && pending.length >= 100) {
      const ids = pending.splice(0, 100);
      await timed('staff: bulk publication (100 acts)', () =>
        request(
          agent,
          'POST',
          '/graphql',
          JSON.stringify({
            query: 'mutation($ids: [ID!]!) { publishActs(ids: $ids) { updated { id } } }',
            variables: { ids },
          }),
          login.token,
        ),
      );
    }
    await sleep(THINK_MS * 2);
  }
  agent.destroy();
}

const t0 = performance.now();
const runners = [
  ...Array.from({ length: CITIZENS }, (_, i) => citizen(i)),
  ...Array.from({ length: STAFF }, (_, i) => staff(i)),
];
await sleep(DURATION_S * 1000);
stop = true;
await Promise.all(runners);
const elapsed = (performance.now() - t0) / 1000;
const lines = [
  `load: ${CITIZENS} citizens + ${STAFF} staff for ${elapsed.toFixed(0)} s on loopback, ${ACTS} acts (${ORGS} organisations), think time ${THINK_MS} ms`,
];
let total = 0;
for (const [kind, ms] of latencies) {
  ms.sort((a, b) => a - b);
  total += ms.length;
  lines.push(
    `  ${kind}: ${ms.length} ok (${(ms.length / elapsed).toFixed(1)}/s), p50 ${percentile(ms, 50).toFixed(0)} ms, p95 ${percentile(ms, 95).toFixed(0)} ms, p99 ${percentile(ms, 99).toFixed(0)} ms`,
  );
}
const errorCount = [...errors.values()].reduce((a, b) => a + b, 0);
lines.push(
  `  errors: ${errorCount} of ${total + errorCount}${errorCount ? ` (${[...errors].map(([k, n]) => `${k} ×${n}`).join('; ')})` : ''}`,
);
process.stdout.write(`${lines.join('\n')}\n`);

// The acts page through GraphQL against a bare handler running the same SQL, alone.
const compared = await compareActsPage({
  platformUrl: platform.url,
  sqlitePath: config.database.kind === 'sqlite' ? config.database.path : '',
  token: login.token,
  siren: seeded.sirens[0]!,
  conns: COMPARE_CONNS,
  seconds: COMPARE_S,
});
process.stdout.write(
  [
    `acts page (20 rows, ${ACTS / ORGS} acts in the organisation), ${COMPARE_CONNS} connections for ${COMPARE_S} s each side in alternating rounds, alone:`,
    `  GraphQL (staff session, full stack): ${compared.graphql.rps.toFixed(0)} requests/s (${compared.graphql.failed} failed)`,
    `  bare node:http + libsql, same two statements: ${compared.bare.rps.toFixed(0)} requests/s (${compared.bare.failed} failed)`,
    `  ratio ${compared.ratio.toFixed(2)} (target ≥ 0.5)`,
    `  bare SQL: ${BARE_SQL_COUNT}; ${BARE_SQL_PAGE}`,
  ].join('\n') + '\n',
);
await platform.stop();
process.exit(0);
