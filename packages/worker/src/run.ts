import 'reflect-metadata';
import { ConfigError, loadConfig, rootLogger, setLogLevel } from '@opendata/api';
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
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) {
      return;
    }
    stopping = true;
    rootLogger.info({ signal }, 'stopping');
    const timer = setTimeout(() => {
      rootLogger.error('graceful stop took more than 10 s, exiting');
      process.exit(1);
    }, 10_000);
    timer.unref();
    try {
      await platform.stop();
      process.exit(0);
    } catch (err) {
      rootLogger.error({ err }, 'error while stopping');
      process.exit(1);
    }
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}
