import 'reflect-metadata';
import { createApiRuntime } from './app/app.js';
import { ConfigError, loadConfig } from './core/config.js';
import { rootLogger, setLogLevel } from './core/logger.js';
import { startServer } from './app/server.js';

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
  const stop = async (signal: string) => {
    rootLogger.info({ signal }, 'stopping');
    const timer = setTimeout(() => process.exit(1), 10_000);
    timer.unref();
    await server.stop();
    await runtime.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}

main().catch((err: unknown) => {
  rootLogger.fatal({ err }, 'api failed to start');
  process.exit(1);
});
