/// <reference types="vitest/config" />
import vue from '@vitejs/plugin-vue';
import { defaultClientConditions, defineConfig } from 'vite';
import vuetify from 'vite-plugin-vuetify';

// The api (PORT, default 3000) serves /graphql during development.
const api = process.env.API_URL ?? 'http://127.0.0.1:3000';
const proxy = { '/graphql': { target: api, ws: true, changeOrigin: true } };

export default defineConfig(({ command }) => ({
  base: '/admin/',
  // Apollo Client's development checks and devtools notice stay out of the built app.
  define: { 'globalThis.__DEV__': JSON.stringify(command !== 'build') },
  plugins: [vue(), vuetify({ autoImport: true })],
  // `@opendata/api/shared` from its TypeScript sources (no api build needed).
  resolve: { conditions: ['source', ...defaultClientConditions] },
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 600 },
  server: { proxy },
  preview: { proxy },
}));
