import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobProgressEvent } from '../../src/core/topics.js';
import { createTestApp } from '../support/test-app.js';
import { mysqlSkipReason, testDialect } from '../support/test-db.js';
import { createJobsEnv, sleep, waitFor, type JobsEnv } from './job-test-env.js';

const skip = mysqlSkipReason();
if (skip) {
  process.stdout.write(`[skipped] job queue e2e on MySQL: ${skip}\n`);
}

describe.skipIf(skip)('job queue (SQL backend)', () => {
  let env: JobsEnv;

  beforeAll(async () => {
    env = await createJobsEnv('job_queue', { label: 'sql' });
  });
  afterAll(async () => {
    await env?.close();
  });

  it('reports healthy, and announces each new job once', async () => {
    const events: JobProgressEvent[] = [];
    const queue = await env.queue({ onProgress: (e) => events.push(e) });
    expect(await queue.health()).toMatchObject({ ok: true, engine: testDialect() });
    const id = await queue.enqueue('test.now', { n: 1 }, { uniqueKey: 'k1' });
    expect(await queue.enqueue('test.now', { n: 2 }, { uniqueKey: 'k1' })).toBe(id);
    expect(events).toEqual([
      expect.objectContaining({ jobId: id, name: 'test.now', state: 'queued', progress: 0 }),
    ]);
    await queue.stop();
    expect(await queue.health()).toMatchObject({ ok: false });
  });

  it('lets a running job finish when stopping within the timeout', async () => {
    const queue = await env.queue();
    let finished = false;
    queue.agenda.define('test.schedule', async () => {
      await sleep(400);
      finished = true;
    });
    await queue.start();
    const id = await queue.enqueue('test.schedule', { n: 1 });
    await waitFor(
      async () => Boolean((await queue.agenda.db.getJobById(id))?.lastRunAt),
      3000,
      'start',
    );
    await queue.stop(3000);
    expect(finished).toBe(true);
    expect((await queue.agenda.queryJobs({ id })).jobs[0]?.state).toBe('completed');
  });

  it('hands a job still running at the stop deadline back to the queue, so it runs elsewhere at once', async () => {
    const lockLifetimeMs = 60_000;
    const first = await env.queue({ lockLifetimeMs });
    first.agenda.define('test.concurrency', () => new Promise<void>(() => undefined));
    await first.start();
    const id = await first.enqueue('test.concurrency', { n: 1 });
    await waitFor(
      async () => Boolean((await first.agenda.db.getJobById(id))?.lastRunAt),
      3000,
      'start',
    );
    await first.stop(200);
    expect((await first.agenda.db.getJobById(id))?.lockedAt).toBeUndefined();

    const second = await env.queue({ lockLifetimeMs });
    let ran = false;
    second.agenda.define('test.concurrency', async () => {
      ran = true;
    });
    await second.start();
    await waitFor(() => ran, 3000, 'the released job to run on another worker');
    await second.stop();
  });
});

describe.skipIf(skip)('job queue in the api runtime', () => {
  it('is reported by /healthz under "jobs"', async () => {
    const app = await createTestApp('jobs_wiring');
    try {
      const res = await fetch(`${app.url}/healthz`);
      const body = (await res.json()) as { components: Record<string, { ok: boolean }> };
      expect(body.components.jobs).toMatchObject({ ok: true, engine: testDialect() });
      expect(app.runtime.components.jobs).toBeDefined();
    } finally {
      await app.close();
    }
  });
});

const mongoSkip = testDialect() === 'sqlite' ? undefined : 'MongoDB outage is dialect-independent';

describe.skipIf(mongoSkip)('job queue with MongoDB down', () => {
  let env: JobsEnv;
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);

  beforeAll(async () => {
    process.on('unhandledRejection', onUnhandled);
    // Nothing listens on port 9: the connection is refused.
    env = await createJobsEnv('job_queue_mongo_down', {
      label: 'mongodb-down',
      mongodbUrl: 'mongodb://127.0.0.1:9/jobs',
    });
  });
  afterAll(async () => {
    process.off('unhandledRejection', onUnhandled);
    await env?.close();
  });

  it('stays up: unhealthy, enqueue refused with a French error, no unhandled rejection', async () => {
    const { createJobQueue } = await import('../../src/infra/jobs/job-queue.js');
    const queue = await createJobQueue({
      config: env.config,
      orm: env.orm,
      readyTimeoutMs: 300,
      lockLifetimeMs: 2000,
    });
    expect(queue.engine).toBe('mongodb');
    await expect(queue.enqueue('deposit.ingest', { path: '/x.zip' })).rejects.toMatchObject({
      code: 'jobs/unavailable',
      message: expect.stringContaining('indisponible'),
    });
    // Neither blocks: processing and the recurring job wait for MongoDB in the background.
    await queue.start();
    await queue.every('1 hour', 'dataset.nightly', {});
    await waitFor(
      async () => /injoignable : (?!connexion en cours)/.test((await queue.health()).detail ?? ''),
      12_000,
      'the connection error',
    );
    expect(await queue.health()).toMatchObject({ ok: false, engine: 'mongodb' });
    expect(unhandled).toEqual([]);
    await queue.stop();
  }, 20_000);
});
