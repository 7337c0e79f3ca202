#!/usr/bin/env node
// Runs one benchmark from the TypeScript sources: `node scripts/bench.mjs ingest-bench --deposits 300`
// (or `pnpm run bench ingest-bench …`). Packages resolve to their sources (`source` condition),
// decorators compile with the api's tsconfig.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [name, ...args] = process.argv.slice(2);
const file =
  name && path.join(root, 'bench', name.endsWith('.ts') ? path.basename(name) : `${name}.ts`);
if (!file || !existsSync(file)) {
  process.stderr.write(
    'usage: node scripts/bench.mjs <bench name> [options]   (see bench/README.md)\n',
  );
  process.exit(2);
}
const res = spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx', file, ...args], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, TSX_TSCONFIG_PATH: path.join(root, 'packages/api/tsconfig.json') },
});
process.exit(res.status ?? 1);
