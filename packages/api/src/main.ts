import 'reflect-metadata';
import { createApiRuntime } from './app/app.js';
import { ConfigError, loadConfig } from './core/config.js';
import { rootLogger, setLogLevel } from './core/logger.js';
import { startServer } from './app/server.js';
import { stopOnSignals } from './app/graceful-stop.js';

/** The api alone (production runs several); `npm start` runs the all-in-one from the worker. */
async function main() {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(2);
    }
    throw err;
  }
  setLogLevel(config.logLevel);
  const runtime = await createApiRuntime(config);
  const server = await startServer(
    { schema: runtime.schema, components: runtime.components },
    { port: config.port, host: config.host },
  );
  stopOnSignals(async () => {
    await server.stop();
    await runtime.close();
  });
}

main().catch((err: unknown) => {
  rootLogger.fatal({ err }, 'api failed to start');
  process.exit(1);
});
