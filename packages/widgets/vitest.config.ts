import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [vue()],
        test: {
          name: 'unit',
          include: ['src/**/*.spec.ts', 'test/*.spec.ts'],
          environment: 'jsdom',
        },
      },
      {
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
