import { defineConfig } from 'vitest/config';

// graphql 16 has no exports map: make every import load the same (CJS) build.
const shared = {
  resolve: {
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
    conditions: ['source'],
  },
  ssr: { resolve: { conditions: ['source'], externalConditions: ['source'] } },
};

export default defineConfig({
  ...shared,
  test: {
    projects: [
      {
        ...shared,
        test: {
          name: 'unit',
          include: ['src/**/*.spec.ts', 'test/unit/**/*.spec.ts'],
          environment: 'node',
        },
      },
      {
        ...shared,
        // Search engine contract: embedded always, Meilisearch when MEILI_URL is set.
        test: {
          name: 'search',
          include: ['test/search/**/*.spec.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        ...shared,
        test: {
          name: 'e2e-sqlite',
          include: ['test/e2e/**/*.e2e-spec.ts', 'test/jobs/**/*.e2e-spec.ts'],
          environment: 'node',
          env: { TEST_DB: 'sqlite' },
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        ...shared,
        // Property-based fuzzing (fast-check), bounded by FUZZ_RUNS (test/fuzz/fuzz-config.ts).
        test: {
          name: 'fuzz',
          include: ['test/fuzz/**/*.fuzz-spec.ts'],
          environment: 'node',
          env: { TEST_DB: 'sqlite' },
          testTimeout: 600_000,
          hookTimeout: 60_000,
        },
      },
      {
        ...shared,
        test: {
          name: 'e2e-mysql',
          include: ['test/e2e/**/*.e2e-spec.ts', 'test/jobs/**/*.e2e-spec.ts'],
          environment: 'node',
          env: { TEST_DB: 'mysql' },
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
