import 'reflect-metadata';
import { ConfigError, loadConfig, rootLogger, setLogLevel, stopOnSignals } from '@opendata/api';
import { startPlatform, type PlatformOptions } from './platform.js';

/** Shared entry for the all-in-one and worker-only processes: config, start, graceful stop. */
export async function run(options: PlatformOptions): Promise<void> {
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
  process.on('unhandledRejection', (reason) => {
    rootLogger.error({ err: reason }, 'unhandled rejection');
  });
  const platform = await startPlatform(config, options);
  stopOnSignals(() => platform.stop());
}
