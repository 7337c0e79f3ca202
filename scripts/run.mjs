#!/usr/bin/env node
// Bootstrap for `npm start` and `npm test` on a machine with only Node >= 20.19 and npm:
// gets pnpm (pinned), installs with the frozen lockfile, builds, then starts or tests.
// Plain Node on purpose: it runs before any dependency is installed.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PNPM_VERSION = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'))
  .packageManager.split('@')[1];
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
      if (['node_modules', 'dist', 'dist-graphiql', 'test-results', 'test'].includes(name)) continue;
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
  for (const sig of ['SIGINT', 'SIGTERM']) {
    process.on(sig, () => child.kill(sig));
  }
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
} else if (command === 'test') {
  install();
  build();
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
