/**
 * Intake with OCR running beside it, against intake with OCR off (on demand, not a test; issue
 * target: the intake rate within 10 %). Each round starts a worker (watcher → ingestion →
 * projection → PDF text, OCR in its threads) on a fresh data folder, drops W scanned deposits
 * first so that OCR is busy, then renames N more scanned deposits in at once and times them from
 * the first complete file to the last DONE. Modes alternate round by round (off, on, off, on…) so
 * that the machine's other load weighs on both; OCR off is `OCR_MAX_PAGES=0`.
 *
 *   node scripts/bench.mjs ocr-intake-bench [--deposits 200] [--warmup 10] [--rounds 2]
 */
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, setLogLevel } from '@opendata/api';
import { buildDeposit, minimalPdf, scannedPdf } from '@opendata/api/testing';
import { startPlatform } from '@opendata/worker/platform';
import { numberArg } from './bench-deposits.js';

const args = process.argv.slice(2);
const N = numberArg(args, 'deposits', 200);
const W = numberArg(args, 'warmup', 10);
const ROUNDS = numberArg(args, 'rounds', 2);
setLogLevel('error');

/** One deposit whose stamped act is a one-page scan (no text layer), distinct bytes each. */
async function scannedDeposit(i: number): Promise<Buffer> {
  const scan = scannedPdf(
    `DÉLIBÉRATION NUMÉRO ${i}\nObjet : travaux de voirie, tranche ${i}\nAdopté à l’unanimité.`,
    { noise: 0.002, seed: i + 1 },
  );
  return buildDeposit({
    metadata: { numero_de_lacte: `OCR_${i}` },
    contents: {
      'Délibération D2024_001.pdf': minimalPdf(`original ${i}`),
      '022-213502388-20240306-D2024_001-DE-1-1_1.pdf': scan,
    },
  });
}

process.stdout.write(`building ${W + N} scanned deposits…\n`);
const zips: Buffer[] = [];
for (let i = 0; i < W + N; i++) {
  zips.push(await scannedDeposit(i));
}

interface Round {
  mode: 'off' | 'on';
  rate: number;
  seconds: number;
  ocrDuring: number;
  load: number;
}

async function round(mode: 'off' | 'on'): Promise<Round> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ocr-intake-bench-'));
  const config = loadConfig({
    DATA_DIR: dir,
    LOG_LEVEL: 'error',
    ...(mode === 'off' ? { OCR_MAX_PAGES: '0' } : {}),
  });
  const platform = await startPlatform(config, { api: false, worker: true });
  const conn = platform.runtime.components.orm.em.getConnection();
  const count = async (sql: string) => Number(((await conn.execute(sql)) as { n: number }[])[0]!.n);
  const settled = () =>
    count(`select count(*) as n from deposits where status in ('DONE', 'FAILED')`);
  const ocrDone = () =>
    count(`select count(*) as n from documents where ocr_status in ('DONE', 'FAILED')`);
  const staging = path.join(dir, 'staging');
  await mkdir(staging, { recursive: true });
  await Promise.all(zips.map((zip, i) => writeFile(path.join(staging, `d${i}.zip`), zip)));
  const drop = (from: number, to: number) =>
    Promise.all(
      Array.from({ length: to - from }, (_, k) =>
        rename(
          path.join(staging, `d${from + k}.zip`),
          path.join(config.depositDir, `d${from + k}.zip`),
        ),
      ),
    );
  const waitSettled = async (n: number) => {
    const deadline = Date.now() + 20 * 60_000;
    while ((await settled()) < n) {
      if (Date.now() > deadline) {
        throw new Error(`timed out waiting for ${n} deposits`);
      }
      await new Promise((r) => setTimeout(r, 25));
    }
  };
  // Warm-up: JIT, the store's folders, and (OCR on) recognition already under way.
  await drop(0, W);
  await waitSettled(W);
  if (mode === 'on') {
    const deadline = Date.now() + 60_000;
    while (
      (await count(
        `select count(*) as n from agenda_jobs where name = 'document.ocr' and locked_at is not null`,
      )) === 0 &&
      Date.now() < deadline
    ) {
      await new Promise((r) => setTimeout(r, 25));
    }
  }
  const ocrBefore = await ocrDone();
  const t0 = performance.now();
  await drop(W, W + N);
  await waitSettled(W + N);
  const seconds = (performance.now() - t0) / 1000;
  const ocrDuring = (await ocrDone()) - ocrBefore;
  const load = os.loadavg()[0]!;
  await platform.stop();
  await rm(dir, { recursive: true, force: true });
  return { mode, rate: N / seconds, seconds, ocrDuring, load };
}

const results: Round[] = [];
for (let r = 0; r < ROUNDS; r++) {
  for (const mode of ['off', 'on'] as const) {
    const res = await round(mode);
    results.push(res);
    process.stdout.write(
      `round ${r + 1}, OCR ${mode.padEnd(3)}: ${N} scanned deposits DONE in ${res.seconds.toFixed(2)} s = ${res.rate.toFixed(1)} deposits/s; documents recognised meanwhile: ${res.ocrDuring}; load average ${res.load.toFixed(1)}\n`,
    );
  }
}
const mean = (mode: 'off' | 'on') => {
  const rs = results.filter((r) => r.mode === mode);
  return rs.reduce((a, r) => a + r.rate, 0) / rs.length;
};
const off = mean('off');
const on = mean('on');
process.stdout.write(
  `intake with OCR beside it: ${on.toFixed(1)} deposits/s against ${off.toFixed(1)} without: ${((on / off - 1) * 100).toFixed(1)} % [target: within 10 %]\n`,
);
process.exit(0);
