import 'reflect-metadata';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MikroORM } from '@mikro-orm/core';
import { LibSqlDriver } from '@mikro-orm/libsql';
import { setLogLevel } from '../../core/logger.js';
import { createAppPubSub, type JobProgressEvent, type PubSub } from '../../core/topics.js';
import { startEventBus } from './event-bus.js';
import { OutboxEvent } from './outbox-event.entity.js';

const POLL_MS = 50;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function progress(jobId: string): JobProgressEvent {
  return {
    jobId,
    name: 'deposit.ingest',
    state: 'running',
    progress: 50,
    sirens: [],
    at: new Date().toISOString(),
  };
}

/** Collects every JOB_PROGRESS delivered to the subscribers of `pubSub`. */
function collect(pubSub: PubSub) {
  const received: string[] = [];
  const iterator = pubSub.subscribe('JOB_PROGRESS')[Symbol.asyncIterator]();
  const loop = (async () => {
    for (;;) {
      const next = await iterator.next();
      if (next.done) {
        return;
      }
      received.push(next.value.jobId);
    }
  })();
  return {
    received,
    async stop() {
      await iterator.return?.();
      await loop;
    },
  };
}

describe('OutboxEventBus on one database', () => {
  let orm: MikroORM;

  beforeAll(async () => {
    setLogLevel('silent');
    const dir = await mkdtemp(path.join(os.tmpdir(), 'event-bus-'));
    orm = await MikroORM.init({
      driver: LibSqlDriver,
      dbName: path.join(dir, 'events.sqlite'),
      entities: [OutboxEvent],
      allowGlobalContext: false,
    });
    await orm.schema.createSchema();
  });
  afterAll(async () => {
    await orm?.close(true);
  });

  it('delivers each event exactly once in the all-in-one process, and once to another process', async () => {
    const apiPubSub = createAppPubSub();
    const api = await startEventBus({ orm, pubSub: apiPubSub, relay: true, pollMs: POLL_MS });
    // A second bus with its own PubSub stands for a worker-only process (no relay).
    const workerPubSub = createAppPubSub();
    const worker = await startEventBus({
      orm,
      pubSub: workerPubSub,
      relay: false,
      pollMs: POLL_MS,
    });
    const heard = collect(apiPubSub);
    try {
      await api.publish('JOB_PROGRESS', progress('local-1'));
      await api.publish('JOB_PROGRESS', progress('local-2'));
      await worker.publish('JOB_PROGRESS', progress('remote-1'));
      await sleep(POLL_MS * 8);
      expect(heard.received.sort()).toEqual(['local-1', 'local-2', 'remote-1']);
      expect(api.relayPosition).toBeGreaterThanOrEqual(3);
      expect(await orm.em.fork().count(OutboxEvent, {})).toBe(3);
    } finally {
      await heard.stop();
      await api.close();
      await worker.close();
    }
  });

  it('writes events published together in one go, in publish order, and relays them all', async () => {
    const writer = await startEventBus({ orm, pubSub: createAppPubSub(), relay: false });
    const pubSub = createAppPubSub();
    const relay = await startEventBus({ orm, pubSub, relay: true, pollMs: POLL_MS });
    const heard = collect(pubSub);
    const ids = Array.from({ length: 40 }, (_, i) => `batch-${String(i).padStart(2, '0')}`);
    try {
      await Promise.all(ids.map((id) => writer.publish('JOB_PROGRESS', progress(id))));
      await sleep(POLL_MS * 8);
      expect(heard.received).toEqual(ids);
      const rows = await orm.em
        .fork()
        .find(OutboxEvent, { origin: writer.origin }, { orderBy: { id: 'asc' } });
      expect(rows.map((r) => JSON.parse(r.payload).jobId)).toEqual(ids);
    } finally {
      await heard.stop();
      await relay.close();
      await writer.close();
    }
  });

  it('writes a burst of 9,000 events in bounded inserts, every event in order', async () => {
    const writer = await startEventBus({ orm, pubSub: createAppPubSub(), relay: false });
    const ids = Array.from({ length: 9000 }, (_, i) => `burst-${String(i).padStart(4, '0')}`);
    try {
      await Promise.all(ids.map((id) => writer.publish('JOB_PROGRESS', progress(id))));
      const rows = await orm.em
        .fork()
        .find(OutboxEvent, { origin: writer.origin }, { orderBy: { id: 'asc' } });
      expect(rows.map((r) => JSON.parse(r.payload).jobId)).toEqual(ids);
    } finally {
      await writer.close();
    }
  });

  it('starts relaying after the newest row present at start-up', async () => {
    const writer = await startEventBus({ orm, pubSub: createAppPubSub(), relay: false });
    await writer.publish('JOB_PROGRESS', progress('before-start'));
    const pubSub = createAppPubSub();
    const relay = await startEventBus({ orm, pubSub, relay: true, pollMs: POLL_MS });
    const heard = collect(pubSub);
    try {
      await writer.publish('JOB_PROGRESS', progress('after-start'));
      await sleep(POLL_MS * 8);
      expect(heard.received).toEqual(['after-start']);
    } finally {
      await heard.stop();
      await relay.close();
      await writer.close();
    }
  });

  it('purges rows older than the retention period but keeps the newest', async () => {
    const bus = await startEventBus({
      orm,
      pubSub: createAppPubSub(),
      relay: false,
      retentionMs: 1000,
    });
    try {
      await orm.em.fork().nativeDelete(OutboxEvent, {});
      await bus.publish('JOB_PROGRESS', progress('old-1'));
      await bus.publish('JOB_PROGRESS', progress('old-2'));
      const inTwoHours = new Date(Date.now() + 2 * 3600_000);
      expect(await bus.purge(inTwoHours)).toBe(1);
      const left = await orm.em.fork().find(OutboxEvent, {});
      expect(left.map((r) => JSON.parse(r.payload).jobId)).toEqual(['old-2']);
      expect(await bus.purge(new Date())).toBe(0);
    } finally {
      await bus.close();
    }
  });

  it('closes without leaving timers behind and stops relaying', async () => {
    const pubSub = createAppPubSub();
    const bus = await startEventBus({ orm, pubSub, relay: true, pollMs: POLL_MS });
    const other = await startEventBus({ orm, pubSub: createAppPubSub(), relay: false });
    const heard = collect(pubSub);
    await bus.close();
    await other.publish('JOB_PROGRESS', progress('after-close'));
    await sleep(POLL_MS * 4);
    expect(heard.received).toEqual([]);
    await heard.stop();
    await other.close();
  });
});
