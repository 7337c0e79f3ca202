/**
 * kill -9 of the platform at random points while it ingests N deposits, K times (on demand, not
 * a test): every deposit must end DONE or FAILED exactly once, no act twice, no orphan file.
 *
 *   node scripts/bench.mjs kill9-bench [--deposits 1000] [--kills 5] [--pdf-kb 4] [--seed 1]
 *
 * The platform runs from its sources as a child process (all-in-one, embedded SQLite) with a
 * short job lock (JOBS_LOCK_LIFETIME_MS=10000: a killed run's locks expire in 10 s instead of
 * 5 min, and its jobs run again). It is killed with SIGKILL when a random share (5–90 %) of the
 * deposits is settled, plus a random delay of up to 1 s, then started again at once on the same
 * data directory.
 */
import { mkdir, mkdtemp, rename, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { initOrm, loadConfig, setLogLevel } from '@opendata/api';
import { benchDeposits, numberArg } from './bench-deposits.js';
import { filesUnder, startSourcePlatform, type SourcePlatform } from './source-platform.js';

const args = process.argv.slice(2);
const N = numberArg(args, 'deposits', 1000);
const KILLS = numberArg(args, 'kills', 5);
const PDF_KB = numberArg(args, 'pdf-kb', 4);
let seed = numberArg(args, 'seed', 1);
const random = () => {
  // mulberry32: the kill points are reproducible with --seed.
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

setLogLevel('error');
const dataDir = await mkdtemp(path.join(os.tmpdir(), 'kill9-bench-'));
const env = {
  DATA_DIR: dataDir,
  JOBS_LOCK_LIFETIME_MS: '10000',
  JOBS_PROCESS_EVERY_MS: '250',
};
const config = loadConfig(env);
let platform: SourcePlatform = await startSourcePlatform(env);
await platform.healthy();
const orm = await initOrm(config.database);
const conn = orm.em.getConnection();
const count = async (sql: string) => Number(((await conn.execute(sql)) as { n: number }[])[0]!.n);
const settledCount = () =>
  count(`select count(*) as n from deposits where status in ('DONE', 'FAILED')`);

const zips = await benchDeposits(N, PDF_KB);
const staging = path.join(dataDir, 'staging');
await mkdir(staging, { recursive: true });
await Promise.all(zips.map((zip, i) => writeFile(path.join(staging, `k${i}.zip`), zip)));
const t0 = performance.now();
await Promise.all(
  zips.map((_, i) =>
    rename(path.join(staging, `k${i}.zip`), path.join(config.depositDir, `k${i}.zip`)),
  ),
);

// Kill points: K random fractions of the deposits settled, each plus a random delay (0–1 s) so
// that the kill lands anywhere (unzipping, storing, committing, moving, follow-up jobs).
const targets = Array.from({ length: KILLS }, () => Math.floor((0.05 + random() * 0.85) * N)).sort(
  (a, b) => a - b,
);
const kills: string[] = [];
for (const [k, target] of targets.entries()) {
  while ((await settledCount()) < target) {
    await new Promise((r) => setTimeout(r, 100));
  }
  await new Promise((r) => setTimeout(r, random() * 1000));
  const before = await settledCount();
  await platform.kill9();
  kills.push(
    `kill ${k + 1} at ${((performance.now() - t0) / 1000).toFixed(1)} s: ${before}/${N} settled`,
  );
  process.stdout.write(`${kills.at(-1)}\n`);
  platform = await startSourcePlatform(env);
  await platform.healthy();
}

// Then until every deposit is settled and the follow-up jobs are drained.
for (;;) {
  await new Promise((r) => setTimeout(r, 500));
  const pending = await count(
    'select count(*) as n from agenda_jobs where repeat_interval is null and (next_run_at is not null or locked_at is not null)',
  );
  if ((await settledCount()) >= N && pending === 0) {
    break;
  }
  if (performance.now() - t0 > 60 * 60_000) {
    process.stdout.write(`timed out; platform log:\n${platform.log()}\n`);
    break;
  }
}
const totalS = (performance.now() - t0) / 1000;
await platform.stop();

const rows = async <T>(sql: string) => (await conn.execute(sql)) as T[];
const byStatus = await rows<{ status: string; n: number }>(
  'select status, count(*) as n from deposits group by status',
);
const perFile = await rows<{ n: number }>(
  'select count(*) as n from deposits group by file_name having count(*) > 1',
);
const duplicateActs = await rows<{ n: number }>(
  'select count(*) as n from acts group by organization_id, number, date having count(*) > 1',
);
const acts = await count('select count(*) as n from acts');
const doneWithoutAct = await count(
  `select count(*) as n from deposits where status = 'DONE' and act_id is null`,
);
const keys = new Set(
  (await rows<{ k: string }>('select distinct storage_key as k from documents')).map((r) => r.k),
);
const stored = (await filesUnder(path.join(dataDir, 'files'))).filter((f) =>
  f.startsWith('sha256'),
);
const temporaries = (await filesUnder(path.join(dataDir, 'files', '.tmp'))).length;
const orphans = stored.filter((f) => !keys.has(f.split(path.sep).join('/'))).length;
const storedSet = new Set(stored.map((f) => f.split(path.sep).join('/')));
const missing = [...keys].filter((k) => !storedSet.has(k)).length;
const layoutDir = path.dirname(config.depositDir);
const left = {
  incoming: (await filesUnder(config.depositDir)).length,
  queued: (await filesUnder(path.join(layoutDir, 'queued'))).length,
  processed: (await filesUnder(path.join(layoutDir, 'processed'))).length,
  quarantine: (await filesUnder(path.join(layoutDir, 'quarantine'))).length,
};
await orm.close(true);

process.stdout.write(
  [
    `deposits: ${N} (3 PDFs of ${PDF_KB} KB), kill -9 ×${KILLS}, all settled and drained in ${totalS.toFixed(1)} s`,
    `deposit rows by status: ${byStatus.map((r) => `${r.status}=${r.n}`).join(' ')}`,
    `files with more than one deposit row: ${perFile.length}`,
    `acts: ${acts}; (organisation, number, date) present twice: ${duplicateActs.length}; DONE deposits without an act: ${doneWithoutAct}`,
    `stored files: ${stored.length}, referenced by no document (orphans): ${orphans}, referenced but missing: ${missing}, temporaries left in files/.tmp: ${temporaries}`,
    `zips: incoming ${left.incoming}, queued ${left.queued}, processed ${left.processed}, quarantine ${left.quarantine}`,
  ].join('\n') + '\n',
);
process.exit(0);
