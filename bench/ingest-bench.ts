/**
 * Ingestion benchmark (on demand, not a test): deposits/s of the real ingestion service
 * (read once, SHA-256, strict parse, safe unzip, content-addressed store with fsync, act +
 * documents in SQLite, events and follow-up jobs queued; search index and PDF text are later jobs)
 * beside the floor of unzip + SHA-256 of the same bytes.
 *
 *   npx tsx --tsconfig packages/api/tsconfig.json bench/ingest-bench.ts [--deposits 300] [--pdf-kb 200]
 */
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createApiRuntime } from '../packages/api/src/app.js';
import { loadConfig } from '../packages/api/src/config.js';
import { readZipEntries } from '../packages/api/src/deposits/safe-unzip.js';
import { setLogLevel } from '../packages/api/src/logger.js';
import { createServices } from '../packages/api/src/services.js';
import { systemViewer } from '../packages/api/src/auth/viewer.js';
import { benchDeposits, numberArg } from './bench-deposits.js';

const args = process.argv.slice(2);
const N = numberArg(args, 'deposits', 300);
const PDF_KB = numberArg(args, 'pdf-kb', 200);
const CONCURRENCY = numberArg(args, 'concurrency', 1); // more than 1: batches may race to create the same organisation
const BATCH = numberArg(args, 'batch', 16);

setLogLevel('error');
const dir = await mkdtemp(path.join(os.tmpdir(), 'ingest-bench-'));
const config = loadConfig({ DATA_DIR: dir, LOG_LEVEL: 'error' });
const runtime = await createApiRuntime(config, { relay: false });

const zips = await benchDeposits(N, PDF_KB);
const totalMb = zips.reduce((s, z) => s + z.length, 0) / 1024 / 1024;

const cpuMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;
// Floor: unzip + SHA-256 of every entry and of the zip.
let cpu = process.cpuUsage();
let t = performance.now();
for (const zip of zips) {
  createHash('sha256').update(zip).digest('hex');
  await readZipEntries(zip);
}
const floorS = (performance.now() - t) / 1000;
const floorCpu = cpuMs(process.cpuUsage(cpu)) / N;

// The real ingestion, CONCURRENCY deposits at a time (as a worker process runs them).
const incoming = config.depositDir;
await mkdir(incoming, { recursive: true });
const paths: string[] = [];
for (const [i, zip] of zips.entries()) {
  const p = path.join(incoming, `b${i}.zip`);
  await writeFile(p, zip);
  paths.push(p);
}
cpu = process.cpuUsage();
t = performance.now();
const queue = [...paths];
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
const ingestS = (performance.now() - t) / 1000;
const ingestCpu = cpuMs(process.cpuUsage(cpu)) / N;
const processed = (await readdir(path.join(path.dirname(incoming), 'processed'))).length;

process.stdout.write(
  [
    `deposits: ${N} (3 PDFs each, ${(totalMb / N).toFixed(2)} MB per zip, ${totalMb.toFixed(1)} MB in all)`,
    `floor (unzip + SHA-256): ${(N / floorS).toFixed(1)} deposits/s, ${floorCpu.toFixed(1)} ms of CPU per deposit`,
    `ingestion (hash, parse, safe unzip, store, act in SQLite; batches of ${BATCH}, ${CONCURRENCY} at a time): ${(N / ingestS).toFixed(1)} deposits/s, ${ingestCpu.toFixed(1)} ms of CPU per deposit (${processed} processed; PDF text is a later job)`,
    `peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
  ].join('\n') + '\n',
);
await runtime.close();
