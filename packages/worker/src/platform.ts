import {
  childLogger,
  createApiRuntime,
  startServer,
  type Config,
  type RunningServer,
  type StaticDirs,
} from '@opendata/api';

const log = childLogger('platform');

export interface PlatformOptions {
  /** Serve HTTP (api) in this process. */
  api: boolean;
  /** Run job handlers and the deposit watcher in this process. */
  worker: boolean;
  staticDirs?: StaticDirs;
}

export interface RunningPlatform {
  server?: RunningServer;
  stop(): Promise<void>;
}

/**
 * Starts the platform: the api, the worker, or both in one process (`npm start`).
 * Stop order: HTTP drained, watcher closed, jobs stopped (locks released), database closed.
 */
export async function startPlatform(
  config: Config,
  options: PlatformOptions,
): Promise<RunningPlatform> {
  const runtime = await createApiRuntime(config);
  const server = options.api
    ? await startServer(
        { schema: runtime.schema, components: runtime.components, staticDirs: options.staticDirs },
        { port: config.port, host: config.host },
      )
    : undefined;
  log.info({ api: options.api, worker: options.worker }, 'platform started');
  return {
    server,
    async stop() {
      await server?.stop();
      await runtime.close();
    },
  };
}
