import { afterEach, describe, expect, it } from 'vitest';
import { JobThreadPool, type ThreadJob } from './job-thread-pool.js';

// A thread that answers `{ id, type: 'done', value, thread }` after `ms`, loops forever on
// `hang`, and dies on `crash` (out of memory stands for any fatal error).
const SOURCE = `
const { parentPort, threadId } = require('node:worker_threads');
parentPort.on('message', ({ id, ms, hang, crash, value }) => {
  if (crash) process.exit(3);
  if (hang) { for (;;) {} }
  setTimeout(() => parentPort.postMessage({ id, type: 'done', value, thread: threadId }), ms ?? 0);
});
`;

type Msg = { id: number; type: 'done'; value: string; thread: number };
type End = { kind: 'done'; value: string; thread: number } | { kind: 'timeout' };

const job = (task: object, timeoutMs = 5000): ThreadJob<Msg, End> => ({
  begin(run) {
    run.arm(timeoutMs, () => ({ kind: 'timeout' }));
    run.post({ id: run.id, ...task });
  },
  onMessage(msg, run) {
    run.finish({ kind: 'done', value: msg.value, thread: msg.thread }, true, { warm: true });
  },
});

describe('JobThreadPool', () => {
  let pool: JobThreadPool<Msg, End> | undefined;
  afterEach(async () => {
    await pool?.close();
  });

  it('runs one job per thread at a time, up to its size, reusing threads', async () => {
    pool = new JobThreadPool<Msg, End>(SOURCE, null, 2, 64);
    const ends = await Promise.all(
      ['a', 'b', 'c', 'd'].map((value) => pool!.submit(job({ value, ms: 50 }))),
    );
    expect(ends.map((e) => (e.kind === 'done' ? e.value : e.kind))).toEqual(['a', 'b', 'c', 'd']);
    const threads = new Set(ends.map((e) => (e.kind === 'done' ? e.thread : 0)));
    expect(threads.size).toBe(2);
  });

  it('ends a run that takes too long, terminates its thread and goes on with a new one', async () => {
    pool = new JobThreadPool<Msg, End>(SOURCE, null, 1, 64);
    const slow = pool.submit(job({ hang: true }, 200));
    const next = pool.submit(job({ value: 'after' }));
    expect(await slow).toEqual({ kind: 'timeout' });
    expect(await next).toMatchObject({ kind: 'done', value: 'after' });
  });

  it('reports a thread that dies as WorkerFailed, and serves the next job', async () => {
    pool = new JobThreadPool<Msg, End>(SOURCE, null, 1, 64);
    expect(await pool.submit(job({ crash: true }))).toEqual({
      kind: 'error',
      name: 'WorkerFailed',
    });
    expect(await pool.submit(job({ value: 'ok' }))).toMatchObject({ kind: 'done', value: 'ok' });
  });

  it('terminates a thread left idle past its idle time, and starts one again on demand', async () => {
    pool = new JobThreadPool<Msg, End>(SOURCE, null, 1, 64, 100);
    const first = await pool.submit(job({ value: 'a' }));
    expect(pool.threads).toBe(1);
    await new Promise((r) => setTimeout(r, 400));
    expect(pool.threads).toBe(0);
    const second = await pool.submit(job({ value: 'b' }));
    expect(second).toMatchObject({ kind: 'done', value: 'b' });
    expect(second.kind === 'done' && first.kind === 'done' && second.thread).not.toBe(
      first.kind === 'done' && first.thread,
    );
  });

  it('ends running and queued jobs as PoolClosed on close, and refuses new ones', async () => {
    pool = new JobThreadPool<Msg, End>(SOURCE, null, 1, 64);
    const running = pool.submit(job({ hang: true }, 60_000));
    const queued = pool.submit(job({ value: 'never' }));
    await new Promise((r) => setTimeout(r, 100));
    await pool.close();
    expect(await running).toEqual({ kind: 'error', name: 'PoolClosed' });
    expect(await queued).toEqual({ kind: 'error', name: 'PoolClosed' });
    expect(await pool.submit(job({ value: 'late' }))).toEqual({
      kind: 'error',
      name: 'PoolClosed',
    });
  });
});
