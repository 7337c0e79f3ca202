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
    // A terminal's Ctrl-C reaches every process of the group, and `npm start` passes it on too:
    // the platform stops once, whatever the number of signals.
    if (stopping) {
      rootLogger.info({ signal }, 'already stopping');
      return;
    }
    stopping = true;
    const started = Date.now();
    rootLogger.info({ signal }, 'stopping');
    const timer = setTimeout(() => {
      rootLogger.error('graceful stop took more than 10 s, exiting');
      process.exit(1);
    }, 10_000);
    timer.unref();
    try {
      await platform.stop();
      rootLogger.info({ ms: Date.now() - started }, 'stopped');
      process.exit(0);
    } catch (err) {
      rootLogger.error({ err, ms: Date.now() - started }, 'error while stopping');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}
