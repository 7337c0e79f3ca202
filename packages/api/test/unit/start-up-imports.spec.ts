import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const api = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Libraries only some features use load when first needed, not with the platform: each weighs
 * hundreds of milliseconds at start-up (`npm start` must answer /healthz within 3 s).
 */
const LAZY = [
  'exceljs', // nightly spreadsheets
  'unzipper', // exceljs's reader
  'undici', // DECP sources
  'n3', // RDF reading (tests of the DCAT catalogues)
  'mysql2', // MySQL / MariaDB only
  'mariadb',
];

describe('start-up imports', () => {
  it('loading the api (everything `npm start` imports) leaves the feature-only libraries out', () => {
    const script = `
      const { createRequire } = await import('node:module');
      await import(${JSON.stringify(path.join(api, 'src/index.ts'))});
      const cache = createRequire(${JSON.stringify(path.join(api, 'package.json'))}).cache;
      process.stdout.write(JSON.stringify(Object.keys(cache)));`;
    const res = spawnSync(
      process.execPath,
      ['--conditions=source', '--import', 'tsx', '--input-type=module', '-e', script],
      {
        cwd: api,
        encoding: 'utf8',
        env: { ...process.env, TSX_TSCONFIG_PATH: path.join(api, 'tsconfig.json') },
        timeout: 120_000,
      },
    );
    expect(res.status, res.stderr).toBe(0);
    const loaded = JSON.parse(res.stdout) as string[];
    expect(loaded.some((p) => p.includes(`${path.sep}graphql${path.sep}`))).toBe(true);
    const packageOf = (p: string) =>
      /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)[\\/](?!.*node_modules)/.exec(p)?.[1];
    const heavy = [...new Set(loaded.map(packageOf))].filter((p) => p && LAZY.includes(p));
    expect(heavy).toEqual([]);
  }, 150_000);
});
