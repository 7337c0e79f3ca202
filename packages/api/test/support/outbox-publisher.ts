import 'reflect-metadata';
import type { Config } from '../../src/core/config.js';
import { initOrm } from '../../src/app/db/orm.js';
import { startEventBus } from '../../src/infra/events/event-bus.js';
import { setLogLevel } from '../../src/core/logger.js';
import { createAppPubSub, type JobProgressEvent } from '../../src/core/topics.js';

/**
 * Stands for a separate worker process (run with tsx by live-events.e2e-spec.ts): opens the
 * same database and publishes one JOB_PROGRESS through the outbox EventBus, without a relay.
 * Input: OUTBOX_TEST_DATABASE (Config['database'] as JSON), OUTBOX_TEST_EVENT (JSON).
 */
setLogLevel(process.env.TEST_LOG_LEVEL ?? 'silent');
const database = JSON.parse(process.env.OUTBOX_TEST_DATABASE ?? '') as Config['database'];
const event = JSON.parse(process.env.OUTBOX_TEST_EVENT ?? '') as JobProgressEvent;

const orm = await initOrm(database);
const bus = await startEventBus({ orm, pubSub: createAppPubSub(), relay: false });
await bus.publish('JOB_PROGRESS', event);
await bus.close();
await orm.close(true);
process.stdout.write(`published from ${bus.origin} (pid ${process.pid})\n`);
