import { randomUUID } from 'node:crypto';
import type { EntityManager, MikroORM } from '@mikro-orm/core';
import { childLogger } from '../../core/logger.js';
import type { PubSub, TopicName, TopicPayload } from '../../core/topics.js';
import { OutboxCursor } from './outbox-cursor.js';
import { OutboxEvent } from './outbox-event.entity.js';

const log = childLogger('events');

/**
 * Publishes live events to GraphQL subscribers, in this process and in every other one.
 * Features publish through this bus after their flush, never straight on the PubSub.
 */
export interface EventBus {
  /** Delivers to local subscribers at once, and writes the outbox for other processes. */
  publish<T extends TopicName>(topic: T, payload: TopicPayload<T>): Promise<void>;
  /** Stops the relay and purge timers and waits for pending writes; call before closing the ORM. */
  close(): Promise<void>;
}

export interface EventBusOptions {
  orm: MikroORM;
  /** The PubSub the GraphQL schema subscribes to. */
  pubSub: PubSub;
  /** Relay rows written by other processes to this process's subscribers (api processes). */
  relay: boolean;
  pollMs?: number;
  batchSize?: number;
  /** Rows older than this are purged (the newest row is always kept). */
  retentionMs?: number;
  purgeEveryMs?: number;
  /** How long a hole in the ids is waited for before it is skipped (see OutboxCursor). */
  gapGraceMs?: number;
}

type Timer = ReturnType<typeof setTimeout>;

/** Rows per outbox insert when many events were published at once. */
const OUTBOX_INSERT_ROWS = 500;

/**
 * Exactly-once rule: `publish` delivers locally and writes an outbox row tagged with this
 * bus's `origin`; every relay skips rows of its own origin. So the all-in-one process (api and
 * worker together) hears each event once, and any other api process hears it once through its
 * relay. One bus per process (per PubSub).
 */
export class OutboxEventBus implements EventBus {
  readonly origin = randomUUID();
  private readonly pollMs: number;
  private readonly batchSize: number;
  private readonly retentionMs: number;
  private readonly purgeEveryMs: number;
  private readonly gapGraceMs: number;
  private cursor: OutboxCursor | undefined;
  private readonly timers = new Set<Timer>();
  private readonly inflight = new Set<Promise<unknown>>();
  private closed = false;
  private failing = false;
  private readonly pending: {
    row: Pick<OutboxEvent, 'topic' | 'payload' | 'origin' | 'createdAt'>;
    resolve: () => void;
  }[] = [];

  constructor(private readonly options: EventBusOptions) {
    this.pollMs = options.pollMs ?? 200;
    this.batchSize = options.batchSize ?? 200;
    this.retentionMs = options.retentionMs ?? 60 * 60 * 1000;
    this.purgeEveryMs = options.purgeEveryMs ?? 5 * 60 * 1000;
    this.gapGraceMs = options.gapGraceMs ?? 2000;
  }

  /** Reads the starting position (relay) and starts the timers. */
  async start(): Promise<this> {
    if (this.options.relay) {
      // Reads the start position; on failure (database not ready) the relay loop retries.
      await this.relayLoop();
    }
    this.schedule(() => this.purgeLoop(), this.purgeEveryMs);
    return this;
  }

  async publish<T extends TopicName>(topic: T, payload: TopicPayload<T>): Promise<void> {
    publishLocal(this.options.pubSub, topic, payload);
    if (this.closed) {
      log.warn({ topic }, 'event published after close: not written to the outbox');
      return;
    }
    await this.track(this.write(topic, payload));
  }

  /** Deletes rows older than the retention period, keeping the newest row (ids never reset). */
  async purge(now = new Date()): Promise<number> {
    const em = this.em();
    const newest = await this.newestId(em);
    const cutoff = new Date(now.getTime() - this.retentionMs);
    return em.nativeDelete(OutboxEvent, { createdAt: { $lt: cutoff }, id: { $lt: newest } });
  }

  /** Position of the relay (the last settled outbox id), for tests and diagnostics. */
  get relayPosition(): number | undefined {
    return this.cursor?.position;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const t of this.timers) {
      clearTimeout(t);
    }
    this.timers.clear();
    await Promise.allSettled([...this.inflight]);
  }

  /**
   * Queues the outbox row; rows published during the same turn of the event loop (several
   * deposits, jobs and their progress events at once) are written by one multi-row insert.
   */
  private write(topic: string, payload: unknown): Promise<void> {
    return new Promise((resolve) => {
      this.pending.push({
        row: {
          topic,
          payload: JSON.stringify(payload),
          origin: this.origin,
          createdAt: new Date(),
        },
        resolve,
      });
      if (this.pending.length === 1) {
        setImmediate(() => void this.writePending());
      }
    });
  }

  private async writePending(): Promise<void> {
    const all = this.pending.splice(0, this.pending.length);
    // Bounded statements: a burst (a bulk action on thousands of acts) stays within packet limits.
    for (let i = 0; i < all.length; i += OUTBOX_INSERT_ROWS) {
      const batch = all.slice(i, i + OUTBOX_INSERT_ROWS);
      try {
        await this.em().insertMany(
          OutboxEvent,
          batch.map((b) => b.row),
        );
      } catch (err) {
        // Events are notifications; the database stays the source of truth. Never fail the caller.
        log.error(
          { err, topics: batch.map((b) => b.row.topic) },
          'could not write the events to the outbox',
        );
      } finally {
        batch.forEach((b) => b.resolve());
      }
    }
  }

  /** One relay step: the first call reads the start position (max id), later ones deliver. */
  private async pollOnce(): Promise<void> {
    const em = this.em();
    if (!this.cursor) {
      this.cursor = new OutboxCursor(await this.newestId(em), this.gapGraceMs);
      return;
    }
    const rows = await em.find(
      OutboxEvent,
      { id: { $gt: this.cursor.position } },
      { orderBy: { id: 'asc' }, limit: this.batchSize },
    );
    for (const row of rows) {
      if (this.cursor.accept(row.id) && row.origin !== this.origin) {
        this.deliver(row);
      }
    }
    this.cursor.advance(Date.now());
  }

  private deliver(row: OutboxEvent): void {
    let payload: unknown;
    try {
      payload = JSON.parse(row.payload);
    } catch (err) {
      log.error({ err, id: row.id, topic: row.topic }, 'unreadable outbox payload skipped');
      return;
    }
    publishLocal(this.options.pubSub, row.topic, payload);
  }

  private async relayLoop(): Promise<void> {
    let delay = this.pollMs;
    try {
      await this.track(this.pollOnce());
      if (this.failing) {
        log.info('outbox relay recovered');
        this.failing = false;
      }
    } catch (err) {
      if (!this.failing) {
        log.error({ err }, 'outbox relay failed; retrying every 5 s');
        this.failing = true;
      }
      delay = 5000;
    }
    this.schedule(() => this.relayLoop(), delay);
  }

  private async purgeLoop(): Promise<void> {
    try {
      const removed = await this.track(this.purge());
      log.debug({ removed }, 'outbox purged');
    } catch (err) {
      log.warn({ err }, 'outbox purge failed');
    }
    this.schedule(() => this.purgeLoop(), this.purgeEveryMs);
  }

  private schedule(fn: () => Promise<void>, delay: number): void {
    if (this.closed) {
      return;
    }
    const t = setTimeout(() => {
      this.timers.delete(t);
      void fn();
    }, delay);
    t.unref();
    this.timers.add(t);
  }

  private track<T>(p: Promise<T>): Promise<T> {
    this.inflight.add(p);
    void p.finally(() => this.inflight.delete(p)).catch(() => undefined);
    return p;
  }

  private em(): EntityManager {
    return this.options.orm.em.fork() as EntityManager;
  }

  private async newestId(em: EntityManager): Promise<number> {
    const newest = await em.findOne(
      OutboxEvent,
      { id: { $gt: 0 } },
      { orderBy: { id: 'desc' }, fields: ['id'] },
    );
    return newest?.id ?? 0;
  }
}

/** Delivers to this process's subscribers (topic names from the outbox are plain strings). */
function publishLocal(pubSub: PubSub, topic: string, payload: unknown): void {
  (pubSub as unknown as { publish(topic: string, payload: unknown): void }).publish(topic, payload);
}

/** Creates the bus, reads the relay's start position and starts its timers. */
export function startEventBus(options: EventBusOptions): Promise<OutboxEventBus> {
  return new OutboxEventBus(options).start();
}
