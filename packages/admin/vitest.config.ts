import vue from '@vitejs/plugin-vue';
import vuetify from 'vite-plugin-vuetify';
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
        plugins: [vue(), vuetify({ autoImport: true })],
        test: {
          name: 'unit',
          include: ['src/**/*.spec.ts', 'graphiql/**/*.spec.ts'],
          environment: 'happy-dom',
          // Vuetify components import their CSS: let Vite handle it (P17).
          server: { deps: { inline: ['vuetify'] } },
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
          // The machine is shared: a page may take a few seconds to react.
          expect: { poll: { timeout: 10_000, interval: 100 } },
        },
      },
    ],
  },
});
