/**
 * API overhead (on demand, not a test): the GraphQL acts page (20 rows, staff session, the full
 * stack: express, Apollo, type-graphql, MikroORM, rate limits) against a bare node:http + libsql
 * handler running the same two statements on the same SQLite file, under C keep-alive clients,
 * in alternating rounds (a shared machine's load weighs on both alike). The platform runs from
 * its sources as a child process with NODE_ENV=production.
 *
 *   node scripts/bench.mjs api-overhead-bench [--acts 5000] [--conns 16] [--seconds 20] [--rounds 4] [--warmup 6]
 *
 * Both sides first run `--warmup` seconds unmeasured: the platform is a long-running process, and
 * its first few hundred requests run code not compiled yet (three times slower).
 *
 * PLATFORM_NODE_ARGS (e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`) are given to the platform's node.
 */
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, setLogLevel } from '@opendata/api';
import { compareActsPage } from './acts-page-compare.js';
import { numberArg } from './bench-deposits.js';
import { seedActs } from './load-seed.js';
import { BENCH_ADMIN, gql, startSourcePlatform } from './source-platform.js';

const args = process.argv.slice(2);
const ACTS = numberArg(args, 'acts', 5000);
const CONNS = numberArg(args, 'conns', 16);
const SECONDS = numberArg(args, 'seconds', 20);
const ROUNDS = numberArg(args, 'rounds', 4);
const WARMUP = numberArg(args, 'warmup', 6);

setLogLevel('silent');
const dataDir = await mkdtemp(path.join(os.tmpdir(), 'api-overhead-bench-'));
const env = {
  DATA_DIR: dataDir,
  LOG_LEVEL: 'error',
  ADMIN_EMAIL: BENCH_ADMIN.email,
  ADMIN_PASSWORD: BENCH_ADMIN.password,
};
const config = loadConfig(env);
const seeded = await seedActs(config, ACTS, 1);
const platform = await startSourcePlatform({
  ...env,
  NODE_ENV: 'production',
});
await platform.healthy();
const { login } = await gql<{ login: { token: string } }>(
  platform.url,
  'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
  { e: BENCH_ADMIN.email, p: BENCH_ADMIN.password },
);
const load = os.loadavg()[0]!;
const r = await compareActsPage({
  platformUrl: platform.url,
  sqlitePath: config.database.kind === 'sqlite' ? config.database.path : '',
  token: login.token,
  siren: seeded.sirens[0]!,
  platformPid: platform.child.pid,
  conns: CONNS,
  seconds: SECONDS,
  rounds: ROUNDS,
  warmup: WARMUP,
});
process.stdout.write(
  [
    `acts page (20 rows of ${ACTS} acts in one organisation), ${CONNS} clients, ${SECONDS} s each side in ${ROUNDS} alternating rounds after ${WARMUP} s of warm-up each; load average ${load.toFixed(1)} → ${os.loadavg()[0]!.toFixed(1)}`,
    `  GraphQL (staff session, full stack): ${r.graphql.rps.toFixed(0)} requests/s (${r.graphql.failed} failed), ${r.graphql.cpuMs.toFixed(2)} ms of main-thread CPU per request`,
    `  bare node:http + libsql, same two statements: ${r.bare.rps.toFixed(0)} requests/s (${r.bare.failed} failed), ${r.bare.cpuMs.toFixed(2)} ms of CPU per request`,
    `  ratio ${r.ratio.toFixed(2)} (target ≥ 0.5); CPU ratio (bare CPU / GraphQL CPU per request) ${r.cpuRatio.toFixed(2)}`,
  ].join('\n') + '\n',
);
await platform.stop();
process.exit(0);
