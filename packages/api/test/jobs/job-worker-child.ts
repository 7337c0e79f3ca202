// A worker in its own process, for the job backend contract suite (lock expiry after a kill,
// two processes competing). Run as `node --import tsx --conditions=source` from packages/api.
import 'reflect-metadata';
import os from 'node:os';
import { loadConfig } from '../../src/core/config.js';
import { initOrm } from '../../src/app/db/orm.js';
import { createJobQueue } from '../../src/infra/jobs/job-queue.js';
import { withContentionRetry } from '../../src/infra/jobs/sql-backend/sql-retry.js';
import { setLogLevel } from '../../src/core/logger.js';
import type { ChildSpec, TestContract } from './job-test-env.js';

const spec = JSON.parse(process.env.JOB_CHILD ?? '{}') as ChildSpec;
const send = (msg: Record<string, unknown>) => process.send?.(msg);

setLogLevel('silent');
const config = loadConfig({ DATA_DIR: os.tmpdir(), LOG_LEVEL: 'silent' });
config.database = spec.database;
config.mongodbUrl = spec.mongodbUrl;
const orm = await initOrm(config.database);
const queue = await createJobQueue<TestContract>({
  config,
  orm,
  name: spec.worker,
  processEveryMs: 100,
  lockLifetimeMs: spec.lockLifetimeMs,
  maxConcurrency: 10,
});

if (spec.mode === 'crash') {
  // Takes the job, reports it, then hangs until killed: its lock is never released.
  queue.agenda.define('test.crash', async (job) => {
    send({ type: 'running', jobId: String(job.attrs._id) });
    await new Promise(() => undefined);
  });
  await queue.start();
  send({ type: 'ready' });
} else {
  queue.agenda.define(
    'test.race',
    async (job) => {
      await withContentionRetry(() =>
        orm.em
          .getConnection()
          .execute('insert into job_runs (job_id, worker, at) values (?, ?, ?)', [
            String(job.attrs._id),
            spec.worker,
            Date.now(),
          ]),
      );
      await new Promise((resolve) => setTimeout(resolve, 2));
    },
    { concurrency: 5 },
  );
  process.on('message', (msg: { type?: string }) => {
    if (msg.type === 'go') {
      void queue.start();
    } else if (msg.type === 'stop') {
      void queue
        .stop(5000)
        .then(() => orm.close(true))
        .then(() => process.exit(0));
    }
  });
  send({ type: 'ready' });
}
