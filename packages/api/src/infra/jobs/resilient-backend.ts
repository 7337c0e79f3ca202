import type { AgendaBackend, JobLogger, JobRepository, NotificationChannel } from 'agenda';
import type { Logger } from 'pino';

/** Delay before connection attempt `attempt` + 1 (1-based): 1 s, 2 s, 4 s… capped at 30 s. */
export function reconnectDelayMs(attempt: number): number {
  return Math.min(30_000, 1000 * 2 ** Math.max(0, attempt - 1));
}

/**
 * Wraps a backend so that a failed connection never escapes as an unhandled rejection
 * (agenda calls `backend.connect()` in its constructor without a catch: stack.md P13).
 * `connect()` retries until it succeeds or `close()` is called; Agenda's `ready` resolves
 * only once really connected. The state feeds the health check.
 */
export class ResilientBackend implements AgendaBackend {
  connected = false;
  lastError: string | undefined;
  private closed = false;
  private wake: (() => void) | undefined;

  constructor(
    private readonly inner: AgendaBackend,
    private readonly log: Logger,
  ) {}

  get name(): string {
    return this.inner.name;
  }
  get repository(): JobRepository {
    return this.inner.repository;
  }
  get notificationChannel(): NotificationChannel | undefined {
    return this.inner.notificationChannel;
  }
  get logger(): JobLogger | undefined {
    return this.inner.logger;
  }
  get ownsConnection(): boolean {
    return this.inner.ownsConnection ?? true;
  }

  async connect(): Promise<void> {
    for (let attempt = 1; !this.closed; attempt++) {
      try {
        await this.inner.connect();
        this.connected = true;
        this.lastError = undefined;
        if (attempt > 1) {
          this.log.info({ backend: this.name, attempt }, 'job backend connected');
        }
        return;
      } catch (err) {
        this.lastError = err instanceof Error ? err.message : String(err);
        const delay = reconnectDelayMs(attempt);
        this.log.error(
          { backend: this.name, attempt, retryInMs: delay, err },
          'job backend unreachable, retrying',
        );
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, delay);
          timer.unref();
          this.wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
    }
    // Closed before connecting: never settle, so Agenda never reports itself ready.
    await new Promise<never>(() => undefined);
  }

  async disconnect(): Promise<void> {
    if (this.connected) {
      this.connected = false;
      await this.inner.disconnect();
    }
  }

  /** Stops the reconnect loop (Agenda's `ready` then never resolves). */
  close(): void {
    this.closed = true;
    this.wake?.();
  }

  get isClosed(): boolean {
    return this.closed;
  }
}
