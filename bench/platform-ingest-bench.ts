/**
 * Ingestion through the whole platform (on demand, not a test): N zips land in DEPOSIT_DIR at
 * once and a worker process (watcher → deposit.ingest jobs → act, then projection and PDF-text
 * jobs) handles them with the default settings. Prints deposits/s until the last deposit is DONE,
 * and the time until the follow-up jobs (search projection, PDF text) are drained too.
 *
 *   node --conditions=source --import tsx bench/platform-ingest-bench.ts [--deposits 300] [--pdf-kb 200]
 */
import { mkdir, mkdtemp, rename, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, setLogLevel } from '@opendata/api';
import { startPlatform } from '@opendata/worker/platform';
import { benchDeposits, numberArg } from './bench-deposits.js';

const args = process.argv.slice(2);
const N = numberArg(args, 'deposits', 300);
const PDF_KB = numberArg(args, 'pdf-kb', 200);

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
const conn = platform.runtime.components.orm.em.getConnection();
const count = async (sql: string) => Number(((await conn.execute(sql)) as { n: number }[])[0]!.n);

// Written beside the watched folder, then renamed in together (complete files, one burst).
const zips = await benchDeposits(N, PDF_KB);
const staging = path.join(dir, 'staging');
await mkdir(staging, { recursive: true });
await Promise.all(zips.map((zip, i) => writeFile(path.join(staging, `p${i}.zip`), zip)));

const t0 = performance.now();
await Promise.all(
  zips.map((_, i) =>
    rename(path.join(staging, `p${i}.zip`), path.join(config.depositDir, `p${i}.zip`)),
  ),
);
let doneAt = 0;
let firstAt = 0;
let firstCount = 0;
let lastTick = 0;
for (;;) {
  await new Promise((r) => setTimeout(r, 50));
  if (process.env.BENCH_TIMELINE && performance.now() - lastTick > 1000) {
    lastTick = performance.now();
    const rows = await conn.execute(
      `select name, count(*) as n, sum(case when locked_at is not null then 1 else 0 end) as locked, sum(case when next_run_at is null then 1 else 0 end) as finished from agenda_jobs group by name`,
    );
    const d = await count(`select count(*) as n from deposits where status = 'DONE'`);
    process.stdout.write(
      `${((lastTick - t0) / 1000).toFixed(1)} s done=${d} ${JSON.stringify(rows)}\n`,
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
  const pending = await count(
    'select count(*) as n from agenda_jobs where repeat_interval is null and (next_run_at is not null or locked_at is not null)',
  );
  if (doneAt && pending === 0) {
    break;
  }
  if (performance.now() - t0 > 30 * 60_000) {
    throw new Error('timed out');
  }
}
const drainedAt = performance.now();
const failed = await count(`select count(*) as n from deposits where status = 'FAILED'`);
const text = await count(`select count(*) as n from documents where extracted_text is not null`);
process.stdout.write(
  [
    `deposits: ${N} (3 PDFs of ${PDF_KB} KB each), ${failed} failed`,
    `all deposits DONE after ${((doneAt - t0) / 1000).toFixed(1)} s: ${(N / ((doneAt - t0) / 1000)).toFixed(1)} deposits/s (watcher stability wait included)`,
    `first deposit settled after ${((firstAt - t0) / 1000).toFixed(1)} s; from then to the last: ${((N - firstCount) / Math.max(0.001, (doneAt - firstAt) / 1000)).toFixed(1)} deposits/s`,
    `follow-up jobs drained after ${((drainedAt - t0) / 1000).toFixed(1)} s (search projection, PDF text of ${text} documents)`,
    `peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
  ].join('\n') + '\n',
);
const stopT = performance.now();
await platform.stop();
process.stdout.write(`platform stopped in ${((performance.now() - stopT) / 1000).toFixed(1)} s\n`);
// agenda leaves a lock-renewal timer (half the lock lifetime) behind its last job: exit now.
process.exit(0);
