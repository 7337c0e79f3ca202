import vue from '@vitejs/plugin-vue';
import { defaultClientConditions } from 'vite';
import { defineConfig } from 'vitest/config';

// Workspace packages from their TypeScript sources (`source` export condition).
const web = { resolve: { conditions: ['source', ...defaultClientConditions] } };
const node = {
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'], externalConditions: ['source'] } },
};

export default defineConfig({
  test: {
    projects: [
      {
        ...web,
        plugins: [vue()],
        test: {
          name: 'unit',
          include: ['src/**/*.spec.ts', 'test/*.spec.ts'],
          environment: 'jsdom',
        },
      },
      {
        ...node,
        test: {
          name: 'browser',
          // Black-box tests: the built platform in a child process, driven by Chromium.
          include: ['test/browser/**/*.browser-spec.ts'],
          environment: 'node',
          pool: 'forks',
          maxWorkers: 1,
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
