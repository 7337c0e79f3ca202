#!/usr/bin/env node
// Runs every check and test suite, then prints the skipped count and, alone on the last line,
// `N passed, M failed` (all suites added up).
// Non-vitest checks (typecheck, lint, drift checks) count as one test each.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PNPM = process.env.PNPM_CMD ? JSON.parse(process.env.PNPM_CMD) : ['pnpm'];
const resultsDir = path.join(root, 'test-results');
const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

function exec(args, cwd = root) {
  const [cmd, ...rest] = args;
  const started = Date.now();
  const res = spawnSync(cmd, rest, { cwd, stdio: 'inherit', env: process.env });
  return { code: res.status ?? 1, seconds: ((Date.now() - started) / 1000).toFixed(1) };
}

function check(name, args) {
  process.stdout.write(`\n▶ ${name}\n`);
  const { code, seconds } = exec(args);
  if (code === 0) {
    totals.passed += 1;
    process.stdout.write(`✔ ${name} (${seconds} s)\n`);
  } else {
    totals.failed += 1;
    failures.push(name);
    process.stdout.write(`✖ ${name} failed (${seconds} s)\n`);
  }
}

/** Regenerates SDL and client types, and fails when they differ from what is in the tree. */
function driftCheck() {
  const files = () =>
    spawnSync(
      'git',
      [
        'ls-files',
        '--cached',
        '--others',
        '--exclude-standard',
        '--',
        'packages/api/schema.graphql',
        'packages/admin/src/gql',
        'packages/widgets/src/gql',
      ],
      { cwd: root, encoding: 'utf8' },
    )
      .stdout.split('\n')
      .filter(Boolean);
  const before = new Map(files().map((f) => [f, readFileSync(path.join(root, f), 'utf8')]));
  const regen = exec([...PNPM, 'run', 'schema']).code || exec([...PNPM, 'run', 'codegen']).code;
  const after = new Map(files().map((f) => [f, readFileSync(path.join(root, f), 'utf8')]));
  const drift = [...new Set([...before.keys(), ...after.keys()])].filter(
    (f) => before.get(f) !== after.get(f),
  );
  if (drift.length) {
    process.stdout.write(
      `Generated files were out of date (now regenerated): ${drift.join(', ')}\n`,
    );
  }
  return regen === 0 && drift.length === 0 ? 0 : 1;
}

function vitestSuite(pkg) {
  const dir = path.join(root, 'packages', pkg);
  if (!existsSync(path.join(dir, 'vitest.config.ts'))) {
    return;
  }
  process.stdout.write(`\n▶ tests: ${pkg}\n`);
  const out = path.join(resultsDir, `vitest-${pkg}.json`);
  rmSync(out, { force: true });
  const { seconds } = exec(
    [
      ...PNPM,
      'exec',
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${out}`,
    ],
    dir,
  );
  if (!existsSync(out)) {
    totals.failed += 1;
    failures.push(`${pkg}: vitest did not report (crashed)`);
    return;
  }
  const r = JSON.parse(readFileSync(out, 'utf8'));
  totals.passed += r.numPassedTests;
  totals.failed += r.numFailedTests;
  totals.skipped += r.numPendingTests + (r.numTodoTests ?? 0);
  // A test file that fails to load has no failed test: count it.
  const brokenFiles = r.testResults.filter(
    (t) => t.status === 'failed' && t.assertionResults.every((a) => a.status !== 'failed'),
  );
  totals.failed += brokenFiles.length;
  for (const t of r.testResults) {
    for (const a of t.assertionResults) {
      if (a.status === 'failed') failures.push(`${pkg}: ${a.fullName}`);
    }
  }
  for (const t of brokenFiles)
    failures.push(`${pkg}: ${path.relative(root, t.name)} (${t.message?.split('\n')[0]})`);
  process.stdout.write(
    `  ${pkg}: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests} skipped (${seconds} s)\n`,
  );
}

if (!process.env.TEST_MYSQL_URL) {
  process.stdout.write(
    'Note: TEST_MYSQL_URL is not set: the MariaDB/MySQL suites will be skipped.\n',
  );
}
check('typecheck', [...PNPM, 'run', 'typecheck']);
check('lint', [...PNPM, 'run', 'lint']);
check('formatting (prettier --check)', [
  ...PNPM,
  'exec',
  'prettier',
  '--check',
  '--log-level=warn',
  '.',
]);
check('import graph (layers, cycles, packages)', ['node', 'scripts/check-architecture.mjs']);
check('size budgets', ['node', 'scripts/check-sizes.mjs']);
process.stdout.write('\n▶ generated SDL and client types are up to date\n');
if (driftCheck() === 0) {
  totals.passed += 1;
  process.stdout.write('✔ generated SDL and client types are up to date\n');
} else {
  totals.failed += 1;
  failures.push('codegen drift');
  process.stdout.write('✖ generated SDL or client types were out of date\n');
}
check('migrations match the entities', [...PNPM, 'run', 'migration:check']);
for (const pkg of ['api', 'worker', 'admin', 'widgets']) {
  vitestSuite(pkg);
}

if (failures.length) {
  process.stdout.write(`\nFailures:\n${failures.map((f) => `  - ${f}`).join('\n')}\n`);
}
// The skipped tests (suites whose server is absent print why) on their own line, so that the
// last line is exactly `N passed, M failed`.
const summary = `${totals.skipped} skipped\n${totals.passed} passed, ${totals.failed} failed`;
writeFileSync(path.join(resultsDir, 'summary.txt'), `${summary}\n`);
process.stdout.write(`\n${summary}\n`);
process.exit(totals.failed === 0 ? 0 : 1);
