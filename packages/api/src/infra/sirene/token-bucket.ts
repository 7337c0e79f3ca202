/**
 * A token bucket: `capacity` tokens, refilled continuously at `perMinute`. `take()` resolves
 * when a token is available (callers queue in order). Per runtime state (a component).
 */
export class TokenBucket {
  private tokens: number;
  private last: number;
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly perMinute: number,
    private readonly capacity = perMinute,
    private readonly now: () => number = Date.now,
  ) {
    this.tokens = capacity;
    this.last = now();
  }

  private refill(): void {
    const t = this.now();
    this.tokens = Math.min(
      this.capacity,
      this.tokens + ((t - this.last) * this.perMinute) / 60_000,
    );
    this.last = t;
  }

  /** Waits for one token (FIFO). */
  take(): Promise<void> {
    const next = this.queue.then(async () => {
      this.refill();
      while (this.tokens < 1) {
        const waitMs = Math.ceil(((1 - this.tokens) * 60_000) / this.perMinute);
        await new Promise((resolve) => setTimeout(resolve, waitMs));
        this.refill();
      }
      this.tokens -= 1;
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Empties the bucket (the server said 429: slow down for everyone). */
  drain(): void {
    this.refill();
    this.tokens = Math.min(this.tokens, 0);
  }
}
