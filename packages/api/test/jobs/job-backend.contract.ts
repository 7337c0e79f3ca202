import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobBackoff } from '../../src/infra/jobs/backoff.js';
import {
  countRuns,
  createJobsEnv,
  nextMessage,
  sleep,
  waitFor,
  type BackendTarget,
  type JobsEnv,
} from './job-test-env.js';

/**
 * What every job backend must do, observed through the job queue the app uses: jobs run,
 * on time, repeatedly, once per unique key, within concurrency limits, retried with backoff,
 * recovered after a killed worker, and never twice when two processes compete.
 */
export function describeJobBackendContract(target: BackendTarget): void {
  if (target.skipReason) {
    process.stdout.write(
      `[skipped] job backend contract on ${target.label}: ${target.skipReason}\n`,
    );
  }

  describe.skipIf(Boolean(target.skipReason))(`job backend contract: ${target.label}`, () => {
    let env: JobsEnv;

    beforeAll(async () => {
      env = await createJobsEnv(`jobs_${target.label}`, target);
    });
    afterAll(async () => {
      await env?.close();
    });

    it('runs a job enqueued now, with its typed payload', async () => {
      const queue = await env.queue();
      const seen: number[] = [];
      queue.agenda.define<{ n: number }>('test.now', async (job) => {
        seen.push(job.attrs.data.n);
      });
      await queue.start();
      const id = await queue.enqueue('test.now', { n: 42 });
      await waitFor(() => seen.length === 1, 5000, 'the job to run');
      expect(seen).toEqual([42]);
      await waitFor(
        async () => (await queue.agenda.queryJobs({ id })).jobs[0]?.state === 'completed',
        3000,
        'the job to be recorded as completed',
      );
      await queue.stop();
    });

    it('runs a scheduled job at its time, not before', async () => {
      const queue = await env.queue();
      const ranAt: number[] = [];
      queue.agenda.define('test.schedule', async () => {
        ranAt.push(Date.now());
      });
      await queue.start();
      const enqueuedAt = Date.now();
      await queue.enqueue('test.schedule', { n: 1 }, { delayMs: 1200 });
      await sleep(800);
      expect(ranAt).toEqual([]);
      await waitFor(() => ranAt.length === 1, 5000, 'the scheduled job');
      expect(ranAt[0] - enqueuedAt).toBeGreaterThanOrEqual(1200);
      expect(ranAt[0] - enqueuedAt).toBeLessThan(1200 + 1500);
      await queue.stop();
    });

    it('repeats a job with every(), keeping one stored job per name', async () => {
      const queue = await env.queue();
      let runs = 0;
      queue.agenda.define('test.every', async () => {
        runs++;
      });
      await queue.start();
      await queue.every(300, 'test.every', {});
      await queue.every(300, 'test.every', {}); // a restart declares it again
      await waitFor(() => runs >= 3, 5000, 'three repetitions');
      const stored = await queue.agenda.queryJobs({ name: 'test.every' });
      expect(stored.total).toBe(1);
      expect(stored.jobs[0]?.type).toBe('single');
      await queue.stop();
    });

    it('keeps one job per unique key, even when enqueued concurrently', async () => {
      const queue = await env.queue();
      const seen: number[] = [];
      queue.agenda.define<{ n: number }>('test.unique', async (job) => {
        seen.push(job.attrs.data.n);
      });
      const ids = await Promise.all(
        [1, 2, 3].map((n) => queue.enqueue('test.unique', { n }, { uniqueKey: 'deposit-abc' })),
      );
      const other = await queue.enqueue('test.unique', { n: 9 }, { uniqueKey: 'deposit-xyz' });
      expect(new Set(ids).size).toBe(1);
      expect(other).not.toBe(ids[0]);
      await queue.start();
      await waitFor(() => seen.length === 2, 5000, 'both unique jobs');
      // Enqueued again after it ran: still that one job, not run again.
      expect(await queue.enqueue('test.unique', { n: 4 }, { uniqueKey: 'deposit-abc' })).toBe(
        ids[0],
      );
      await sleep(500);
      expect(seen).toHaveLength(2);
      expect(seen).toContain(9);
      expect((await queue.agenda.queryJobs({ name: 'test.unique' })).total).toBe(2);

      // agenda's own unique(): an upsert on the query, the latest data wins.
      for (const n of [5, 6]) {
        await queue.agenda.create('test.upsert', { k: 'a', n }).unique({ 'data.k': 'a' }).save();
      }
      const upserted = await queue.agenda.queryJobs({ name: 'test.upsert' });
      expect(upserted.total).toBe(1);
      expect(upserted.jobs[0]?.data).toEqual({ k: 'a', n: 6 });
      await queue.stop();
    });

    it('never runs more jobs of a name at once than its concurrency', async () => {
      const queue = await env.queue();
      let active = 0;
      let peak = 0;
      let done = 0;
      queue.agenda.define(
        'test.concurrency',
        async () => {
          active++;
          peak = Math.max(peak, active);
          await sleep(250);
          active--;
          done++;
        },
        { concurrency: 2 },
      );
      for (let n = 0; n < 6; n++) {
        await queue.enqueue('test.concurrency', { n });
      }
      await queue.start();
      await waitFor(() => done === 6, 8000, 'six jobs');
      expect(peak).toBe(2);
      await queue.stop();
    });

    it('retries a failing job with growing delays, then leaves it failed', async () => {
      const queue = await env.queue();
      const attempts: number[] = [];
      let recovered = 0;
      const backoff = jobBackoff({ delayMs: 300, factor: 2, maxRetries: 2, jitter: 0 });
      queue.agenda.define(
        'test.retry',
        async () => {
          attempts.push(Date.now());
          throw new Error('service distant indisponible');
        },
        { backoff },
      );
      queue.agenda.define(
        'test.recover',
        async () => {
          recovered++;
          if (recovered === 1) {
            throw new Error('une fois');
          }
        },
        { backoff },
      );
      await queue.start();
      const id = await queue.enqueue('test.retry', { n: 1 });
      const recoverId = await queue.enqueue('test.recover', { n: 1 });
      await waitFor(() => attempts.length === 3, 6000, 'three attempts');
      expect(attempts[1] - attempts[0]).toBeGreaterThanOrEqual(300);
      expect(attempts[2] - attempts[1]).toBeGreaterThanOrEqual(600);
      await sleep(1500);
      expect(attempts).toHaveLength(3);
      const [failed] = (await queue.agenda.queryJobs({ id })).jobs;
      expect(failed).toMatchObject({ state: 'failed', failCount: 3 });
      expect(failed?.failReason).toBe('service distant indisponible');
      await waitFor(() => recovered === 2, 3000, 'the retried job to succeed');
      await waitFor(
        async () =>
          (await queue.agenda.queryJobs({ id: recoverId })).jobs[0]?.state === 'completed',
        3000,
        'the retried job to be completed',
      );
      await queue.stop();
    });

    it('stores any failure as text: a job throwing no Error at all ends failed, not locked', async () => {
      const queue = await env.queue();
      const thrown: unknown[] = [{}, 42, { code: 'E', detail: { n: 1 } }, null];
      // Each job throws the value of its own rank (jobs may run in any order).
      queue.agenda.define('test.retry', async (job: { attrs: { data: { n: number } } }) => {
        throw thrown[job.attrs.data.n];
      });
      await queue.start();
      const ids: string[] = [];
      for (let n = 0; n < thrown.length; n++) {
        ids.push((await queue.enqueue('test.retry', { n }))!);
      }
      await waitFor(
        async () =>
          (await Promise.all(ids.map((id) => queue.agenda.queryJobs({ id })))).every(
            (r) => r.jobs[0]?.state === 'failed',
          ),
        2000,
        'every job to be recorded as failed',
      );
      const reasons = [];
      for (const id of ids) {
        const job = await queue.agenda.db.getJobById(id);
        expect(job?.lockedAt ?? null).toBeNull();
        reasons.push(job?.failReason ?? null);
      }
      expect(reasons.slice(0, 3).every((r) => typeof r === 'string' && r.length > 0)).toBe(true);
      await queue.stop();
    });

    it('runs again, once its lock expires, a job whose worker process was killed', async () => {
      const lockLifetimeMs = 1500;
      const setup = await env.queue({ lockLifetimeMs });
      const id = await setup.enqueue('test.crash', { n: 1 });
      const child = env.child({ mode: 'crash', worker: 'doomed', lockLifetimeMs });
      const running = await nextMessage<{ type: 'running'; jobId: string }>(child, 'running');
      expect(running.jobId).toBe(id);
      const locked = await setup.agenda.db.getJobById(id);
      expect(locked?.lockedAt).toBeInstanceOf(Date);
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;

      const queue = await env.queue({ lockLifetimeMs });
      const runs: number[] = [];
      queue.agenda.define('test.crash', async () => {
        runs.push(Date.now());
      });
      await queue.start();
      await waitFor(() => runs.length === 1, 8000, 'the orphaned job to run again');
      expect(runs[0] - locked!.lockedAt!.getTime()).toBeGreaterThanOrEqual(lockLifetimeMs);
      await sleep(500);
      expect(runs).toHaveLength(1);
      await queue.stop();
    });

    it('runs each of 500 jobs exactly once with two worker processes competing', async () => {
      const setup = await env.queue();
      for (let n = 0; n < 500; n += 50) {
        await Promise.all(
          Array.from({ length: 50 }, (_, i) => setup.enqueue('test.race', { n: n + i })),
        );
      }
      const workers = ['alpha', 'beta'].map((worker) =>
        env.child({ mode: 'race', worker, lockLifetimeMs: 60_000 }),
      );
      await Promise.all(workers.map((w) => nextMessage(w, 'ready')));
      for (const w of workers) {
        w.send({ type: 'go' });
      }
      await waitFor(async () => (await countRuns(env.orm)).total >= 500, 45_000, '500 runs');
      await sleep(500);
      const exits = workers.map((w) => new Promise((resolve) => w.once('exit', resolve)));
      for (const w of workers) {
        w.send({ type: 'stop' });
      }
      await Promise.all(exits);
      expect(await countRuns(env.orm)).toEqual({ total: 500, distinct: 500 });
      // Both processes really competed: each ran some of the jobs.
      const perWorker: { worker: string }[] = await env.orm.em
        .getConnection()
        .execute('select worker, count(*) as n from job_runs group by worker order by worker');
      expect(perWorker.map((r) => r.worker)).toEqual(['alpha', 'beta']);
      expect((await setup.agenda.queryJobs({ name: 'test.race', state: 'completed' })).total).toBe(
        500,
      );
    }, 60_000);
  });
}
