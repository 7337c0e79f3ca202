import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Manifest } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Every JS file a widget page may load (entry, static and dynamic imports), gzipped. */
const BUDGETS_KB: Record<string, number> = {
  'actes/index.html': 60,
  'budget/index.html': 130,
  'marches/index.html': 100,
};

function chunksOf(manifest: Manifest, key: string, seen = new Set<string>()): Set<string> {
  const chunk = manifest[key];
  if (!chunk || seen.has(key)) {
    return seen;
  }
  seen.add(key);
  for (const next of [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? [])]) {
    chunksOf(manifest, next, seen);
  }
  return seen;
}

describe('widget bundle budgets', () => {
  let outDir: string;
  afterAll(async () => {
    if (outDir) {
      await rm(outDir, { recursive: true, force: true });
    }
  });

  it('keeps each widget page under its gzipped JS budget', { timeout: 60_000 }, async () => {
    outDir = await mkdtemp(path.join(tmpdir(), 'widgets-size-'));
    // vitest sets NODE_ENV=test, which would make Vite bundle Vue's development build.
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await build({
        configFile: path.join(packageDir, 'vite.config.ts'),
        mode: 'production',
        logLevel: 'silent',
        build: { outDir, emptyOutDir: true, manifest: true },
      });
    } finally {
      process.env.NODE_ENV = nodeEnv;
    }
    const manifest = JSON.parse(
      await readFile(path.join(outDir, '.vite', 'manifest.json'), 'utf8'),
    ) as Manifest;

    for (const [entry, budgetKb] of Object.entries(BUDGETS_KB)) {
      expect(manifest[entry], `${entry} is a build entry`).toBeDefined();
      let bytes = 0;
      for (const key of chunksOf(manifest, entry)) {
        bytes += gzipSync(await readFile(path.join(outDir, manifest[key]!.file))).length;
      }
      const kb = bytes / 1024;
      expect(
        kb,
        `${entry}: ${kb.toFixed(1)} KB gzipped JS (budget ${budgetKb} KB)`,
      ).toBeLessThanOrEqual(budgetKb);
    }
  });
});
