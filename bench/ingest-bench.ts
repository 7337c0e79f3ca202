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
 *   npx tsx --tsconfig packages/api/tsconfig.json bench/ingest-bench.ts [--deposits 300] [--warmup 64] [--batch 32] [--pdf-kb 200]
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

const args = process.argv.slice(2);
const N = numberArg(args, 'deposits', 300);
const WARMUP = numberArg(args, 'warmup', 64);
const PDF_KB = numberArg(args, 'pdf-kb', 200);
const CONCURRENCY = numberArg(args, 'concurrency', 1); // more than 1: batches may race to create the same organisation
const BATCH = numberArg(args, 'batch', 32);

setLogLevel('error');
const dir = await mkdtemp(path.join(os.tmpdir(), 'ingest-bench-'));
// DEPOSIT_PREP_THREADS from the environment (0: zips prepared on the event loop) is honoured.
const config = loadConfig({
  DATA_DIR: dir,
  LOG_LEVEL: 'error',
  DEPOSIT_PREP_THREADS: process.env.DEPOSIT_PREP_THREADS,
});
const runtime = await createApiRuntime(config, { relay: false });
// As a worker process does at start: the deposit preparation threads load their code.
runtime.components.depositPrep.start();

const zips = await benchDeposits(WARMUP + N, PDF_KB);
const totalMb = zips.slice(WARMUP).reduce((s, z) => s + z.length, 0) / 1024 / 1024;

interface Timing {
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
const incoming = config.depositDir;
await mkdir(incoming, { recursive: true });
const paths: string[] = [];
for (const [i, zip] of zips.entries()) {
  const p = path.join(incoming, `b${i}.zip`);
  await writeFile(p, zip);
  paths.push(p);
}
const ingest = async (list: string[]) => {
  const queue = [...list];
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let batch = queue.splice(0, BATCH); batch.length; batch = queue.splice(0, BATCH)) {
        const em = runtime.components.orm.em.fork();
        const services = createServices(em, runtime.components, systemViewer('bench'));
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
const ingestCold = await timed(WARMUP, () => ingest(paths.slice(0, WARMUP)));
const ingestWarm = await timed(N, () => ingest(paths.slice(WARMUP)));
const processed = (await readdir(path.join(path.dirname(incoming), 'processed'))).length;

const rate = (t: Timing) =>
  `${t.perS.toFixed(1)} deposits/s, ${t.cpuMs.toFixed(1)} ms of CPU per deposit` +
  (t.mainMs === null ? '' : ` (${t.mainMs.toFixed(1)} ms on the main thread)`);
process.stdout.write(
  [
    `deposits: ${N}${WARMUP > 0 ? ` after ${WARMUP} of warm-up` : ' (cold process: no warm-up)'} (3 PDFs each, ${(totalMb / N).toFixed(2)} MB per zip, ${totalMb.toFixed(1)} MB in all)`,
    `floor (unzip + SHA-256): ${rate(floorWarm)}`,
    `ingestion (hash, parse, safe unzip, store, act in SQLite; batches of ${BATCH}, ${CONCURRENCY} at a time): ${rate(ingestWarm)}; ${(ingestWarm.perS / floorWarm.perS).toFixed(2)}× the floor's rate`,
    ...(WARMUP > 0
      ? [
          `first ${WARMUP} deposits after start (cold): floor ${floorCold.perS.toFixed(1)}/s, ingestion ${ingestCold.perS.toFixed(1)}/s`,
        ]
      : []),
    `${processed} zips processed (PDF text is a later job); peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
  ].join('\n') + '\n',
);
await runtime.close();
