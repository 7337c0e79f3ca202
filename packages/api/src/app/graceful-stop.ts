import { rootLogger } from '../core/logger.js';

/**
 * Stops the process once on SIGINT or SIGTERM, whatever the number of signals: a terminal's
 * Ctrl-C reaches every process of the group and `npm start` passes it on too. Logs `stopping`,
 * then `stopped` with the time taken; exits 1 when the stop fails or takes more than `limitMs`.
 * Apollo's own signal handlers must stay off (`stopOnTerminationSignals: false`): they stop the
 * server a second time behind this one's back and send the signal again.
 */
export function stopOnSignals(stop: () => Promise<void>, limitMs = 10_000): void {
  let stopping = false;
  const onSignal = async (signal: NodeJS.Signals) => {
    if (stopping) {
      rootLogger.info({ signal }, 'already stopping');
      return;
    }
    stopping = true;
    const started = Date.now();
    rootLogger.info({ signal }, 'stopping');
    const timer = setTimeout(() => {
      rootLogger.error(`graceful stop took more than ${limitMs / 1000} s, exiting`);
      process.exit(1);
    }, limitMs);
    timer.unref();
    try {
      await stop();
      rootLogger.info({ ms: Date.now() - started }, 'stopped');
      process.exit(0);
    } catch (err) {
      rootLogger.error({ err, ms: Date.now() - started }, 'error while stopping');
      process.exit(1);
    }
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => void onSignal(signal));
  }
}
