/// <reference types="vitest/config" />
import { readdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defaultClientConditions, defineConfig } from 'vite';

const src = fileURLToPath(new URL('./src', import.meta.url));

/** One page per widget: every src/<name>/index.html is served at /widgets/<name>/. */
export function widgetEntries(): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const dir of readdirSync(src, { withFileTypes: true })) {
    const html = `${src}/${dir.name}/index.html`;
    if (dir.isDirectory() && existsSync(html)) {
      entries[dir.name] = html;
    }
  }
  return entries;
}

const api = process.env.API_URL ?? 'http://127.0.0.1:3000';
const proxied = { target: api, changeOrigin: true };

export default defineConfig({
  root: src,
  base: '/widgets/',
  publicDir: fileURLToPath(new URL('./public', import.meta.url)),
  // No Options API in widgets: a smaller Vue runtime.
  plugins: [vue({ features: { optionsAPI: false } })],
  // `@opendata/api/shared` from its TypeScript sources (no api build needed).
  resolve: { conditions: ['source', ...defaultClientConditions] },
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    manifest: true,
    rolldownOptions: { input: widgetEntries() },
  },
  server: { proxy: { '/graphql': proxied, '/opendata': proxied } },
  preview: { proxy: { '/graphql': proxied, '/opendata': proxied } },
});
