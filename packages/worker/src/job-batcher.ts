/** Runs a batch of items in one unit of work (a fresh one per call); one result per item. */
export type RunBatch<I, O> = (items: I[]) => Promise<O[]>;

interface Waiting<I, O> {
  item: I;
  resolve(outcome: O): void;
  reject(err: unknown): void;
}

export interface JobBatcherOptions {
  /** Most items per batch (one transaction). */
  maxBatch?: number;
  /** Batches running at once. */
  maxRunning?: number;
}

/**
 * Gathers the runs of one job that happen at the same time into batches (for deposits: one
 * transaction, one lookup per table and one follow-up job of each kind for many zips). Each run
 * still waits for, and reports, its own outcome. When a batch fails on a fault, its items are
 * run again one by one, so one item's fault fails its own run only.
 */
export class JobBatcher<I, O> {
  private waiting: Waiting<I, O>[] = [];
  private running = 0;
  private scheduled = false;
  private readonly maxBatch: number;
  private readonly maxRunning: number;

  constructor(
    private readonly runBatch: RunBatch<I, O>,
    options: JobBatcherOptions = {},
  ) {
    this.maxBatch = options.maxBatch ?? 32;
    this.maxRunning = options.maxRunning ?? 1;
  }

  submit(item: I): Promise<O> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      if (!this.scheduled) {
        // Jobs started in the same turn of the event loop join the same batch.
        this.scheduled = true;
        setImmediate(() => {
          this.scheduled = false;
          this.drain();
        });
      }
    });
  }

  private drain(): void {
    while (this.running < this.maxRunning && this.waiting.length) {
      const batch = this.waiting.splice(0, this.maxBatch);
      this.running += 1;
      void this.run(batch).finally(() => {
        this.running -= 1;
        this.drain();
      });
    }
  }

  private async run(batch: Waiting<I, O>[]): Promise<void> {
    try {
      const outcomes = await this.runBatch(batch.map((w) => w.item));
      batch.forEach((w, i) => w.resolve(outcomes[i]!));
    } catch (err) {
      if (batch.length === 1) {
        batch[0]!.reject(err);
        return;
      }
      for (const w of batch) {
        try {
          w.resolve((await this.runBatch([w.item]))[0]!);
        } catch (oneErr) {
          w.reject(oneErr);
        }
      }
    }
  }
}
