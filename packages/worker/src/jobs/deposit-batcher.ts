import type { IngestItem, IngestOutcome } from '@opendata/api';

/** Ingests a batch of zips in one unit of work (a fresh one per call). */
export type IngestBatch = (items: IngestItem[]) => Promise<IngestOutcome[]>;

interface Waiting {
  item: IngestItem;
  resolve(outcome: IngestOutcome): void;
  reject(err: unknown): void;
}

export interface DepositBatcherOptions {
  /** Most zips per batch (one transaction). */
  maxBatch?: number;
  /** Batches running at once. */
  maxRunning?: number;
}

/**
 * Gathers the `deposit.ingest` jobs that run at the same time into batches: one transaction,
 * one lookup per table and one follow-up job of each kind for many deposits. Each job still
 * waits for, and reports, its own deposit's outcome. When a batch fails on a fault, its zips are
 * run again one by one, so one zip's fault fails its own job only.
 */
export class DepositBatcher {
  private waiting: Waiting[] = [];
  private running = 0;
  private scheduled = false;
  private readonly maxBatch: number;
  private readonly maxRunning: number;

  constructor(
    private readonly ingestBatch: IngestBatch,
    options: DepositBatcherOptions = {},
  ) {
    this.maxBatch = options.maxBatch ?? 32;
    this.maxRunning = options.maxRunning ?? 1;
  }

  ingest(item: IngestItem): Promise<IngestOutcome> {
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

  private async run(batch: Waiting[]): Promise<void> {
    try {
      const outcomes = await this.ingestBatch(batch.map((w) => w.item));
      batch.forEach((w, i) => w.resolve(outcomes[i]!));
    } catch (err) {
      if (batch.length === 1) {
        batch[0]!.reject(err);
        return;
      }
      for (const w of batch) {
        try {
          w.resolve((await this.ingestBatch([w.item]))[0]!);
        } catch (oneErr) {
          w.reject(oneErr);
        }
      }
    }
  }
}
