/**
 * Cold start (on demand, not a test): the BUILT platform (`packages/worker/dist/all-in-one.js`,
 * what `npm start` runs once its build is up to date) from spawn to `/healthz` 200, beside the
 * floor of a bare node:http server from spawn to its first 200, in alternating rounds. Each round
 * starts the platform on a new data directory (first start: migrations, platform admin) and again
 * on the same one (a restart). CPU seconds at the moment it answered are read from /proc (Linux):
 * on an idle machine the wall time approaches the main thread's CPU time plus the file reads.
 *
 *   pnpm run build && node scripts/bench.mjs cold-start-bench [--rounds 3] [--npm]
 *
 * `--npm` also times `node scripts/run.mjs start` (`npm start`: the frozen-lockfile install check
 * and the build fingerprint, then the same start) on the restart's data directory.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { numberArg } from './bench-deposits.js';
import { BENCH_ADMIN, freePort } from './source-platform.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const entry = path.join(root, 'packages/worker/dist/all-in-one.js');
const args = process.argv.slice(2);
const ROUNDS = numberArg(args, 'rounds', 3);
const NPM = args.includes('--npm');

if (!existsSync(entry)) {
  process.stderr.write(`${entry} is missing: run \`pnpm run build\` first.\n`);
  process.exit(2);
}

interface Start {
  wallS: number;
  /** CPU seconds of the process (all threads) and of its main thread, when it answered. */
  cpuS: number;
  mainS: number;
}

function cpuOf(pid: number, task = pid): number {
  try {
    const fields = readFileSync(`/proc/${pid}/task/${task}/stat`, 'utf8')
      .split(') ')[1]!
      .split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}

function processCpu(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}

/** Spawns `command`, polls /healthz every 20 ms until 200, stops the process group. */
async function timeStart(command: string[], env: Record<string, string>): Promise<Start> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(command[0]!, command.slice(1), {
    cwd: root,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'error' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output = (output + c.toString()).slice(-4000)));
  child.stderr.on('data', (c: Buffer) => (output = (output + c.toString()).slice(-4000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    for (;;) {
      if (child.exitCode !== null) {
        throw new Error(`${command.join(' ')} exited (${child.exitCode}):\n${output}`);
      }
      const res = await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => null);
      if (res?.status === 200) {
        break;
      }
      if (performance.now() - started > 120_000) {
        throw new Error(`${command.join(' ')}: not healthy after 120 s:\n${output}`);
      }
      await new Promise((r) => setTimeout(r, 20));
    }
    const wallS = (performance.now() - started) / 1000;
    // `npm start` runs the platform as its child: read the platform's own figures then.
    const pid = platformPid(child.pid!) ?? child.pid!;
    return { wallS, cpuS: processCpu(pid), mainS: cpuOf(pid) };
  } finally {
    process.kill(-child.pid!, 'SIGTERM');
    const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  }
}

/** The all-in-one process under `pid` (itself, or its child for `npm start`). */
function platformPid(pid: number): number | undefined {
  try {
    const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    if (cmd.includes('all-in-one.js')) {
      return pid;
    }
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
      .split(' ')
      .filter(Boolean)
      .map(Number);
    return children.map(platformPid).find((p) => p !== undefined);
  } catch {
    return undefined;
  }
}

const FLOOR = `require('node:http').createServer((q, s) => s.end('ok')).listen(process.env.PORT, process.env.HOST);`;
const env = { ADMIN_EMAIL: BENCH_ADMIN.email, ADMIN_PASSWORD: BENCH_ADMIN.password };
const runs: Record<string, Start[]> = { floor: [], first: [], restart: [], npm: [] };
const load = os.loadavg()[0]!;
for (let round = 0; round < ROUNDS; round++) {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'cold-start-bench-'));
  runs.floor!.push(await timeStart([process.execPath, '-e', FLOOR], {}));
  runs.first!.push(await timeStart([process.execPath, entry], { ...env, DATA_DIR: dataDir }));
  runs.restart!.push(await timeStart([process.execPath, entry], { ...env, DATA_DIR: dataDir }));
  if (NPM) {
    const npmStart = [process.execPath, path.join(root, 'scripts/run.mjs'), 'start'];
    runs.npm!.push(await timeStart(npmStart, { ...env, DATA_DIR: dataDir }));
  }
  await rm(dataDir, { recursive: true, force: true });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const line = (label: string, xs: Start[]) =>
  `  ${label}: ${median(xs.map((x) => x.wallS)).toFixed(2)} s median (${Math.min(...xs.map((x) => x.wallS)).toFixed(2)}–${Math.max(...xs.map((x) => x.wallS)).toFixed(2)}), CPU at that moment ${median(xs.map((x) => x.cpuS)).toFixed(2)} s (main thread ${median(xs.map((x) => x.mainS)).toFixed(2)} s)`;
process.stdout.write(
  [
    `cold start to /healthz 200, ${ROUNDS} alternating rounds; load average ${load.toFixed(1)} → ${os.loadavg()[0]!.toFixed(1)}`,
    line('built platform, new data directory (migrations)', runs.first!),
    line('built platform, restart on the same data directory', runs.restart!),
    ...(NPM ? [line('`npm start` (install check, build fingerprint, start)', runs.npm!)] : []),
    line('floor: bare node:http server', runs.floor!),
    `  target: ≤ 3 s to healthy`,
  ].join('\n') + '\n',
);
process.exit(0);
