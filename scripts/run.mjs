#!/usr/bin/env node
// Bootstrap for `npm start` and `npm test` on a machine with only Node >= 20.19 and npm:
// gets pnpm (pinned), installs with the frozen lockfile, builds, then starts or tests.
// Plain Node on purpose: it runs before any dependency is installed.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium, NO_CHROMIUM } from '../packages/worker/testing/chromium.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PNPM_VERSION = JSON.parse(
  readFileSync(path.join(root, 'package.json'), 'utf8'),
).packageManager.split('@')[1];
const command = process.argv[2];

const env = { ...process.env, FORCE_COLOR: process.env.CI ? '0' : process.env.FORCE_COLOR };
if (!env.npm_config_nodedir && existsSync('/usr/include/node/node.h')) {
  env.npm_config_nodedir = '/usr'; // node-gyp must not download headers (no network)
}

function say(msg) {
  process.stdout.write(`\n▶ ${msg}\n`);
}

function pnpmCommand() {
  const probe = spawnSync('pnpm', ['--version'], { encoding: 'utf8', env });
  if (probe.status === 0 && probe.stdout.trim() === PNPM_VERSION) {
    return ['pnpm'];
  }
  return ['npx', '--yes', `pnpm@${PNPM_VERSION}`];
}
const PNPM = pnpmCommand();

function run(args, options = {}) {
  const [cmd, ...rest] = [...PNPM, ...args];
  const res = spawnSync(cmd, rest, { cwd: root, stdio: 'inherit', env, ...options });
  return res.status ?? 1;
}

function must(args, what) {
  const code = run(args);
  if (code !== 0) {
    process.stderr.write(`\n✖ ${what} failed (exit ${code})\n`);
    process.exit(code);
  }
}

/** A fingerprint of everything the build reads, to skip rebuilding an unchanged tree. */
function sourceFingerprint() {
  const hash = createHash('sha256');
  const walk = (dir) => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir).sort()) {
      if (['node_modules', 'dist', 'dist-graphiql', 'test-results', 'test'].includes(name))
        continue;
      const p = path.join(dir, name);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else hash.update(`${p}:${st.size}:${st.mtimeMs}\n`);
    }
  };
  walk(path.join(root, 'packages'));
  hash.update(readFileSync(path.join(root, 'pnpm-lock.yaml')));
  return hash.digest('hex');
}

function build() {
  const stampFile = path.join(root, 'node_modules', '.build-stamp');
  const fingerprint = sourceFingerprint();
  const built = ['api', 'worker', 'admin', 'widgets'].every((p) =>
    existsSync(path.join(root, 'packages', p, 'dist')),
  );
  if (built && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === fingerprint) {
    say('Build is up to date');
    return;
  }
  say('Building');
  must(['run', 'build'], 'build');
  writeFileSync(stampFile, sourceFingerprint());
}

/**
 * The browser suites need a Chromium: CHROMIUM_PATH, else one found at a usual place, else one
 * installed the way this machine allows (Debian's package as root; Playwright's installer where
 * the internet is reachable), else stop now with one line saying how to provide it.
 */
function ensureChromium() {
  const found = () => findChromium({ ...env, CHROMIUM_PATH: '' });
  if (env.CHROMIUM_PATH) {
    if (!existsSync(env.CHROMIUM_PATH)) {
      fail(`CHROMIUM_PATH=${env.CHROMIUM_PATH} does not exist.`);
    }
    return;
  }
  let browser = found();
  if (!browser && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    say('Installing Chromium for the browser tests (apt-get install chromium)');
    const apt = { stdio: 'inherit', env: { ...env, DEBIAN_FRONTEND: 'noninteractive' } };
    spawnSync('apt-get', ['update', '-qq'], apt);
    spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], apt);
    browser = found();
  }
  if (!browser) {
    say('Installing Chromium for the browser tests (playwright install chromium)');
    run(['exec', 'playwright-core', 'install', 'chromium']);
    browser = found();
  }
  if (!browser) {
    fail(NO_CHROMIUM);
  }
  env.CHROMIUM_PATH = browser;
  say(`Browser tests use ${browser}`);
}

function fail(line) {
  process.stderr.write(`\n✖ ${line}\n`);
  process.exit(1);
}

function install() {
  say(`Installing dependencies (pnpm ${PNPM_VERSION}, frozen lockfile)`);
  must(['install', '--frozen-lockfile', '--reporter=append-only'], 'install');
}

if (command === 'start') {
  install();
  build();
  say('Starting the platform (api + worker + watcher, embedded defaults)');
  const child = spawn(process.execPath, [path.join(root, 'packages/worker/dist/all-in-one.js')], {
    cwd: root,
    stdio: 'inherit',
    env,
  });
  // Ctrl-C in a terminal signals the whole process group, the platform included; a supervisor may
  // signal this process only. Pass the first signal on (the platform stops once however many it
  // gets), then wait for the platform to finish its graceful stop.
  let forwarded = false;
  for (const sig of ['SIGINT', 'SIGTERM']) {
    process.on(sig, () => {
      if (!forwarded && child.exitCode === null) {
        forwarded = true;
        child.kill(sig);
      }
    });
  }
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
} else if (command === 'test') {
  install();
  build();
  ensureChromium();
  const resultsDir = path.join(root, 'test-results');
  mkdirSync(resultsDir, { recursive: true });
  const code = spawnSync(process.execPath, [path.join(root, 'scripts/test-all.mjs')], {
    cwd: root,
    stdio: 'inherit',
    env: { ...env, PNPM_CMD: JSON.stringify(PNPM) },
  }).status;
  process.exit(code ?? 1);
} else {
  process.stderr.write('usage: node scripts/run.mjs start|test\n');
  process.exit(2);
}
