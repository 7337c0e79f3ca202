/**
 * The file store's disk full during ingestion (on demand, not a test; needs root to mount a
 * tmpfs): a clear error, no half-written file, recovery when space returns.
 *
 *   node scripts/bench.mjs disk-full-bench [--deposits 20] [--pdf-kb 200] [--size-kb 1500] [--full-s 20]
 *
 * DATA_DIR/files is a real tmpfs of --size-kb (a real ENOSPC from the kernel, not a simulated
 * one); the platform (api + worker, embedded SQLite) runs in this process. The deposits are
 * dropped at once; after --full-s seconds the tmpfs is grown to 256 MB (`mount -o remount`) and
 * the bench waits until every deposit is settled.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rename, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, setLogLevel } from '@opendata/api';
import { startPlatform } from '@opendata/worker/platform';
import { benchDeposits, numberArg } from './bench-deposits.js';
import { filesUnder } from './source-platform.js';

const args = process.argv.slice(2);
const N = numberArg(args, 'deposits', 20);
const PDF_KB = numberArg(args, 'pdf-kb', 200);
const SIZE_KB = numberArg(args, 'size-kb', 1500);
const FULL_S = numberArg(args, 'full-s', 20);

setLogLevel('silent');
const dataDir = await mkdtemp(path.join(os.tmpdir(), 'disk-full-bench-'));
const filesDir = path.join(dataDir, 'files');
await mkdir(filesDir, { recursive: true });
try {
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${SIZE_KB}k`, 'tmpfs', filesDir]);
} catch (err) {
  process.stderr.write(`cannot mount a tmpfs (root needed): ${(err as Error).message}\n`);
  process.exit(2);
}
let mounted = true;
const unmount = () => {
  if (!mounted) {
    return;
  }
  mounted = false;
  try {
    execFileSync('umount', [filesDir]);
  } catch {
    // already unmounted
  }
};
process.on('exit', unmount);

const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', JOBS_PROCESS_EVERY_MS: '250' });
const platform = await startPlatform(config, { api: true, worker: true });
const url = `http://127.0.0.1:${platform.server!.port}`;
const conn = platform.runtime.components.orm.em.getConnection();
const rows = async <T>(sql: string) => (await conn.execute(sql)) as T[];
const count = async (sql: string) => Number((await rows<{ n: number }>(sql))[0]!.n);
const settled = () =>
  count(`select count(*) as n from deposits where status in ('DONE', 'FAILED')`);

const zips = await benchDeposits(N, PDF_KB);
const staging = path.join(dataDir, 'staging');
await mkdir(staging, { recursive: true });
await Promise.all(zips.map((zip, i) => writeFile(path.join(staging, `f${i}.zip`), zip)));
const t0 = performance.now();
await Promise.all(
  zips.map((_, i) =>
    rename(path.join(staging, `f${i}.zip`), path.join(config.depositDir, `f${i}.zip`)),
  ),
);
const healths = new Map<string, number>();
let maxTemporaries = 0;
while (performance.now() - t0 < FULL_S * 1000) {
  await new Promise((r) => setTimeout(r, 500));
  const res = await fetch(`${url}/healthz`);
  const body = (await res.json()) as { components: { files?: { ok: boolean; detail?: string } } };
  const key = `${res.status} files ${body.components.files?.ok ? 'ok' : `down (${body.components.files?.detail})`}`;
  healths.set(key, (healths.get(key) ?? 0) + 1);
  maxTemporaries = Math.max(maxTemporaries, (await filesUnder(path.join(filesDir, '.tmp'))).length);
}
const during = await rows<{ status: string; n: number }>(
  'select status, count(*) as n from deposits group by status',
);
const reasons = await rows<{ name: string; reason: string; n: number }>(
  `select name, fail_reason as reason, count(*) as n from agenda_jobs where fail_reason is not null group by name, fail_reason`,
);
const df = execFileSync('df', ['-k', filesDir], { encoding: 'utf8' }).trim().split('\n').at(-1);
const temporariesWhenFull = (await filesUnder(path.join(filesDir, '.tmp'))).length;

execFileSync('mount', ['-o', 'remount,size=256m', filesDir]);
const t1 = performance.now();
while ((await settled()) < N && performance.now() - t1 < 10 * 60_000) {
  await new Promise((r) => setTimeout(r, 250));
}
const recoveredS = (performance.now() - t1) / 1000;
const after = await rows<{ status: string; n: number }>(
  'select status, count(*) as n from deposits group by status',
);
const keys = new Set(
  (await rows<{ k: string }>('select distinct storage_key as k from documents')).map((r) => r.k),
);
const stored = (await filesUnder(filesDir)).filter((f) => f.startsWith('sha256'));
const orphans = stored.filter((f) => !keys.has(f.split(path.sep).join('/'))).length;
const { createHash } = await import('node:crypto');
const { readFile } = await import('node:fs/promises');
let corrupt = 0;
for (const f of stored) {
  const hash = createHash('sha256')
    .update(await readFile(path.join(filesDir, f)))
    .digest('hex');
  if (!f.endsWith(hash)) {
    corrupt += 1;
  }
}
process.stdout.write(
  [
    `deposits: ${N} (3 PDFs of ${PDF_KB} KB), file store on a tmpfs of ${SIZE_KB} KB, full for ${FULL_S} s`,
    `while full: deposits ${during.map((r) => `${r.status}=${r.n}`).join(' ') || 'none settled'}; disk ${df}`,
    `job failures recorded: ${reasons.map((r) => `${r.name} ×${r.n}: « ${r.reason} »`).join('; ') || 'none'}`,
    `/healthz while full (samples): ${[...healths].map(([k, n]) => `${k} ×${n}`).join('; ')}`,
    `temporaries in files/.tmp while full: at most ${maxTemporaries}, at the end of the outage ${temporariesWhenFull}`,
    `space back: every deposit settled ${recoveredS.toFixed(1)} s later: ${after.map((r) => `${r.status}=${r.n}`).join(' ')}`,
    `stored files: ${stored.length}, whose bytes do not match their SHA-256 name (half-written): ${corrupt}, referenced by no document: ${orphans}, temporaries left: ${(await filesUnder(path.join(filesDir, '.tmp'))).length}`,
  ].join('\n') + '\n',
);
await platform.stop();
unmount();
process.exit(0);
