/**
 * The built all-in-one platform (`packages/worker/dist/all-in-one.js`, what `npm start` runs;
 * `pnpm run build` first) as a child process on a new data folder (on demand, not a test): its
 * RSS at rest 20 s after `/healthz` answers, then N complete zips renamed at once into its
 * `DEPOSIT_DIR` (the same deposits as the ingestion benches): seconds until the last zip is
 * settled (moved out of the spool), beside the floor of unzip + SHA-256 of the same bytes on one
 * thread in the same run, the peak RSS during the burst (sampled every 100 ms from /proc) and
 * the RSS 30 s after the last zip.
 *
 *   node scripts/bench.mjs platform-rss-bench [--deposits 1000] [--pdf-kb 200]
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rename } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readZipEntries } from '@opendata/api/testing';
import { numberArg, writeBenchDeposits } from './bench-deposits.js';

const args = process.argv.slice(2);
const N = numberArg(args, 'deposits', 1000);
const PDF_KB = numberArg(args, 'pdf-kb', 200);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = await mkdtemp(path.join(os.tmpdir(), 'platform-rss-bench-'));
const port = 39_000 + Math.floor(Math.random() * 1000);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const staging = path.join(dataDir, 'staging');
await mkdir(staging, { recursive: true });
await writeBenchDeposits(N, PDF_KB, staging, 'p');
let floorS = 0;
for (let i = 0; i < N; i++) {
  const zip = await readFile(path.join(staging, `p${i}.zip`));
  const t = performance.now();
  createHash('sha256').update(zip).digest('hex');
  await readZipEntries(zip);
  floorS += (performance.now() - t) / 1000;
}

const child = spawn(process.execPath, [path.join(root, 'packages/worker/dist/all-in-one.js')], {
  env: {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'error',
    ADMIN_EMAIL: 'bench@example.org',
    ADMIN_PASSWORD: 'bench-password-1234',
  },
  stdio: ['ignore', 'inherit', 'inherit'],
});
const rssMb = () => {
  try {
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
  } catch {
    return 0;
  }
};
for (;;) {
  const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then(
    (r) => r.ok,
    () => false,
  );
  if (ok) {
    break;
  }
  await sleep(200);
}
await sleep(20_000);
const restMb = rssMb();

const processed = path.join(dataDir, 'deposits', 'processed');
const settled = async (): Promise<number> =>
  (await readdir(processed, { recursive: true, withFileTypes: true }).catch(() => [])).filter((e) =>
    e.isFile(),
  ).length;
const t0 = performance.now();
await Promise.all(
  Array.from({ length: N }, (_, i) =>
    rename(
      path.join(staging, `p${i}.zip`),
      path.join(dataDir, 'deposits', 'incoming', `p${i}.zip`),
    ),
  ),
);
let peakMb = restMb;
let doneAt = 0;
for (;;) {
  peakMb = Math.max(peakMb, rssMb());
  await sleep(100);
  if (!doneAt && (await settled()) >= N) {
    doneAt = performance.now();
  }
  if ((doneAt && performance.now() - doneAt > 30_000) || performance.now() - t0 > 30 * 60_000) {
    break;
  }
}
const afterMb = rssMb();
const s = (doneAt - t0) / 1000;
process.stdout.write(
  [
    `built all-in-one platform, ${N} deposits (3 PDFs of ${PDF_KB} KB each)`,
    `RSS at rest: ${restMb.toFixed(0)} MB (new data folder, 20 s after /healthz answered)`,
    `burst: last zip settled after ${s.toFixed(1)} s (${(N / s).toFixed(1)} deposits/s); floor, same bytes, one thread (unzip + SHA-256): ${(N / floorS).toFixed(1)} deposits/s`,
    `RSS peak during the burst: ${peakMb.toFixed(0)} MB; 30 s after the last zip: ${afterMb.toFixed(0)} MB; load average ${os.loadavg()[0]!.toFixed(1)}`,
  ].join('\n') + '\n',
);
child.kill('SIGTERM');
await sleep(3000);
process.exit(0);
