import {
  childLogger,
  createApiRuntime,
  createServices,
  systemViewer,
  startServer,
  type ApiRuntime,
  type ApiRuntimeOptions,
  type Config,
  type RunningServer,
  type StaticDirs,
} from '@opendata/api';
import { registerJobs } from './agenda.js';
import { allJobs } from './jobs/index.js';
import { enqueueDepositWith, startDepositWatcher } from './watcher/deposit-watcher.js';
import { startDecpWatcher } from './watcher/decp-watcher.js';

const log = childLogger('platform');

export interface PlatformOptions {
  /** Serve HTTP (api) in this process. */
  api: boolean;
  /** Run job handlers and the deposit watcher in this process. */
  worker: boolean;
  staticDirs?: StaticDirs;
  /** Runtime tuning (tests: short job polling, their own database handle…). */
  runtime?: ApiRuntimeOptions;
}

export interface RunningPlatform {
  server?: RunningServer;
  runtime: ApiRuntime;
  stop(): Promise<void>;
}

/**
 * Starts the platform: the api, the worker, or both in one process (`npm start`).
 * Stop order: watcher closed (no new deposits), HTTP drained, jobs stopped (locks released),
 * events and database closed.
 */
export async function startPlatform(
  config: Config,
  options: PlatformOptions,
): Promise<RunningPlatform> {
  // Only api processes relay other processes' live events to their subscribers.
  const runtime = await createApiRuntime(config, { relay: options.api, ...options.runtime });
  const server = options.api
    ? await startServer(
        { schema: runtime.schema, components: runtime.components, staticDirs: options.staticDirs },
        { port: config.port, host: config.host },
      )
    : undefined;
  if (options.worker && runtime.components.jobs) {
    // The deposit preparation threads load their code now, not with the first batch.
    runtime.components.depositPrep.start();
    // runtime.close() stops processing (locks released) before the database closes.
    registerJobs(runtime.components, allJobs);
    await runtime.components.jobs.start();
    // The staff search index is built from the database when a worker finds it empty.
    const staff = runtime.components.staffSearch;
    if (staff && (await staff.count()) === 0) {
      const day = new Date().toISOString().slice(0, 10);
      await runtime.components.jobs.enqueue(
        'acts.reindex',
        { index: 'staff' },
        { uniqueKey: `acts.reindex:staff:${day}` },
      );
    }
    // Repeating jobs (nightly files, DECP sources, SIRENE…): their times are settings stored in
    // the database (`job_schedules`, edited by platform administrators), declared from them.
    await createServices(
      runtime.components.orm.em.fork(),
      runtime.components,
      systemViewer('schedules'),
    ).schedules.declareAll();
  }
  const watcher = options.worker
    ? await startDepositWatcher({
        depositDir: config.depositDir,
        enqueueDeposit: enqueueDepositWith(runtime.components, log),
        log,
      })
    : undefined;
  const decpWatcher = options.worker
    ? await startDecpWatcher({ dir: config.decp.dir, components: runtime.components, log })
    : undefined;
  log.info({ api: options.api, worker: options.worker }, 'platform started');
  return {
    server,
    runtime,
    async stop() {
      await watcher?.close();
      await decpWatcher?.close();
      await server?.stop();
      await runtime.close();
    },
  };
}
