/**
 * Ingestion through the whole platform (on demand, not a test): N complete zips are renamed at
 * once into DEPOSIT_DIR and a worker process (watcher → deposit.ingest jobs → act, then
 * projection and PDF-text jobs, OCR in the background) handles them with the default settings.
 * Prints, from the first complete file: deposits/s until the last deposit is DONE, until the last
 * act is searchable (in the staff index and, when published, in the public one), the time until
 * the intake's follow-up jobs are drained, and beside them the floor measured in the same run on
 * the same bytes (unzip + SHA-256 on one thread). OCR and dataset files are background work:
 * their backlog is printed, not waited for (`--drain-all` waits for them too).
 *
 *   node scripts/bench.mjs platform-ingest-bench [--deposits 300] [--pdf-kb 200] [--drain-all]
 */
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rename } from 'node:fs/promises';
import os from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import path from 'node:path';
import { loadConfig, setLogLevel } from '@opendata/api';
import { readZipEntries } from '@opendata/api/testing';
import { startPlatform } from '@opendata/worker/platform';
import { mainThreadCpuMs, numberArg, writeBenchDeposits } from './bench-deposits.js';

const args = process.argv.slice(2);
const N = numberArg(args, 'deposits', 300);
const PDF_KB = numberArg(args, 'pdf-kb', 200);
const DRAIN_ALL = args.includes('--drain-all');
/** Background jobs: not part of intake (OCR of scans, the dataset files' debounced refresh). */
const BACKGROUND = ['document.ocr', 'dataset.export'];

// BENCH_LOG=info: the worker's own log lines too (each deposit batch with its size and duration…).
setLogLevel(process.env.BENCH_LOG === 'info' ? 'info' : 'error');
const dir = await mkdtemp(path.join(os.tmpdir(), 'platform-ingest-bench-'));
// DEPOSIT_PREP_THREADS from the environment (0: zips prepared on the event loop) is honoured.
const config = loadConfig({
  DATA_DIR: dir,
  LOG_LEVEL: 'error',
  DEPOSIT_PREP_THREADS: process.env.DEPOSIT_PREP_THREADS,
});
const platform = await startPlatform(config, { api: false, worker: true });
const { orm } = platform.runtime.components;
const search = platform.runtime.components.search!;
const staffSearch = platform.runtime.components.staffSearch!;
const conn = orm.em.getConnection();
const count = async (sql: string) => Number(((await conn.execute(sql)) as { n: number }[])[0]!.n);
// The deposits' authority publishes its open data: its acts go to the public index too.
const em = orm.em.fork();
em.create(
  'Organization' as never,
  {
    siren: '213502388',
    name: 'Commune du banc d’essai',
    openDataActive: true,
  } as never,
);
await em.flush();
const PUBLIC_ACTS = `select count(*) as n from acts a join organizations o on o.id = a.organization_id where a.status = 'PUBLISHED' and a.hidden = 0 and a.deleted_at is null and o.open_data_active = 1 and a.nature <> 'INDIVIDUAL'`;

// Written beside the watched folder one at a time, then renamed in together (complete files, one
// burst); never all in memory, so that the RSS printed is the platform's.
const staging = path.join(dir, 'staging');
await mkdir(staging, { recursive: true });
await writeBenchDeposits(N, PDF_KB, staging, 'p');

// The floor, same bytes, same run, one thread: what reading the deposits costs at the least.
let floorS = 0;
for (let i = 0; i < N; i++) {
  const zip = await readFile(path.join(staging, `p${i}.zip`));
  const t = performance.now();
  createHash('sha256').update(zip).digest('hex');
  await readZipEntries(zip);
  floorS += (performance.now() - t) / 1000;
}
await new Promise((r) => setTimeout(r, 1000));
const restRss = process.memoryUsage.rss();
let peakRss = restRss;

const loopDelay = monitorEventLoopDelay({ resolution: 10 });
loopDelay.enable();
const cpu0 = process.cpuUsage();
const main0 = mainThreadCpuMs();
const t0 = performance.now();
await Promise.all(
  Array.from({ length: N }, (_, i) =>
    rename(path.join(staging, `p${i}.zip`), path.join(config.depositDir, `p${i}.zip`)),
  ),
);
let doneAt = 0;
let searchableAt = 0;
let firstAt = 0;
let firstCount = 0;
let lastTick = 0;
const background = BACKGROUND.map((n) => `'${n}'`).join(', ');
for (;;) {
  await new Promise((r) => setTimeout(r, 50));
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
  if (process.env.BENCH_TIMELINE && performance.now() - lastTick > 1000) {
    lastTick = performance.now();
    const rows = await conn.execute(
      `select name, count(*) as n, sum(case when locked_at is not null then 1 else 0 end) as locked, sum(case when next_run_at is null then 1 else 0 end) as finished from agenda_jobs group by name`,
    );
    const d = await count(`select count(*) as n from deposits where status = 'DONE'`);
    process.stdout.write(
      `${((lastTick - t0) / 1000).toFixed(1)} s done=${d} staff=${await staffSearch.count()} public=${await search.count()} ${JSON.stringify(rows)}\n`,
    );
  }
  const settled = await count(
    `select count(*) as n from deposits where status in ('DONE', 'FAILED')`,
  );
  if (!firstAt && settled > 0) {
    firstAt = performance.now();
    firstCount = settled;
  }
  if (!doneAt && settled >= N) {
    doneAt = performance.now();
  }
  if (doneAt && !searchableAt) {
    const publicActs = await count(PUBLIC_ACTS);
    if ((await staffSearch.count()) >= N && (await search.count()) >= publicActs) {
      searchableAt = performance.now();
    }
  }
  const pending = await count(
    `select count(*) as n from agenda_jobs where repeat_interval is null and (next_run_at is not null or locked_at is not null)${DRAIN_ALL ? '' : ` and name not in (${background})`}`,
  );
  if (searchableAt && pending === 0) {
    break;
  }
  if (performance.now() - t0 > 30 * 60_000) {
    throw new Error('timed out');
  }
}
const drainedAt = performance.now();
loopDelay.disable();
const cpu = process.cpuUsage(cpu0);
const mainMs = main0 === null ? null : mainThreadCpuMs()! - main0;
const failed = await count(`select count(*) as n from deposits where status = 'FAILED'`);
const text = await count(`select count(*) as n from documents where extracted_text is not null`);
const backlog = await conn.execute(
  `select name, count(*) as n from agenda_jobs where repeat_interval is null and (next_run_at is not null or locked_at is not null) group by name`,
);
const s = (at: number) => (at - t0) / 1000;
process.stdout.write(
  [
    `deposits: ${N} (3 PDFs of ${PDF_KB} KB each), ${failed} failed, ${await count(PUBLIC_ACTS)} acts public`,
    `floor, same bytes, one thread (unzip + SHA-256): ${(N / floorS).toFixed(1)} deposits/s (${floorS.toFixed(1)} s)`,
    `from the first complete file: all DONE after ${s(doneAt).toFixed(1)} s (${(N / s(doneAt)).toFixed(1)} deposits/s), all searchable after ${s(searchableAt).toFixed(1)} s: ${(N / s(searchableAt)).toFixed(1)} deposits/s, ${(N / s(searchableAt) / (N / floorS)).toFixed(2)}× the floor`,
    `first deposit settled after ${s(firstAt).toFixed(1)} s; from then to the last: ${((N - firstCount) / Math.max(0.001, (doneAt - firstAt) / 1000)).toFixed(1)} deposits/s`,
    `intake's follow-up jobs drained after ${s(drainedAt).toFixed(1)} s (search projection, PDF text of ${text} documents); background left: ${JSON.stringify(backlog)}`,
    `CPU time of the platform process (all threads) until drained: ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s (${(cpu.system / 1e6).toFixed(1)} s in the kernel) for ${s(drainedAt).toFixed(1)} s of wall time`,
    `CPU per deposit: ${((cpu.user + cpu.system) / 1000 / N).toFixed(1)} ms (all threads, PDF text and OCR included)${mainMs === null ? '' : `, ${(mainMs / N).toFixed(1)} ms on the event loop (the bench's polling included)`}`,
    `event loop delay during the burst: p50 ${(loopDelay.percentile(50) / 1e6).toFixed(0)} ms, p99 ${(loopDelay.percentile(99) / 1e6).toFixed(0)} ms, max ${(loopDelay.max / 1e6).toFixed(0)} ms`,
    `RSS: ${(restRss / 1048576).toFixed(0)} MB at rest before the burst (zips on disk, not in memory), peak ${(peakRss / 1048576).toFixed(0)} MB during it; load average ${os.loadavg()[0]!.toFixed(1)}`,
  ].join('\n') + '\n',
);
const stopT = performance.now();
await platform.stop();
process.stdout.write(`platform stopped in ${((performance.now() - stopT) / 1000).toFixed(1)} s\n`);
// agenda leaves a lock-renewal timer (half the lock lifetime) behind its last job: exit now.
process.exit(0);
