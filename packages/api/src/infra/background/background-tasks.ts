import { childLogger } from '../../core/logger.js';

const log = childLogger('background');

/**
 * Work started by a request that must not delay its answer (and whose duration must not be
 * seen in it), such as sending a mail. Failures are logged; `drain()` waits for what is
 * running (the runtime drains before it closes the database).
 */
export class BackgroundTasks {
  private readonly running = new Set<Promise<void>>();

  run(name: string, task: () => Promise<void>): void {
    const p = Promise.resolve()
      .then(task)
      .catch((err: unknown) => log.error({ err, task: name }, 'background task failed'))
      .finally(() => this.running.delete(p));
    this.running.add(p);
  }

  async drain(): Promise<void> {
    while (this.running.size) {
      await Promise.allSettled([...this.running]);
    }
  }
}
