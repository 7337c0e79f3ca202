/**
 * Ingestion benchmark (on demand, not a test): deposits/s of the real ingestion service
 * (read once, SHA-256, strict parse, safe unzip, content-addressed store with fsync, act +
 * documents in SQLite, events and follow-up jobs queued; search index and PDF text are later jobs)
 * beside the floor of unzip + SHA-256 of the same bytes.
 *
 * A worker is a long-running process: the first `--warmup` deposits (JIT compilation, first
 * folders of the store) are timed apart, for the floor and for the ingestion alike, and the
 * figures that follow are those of a warm process.
 *
 *   node scripts/bench.mjs ingest-bench [--deposits 300] [--warmup 64] [--batch 32] [--pdf-kb 200] [--db sqlite|mysql|both] [--rounds 3]
 *
 * `--db mysql`: acts in the MariaDB of `.ci/run` (127.0.0.1:3306, started when it does not
 * answer), in a database of the bench's own (`ingest_bench`, dropped first; `--mysql-url` to name
 * another). `--db both`: the same deposits into SQLite and into MariaDB, each with its own data
 * folder, in alternating rounds (the machine's load weighs on both alike), and the ratio.
 */
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  createApiRuntime,
  loadConfig,
  setLogLevel,
  createServices,
  systemViewer,
} from '@opendata/api';
import { readZipEntries } from '@opendata/api/testing';
import { benchDeposits, mainThreadCpuMs, numberArg } from './bench-deposits.js';
import { benchMysqlUrl } from './mariadb-server.js';

const args = process.argv.slice(2);
const N = numberArg(args, 'deposits', 300);
const WARMUP = numberArg(args, 'warmup', 64);
const PDF_KB = numberArg(args, 'pdf-kb', 200);
const CONCURRENCY = numberArg(args, 'concurrency', 1); // more than 1: batches may race to create the same organisation
const BATCH = numberArg(args, 'batch', 32);
const dbArg = args.indexOf('--db') >= 0 ? args[args.indexOf('--db') + 1] : 'sqlite';
const DBS = dbArg === 'both' ? ['sqlite', 'mysql'] : [dbArg];
if (!DBS.every((d) => d === 'sqlite' || d === 'mysql')) {
  throw new Error('--db sqlite|mysql|both');
}
const ROUNDS = numberArg(args, 'rounds', DBS.length > 1 ? 3 : 1);

setLogLevel('error');
const mysqlUrl = DBS.includes('mysql') ? await benchMysqlUrl(args, 'ingest_bench') : undefined;

/** A platform of its own per database: data folder, runtime, deposits waiting in its folder. */
async function target(db: string) {
  const dir = await mkdtemp(path.join(os.tmpdir(), `ingest-bench-${db}-`));
  // DEPOSIT_PREP_THREADS from the environment (0: zips prepared on the event loop) is honoured.
  const config = loadConfig({
    DATA_DIR: dir,
    LOG_LEVEL: 'error',
    DEPOSIT_PREP_THREADS: process.env.DEPOSIT_PREP_THREADS,
    DATABASE_URL: db === 'mysql' ? mysqlUrl : undefined,
  });
  const runtime = await createApiRuntime(config, { relay: false });
  // As a worker process does at start: the deposit preparation threads load their code.
  runtime.components.depositPrep.start();
  return { db, config, runtime, paths: [] as string[] };
}
const targets = [];
for (const db of DBS) {
  targets.push(await target(db));
}

const zips = await benchDeposits(WARMUP + N, PDF_KB);
const totalMb = zips.slice(WARMUP).reduce((s, z) => s + z.length, 0) / 1024 / 1024;

interface Timing {
  count: number;
  s: number;
  perS: number;
  cpuMs: number;
  mainMs: number | null;
}

/** Runs `work` and returns its rate over `count` deposits and its CPU time per deposit. */
async function timed(count: number, work: () => Promise<void>): Promise<Timing> {
  const cpu = process.cpuUsage();
  const main = mainThreadCpuMs();
  const t = performance.now();
  await work();
  const s = (performance.now() - t) / 1000;
  const used = process.cpuUsage(cpu);
  const mainAfter = mainThreadCpuMs();
  return {
    count,
    s,
    perS: count / s,
    cpuMs: (used.user + used.system) / 1000 / count,
    mainMs: main === null || mainAfter === null ? null : (mainAfter - main) / count,
  };
}

// Floor: unzip + SHA-256 of every entry and of the zip.
const floor = async (list: Buffer[]) => {
  for (const zip of list) {
    createHash('sha256').update(zip).digest('hex');
    await readZipEntries(zip);
  }
};
const floorCold = await timed(WARMUP, () => floor(zips.slice(0, WARMUP)));
const floorWarm = await timed(N, () => floor(zips.slice(WARMUP)));

// The real ingestion, in batches as a worker runs them (CONCURRENCY batches at a time).
type Target = (typeof targets)[number];
for (const t of targets) {
  const incoming = t.config.depositDir;
  await mkdir(incoming, { recursive: true });
  for (const [i, zip] of zips.entries()) {
    const p = path.join(incoming, `b${i}.zip`);
    await writeFile(p, zip);
    t.paths.push(p);
  }
}
const ingest = async (t: Target, list: string[]) => {
  const queue = [...list];
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let batch = queue.splice(0, BATCH); batch.length; batch = queue.splice(0, BATCH)) {
        const em = t.runtime.components.orm.em.fork();
        const services = createServices(em, t.runtime.components, systemViewer('bench'));
        const outcomes = await services.depositIngest.ingestBatch(batch.map((p) => ({ path: p })));
        for (const [i, r] of outcomes.entries()) {
          if (r.status !== 'done') {
            throw new Error(`deposit ${batch[i]}: ${r.status} ${r.detail}`);
          }
        }
      }
    }),
  );
};
const cold = new Map<Target, Timing>();
for (const t of targets) {
  cold.set(t, await timed(WARMUP, () => ingest(t, t.paths.slice(0, WARMUP))));
}
// Warm: ROUNDS rounds, each database in turn on its share of the deposits.
const warm = new Map<Target, Timing[]>(targets.map((t) => [t, []]));
for (let r = 0; r < ROUNDS; r++) {
  const from = WARMUP + Math.floor((N * r) / ROUNDS);
  const to = WARMUP + Math.floor((N * (r + 1)) / ROUNDS);
  for (const t of r % 2 === 0 ? targets : [...targets].reverse()) {
    warm.get(t)!.push(await timed(to - from, () => ingest(t, t.paths.slice(from, to))));
  }
}
/** The rounds as one: total deposits over total time, CPU per deposit weighted alike. */
const total = (list: Timing[]): Timing => {
  const sum = (f: (t: Timing) => number) => list.reduce((acc, t) => acc + f(t), 0);
  const count = sum((t) => t.count);
  const s = sum((t) => t.s);
  return {
    count,
    s,
    perS: count / s,
    cpuMs: sum((t) => t.cpuMs * t.count) / count,
    mainMs: list.some((t) => t.mainMs === null) ? null : sum((t) => t.mainMs! * t.count) / count,
  };
};

const rate = (t: Timing) =>
  `${t.perS.toFixed(1)} deposits/s, ${t.cpuMs.toFixed(1)} ms of CPU per deposit` +
  (t.mainMs === null ? '' : ` (${t.mainMs.toFixed(1)} ms on the main thread)`);
const lines = [
  `deposits: ${N}${WARMUP > 0 ? ` after ${WARMUP} of warm-up` : ' (cold process: no warm-up)'} (3 PDFs each, ${(totalMb / N).toFixed(2)} MB per zip, ${totalMb.toFixed(1)} MB in all)`,
  `floor (unzip + SHA-256): ${rate(floorWarm)}`,
];
const byDb = new Map<string, Timing>();
for (const t of targets) {
  const all = total(warm.get(t)!);
  byDb.set(t.db, all);
  const processed = (await readdir(path.join(path.dirname(t.config.depositDir), 'processed')))
    .length;
  lines.push(
    `ingestion on ${t.db} (hash, parse, safe unzip, store, acts in the database; batches of ${BATCH}, ${CONCURRENCY} at a time): ${rate(all)}; ${(all.perS / floorWarm.perS).toFixed(2)}× the floor's rate` +
      (ROUNDS > 1
        ? `; rounds: ${warm
            .get(t)!
            .map((x) => x.perS.toFixed(1))
            .join(', ')}/s`
        : ''),
    ...(WARMUP > 0
      ? [
          `  first ${WARMUP} deposits after start (cold): floor ${floorCold.perS.toFixed(1)}/s, ingestion ${cold.get(t)!.perS.toFixed(1)}/s`,
        ]
      : []),
    `  ${processed} zips processed (PDF text is a later job)`,
  );
}
if (byDb.size === 2) {
  lines.push(
    `MariaDB / SQLite: ${(byDb.get('sqlite')!.perS / byDb.get('mysql')!.perS).toFixed(2)}× the time per deposit`,
  );
}
lines.push(
  `peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB; load average ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
process.stdout.write(lines.join('\n') + '\n');
for (const t of targets) {
  await t.runtime.close();
}
