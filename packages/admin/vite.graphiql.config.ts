import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// Self-hosted GraphiQL (React), built apart from the Vue admin. The api serves dist-graphiql/
// index.html on a browser GET of /graphql and /graphiql-assets/* from dist-graphiql/graphiql-assets/.
export default defineConfig({
  root: fileURLToPath(new URL('./graphiql', import.meta.url)),
  base: '/',
  publicDir: false,
  build: {
    outDir: fileURLToPath(new URL('./dist-graphiql', import.meta.url)),
    emptyOutDir: true,
    assetsDir: 'graphiql-assets',
    chunkSizeWarningLimit: 3000,
    rolldownOptions: {
      // React libraries start with "use client"; meaningless in a plain SPA bundle.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') {
          warn(warning);
        }
      },
    },
  },
});
