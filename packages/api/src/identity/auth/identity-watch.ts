import type { PubSub } from '../../core/topics.js';

/**
 * Counts the changes of rights seen by this process (memberships, accounts, sessions, keys,
 * from any process through the live events). An open subscription re-checks its caller when the
 * count moved since it last did, before it delivers the next event.
 */
export class IdentityWatch {
  version = 0;
  private stopped = false;
  private iterator: AsyncIterator<unknown> | undefined;

  start(pubSub: PubSub): void {
    const events = pubSub.subscribe('IDENTITY_CHANGED');
    this.iterator = events[Symbol.asyncIterator]();
    void (async () => {
      for await (const _event of events) {
        if (this.stopped) {
          break;
        }
        this.version += 1;
      }
    })();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.iterator?.return?.();
  }
}
