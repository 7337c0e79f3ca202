import { Worker } from 'node:worker_threads';

/** How long an idle thread is kept for the next job by default, then terminated. */
export const IDLE_THREAD_MS = 60_000;

/** How a run ends when its thread fails or the pool closes under it. */
export interface ThreadFailure {
  kind: 'error';
  /** `PoolClosed` (the process is stopping), `WorkerFailed` (crash, out of memory) or the thread's own error name. */
  name: string;
}

/** One job's hold on a thread, given to its `ThreadJob` to talk to the thread and end the run. */
export interface ThreadRun<E> {
  /** The run's id: the thread's messages about it carry it. */
  readonly id: number;
  /** The thread ran a job to the end before (its engine is loaded). */
  readonly warm: boolean;
  /** Sends the job to the thread (`transfer`: buffers moved, not copied). */
  post(message: object, transfer?: ArrayBuffer[]): void;
  /** (Re)starts the run's clock: past `ms`, the run ends with `timeout()` and its thread is terminated. */
  arm(ms: number, timeout: () => E): void;
  /** Ends the run; a `reusable` thread serves the next job, another is terminated. */
  finish(end: E | ThreadFailure, reusable: boolean, options?: { warm?: boolean }): void;
}

/** What a pool's caller runs on a thread: how to start it and what its messages mean. */
export interface ThreadJob<M, E> {
  begin(run: ThreadRun<E>): void;
  onMessage(message: M, run: ThreadRun<E>): void;
}

interface Queued<M, E> {
  job: ThreadJob<M, E>;
  resolve(end: E | ThreadFailure): void;
}

/**
 * Worker threads that each run one job at a time (OCR, PDF text): a job waits for a free thread,
 * up to `size` threads start on demand, each with a heap limit; a thread that crashes or takes
 * too long is terminated and replaced on demand; `close()` ends queued and running jobs as
 * `PoolClosed`. The thread's code is plain JavaScript evaluated from a string, so that it runs the
 * same way from the built files, under tsx and under vitest.
 */
export class JobThreadPool<M extends { id: number }, E> {
  private readonly idle: Worker[] = [];
  private readonly workers = new Set<Worker>();
  private readonly warm = new WeakSet<Worker>();
  private readonly idleTimers = new Map<Worker, NodeJS.Timeout>();
  private readonly queue: Queued<M, E>[] = [];
  private nextId = 1;
  private closed = false;

  constructor(
    private readonly source: string,
    private readonly data: unknown,
    readonly size: number,
    private readonly memoryMb: number,
    /** A thread idle for this long is terminated, its memory returned (null: kept). */
    private readonly idleMs: number | null = IDLE_THREAD_MS,
  ) {}

  /** Queues a job; resolves with how it ended. */
  submit(job: ThreadJob<M, E>): Promise<E | ThreadFailure> {
    if (this.closed) {
      return Promise.resolve({ kind: 'error', name: 'PoolClosed' });
    }
    return new Promise((resolve) => {
      this.queue.push({ job, resolve });
      this.dispatch();
    });
  }

  /** Terminates every thread; queued and running jobs end as `PoolClosed` errors. */
  async close(): Promise<void> {
    this.closed = true;
    for (const queued of this.queue.splice(0)) {
      queued.resolve({ kind: 'error', name: 'PoolClosed' });
    }
    this.idleTimers.forEach((timer) => clearTimeout(timer));
    this.idleTimers.clear();
    await Promise.all([...this.workers].map((w) => w.terminate()));
    this.workers.clear();
    this.idle.length = 0;
  }

  /** Threads started and not terminated (idle ones included). */
  get threads(): number {
    return this.workers.size;
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const worker = this.idle.pop() ?? (this.workers.size < this.size ? this.spawn() : undefined);
      if (!worker) {
        return;
      }
      clearTimeout(this.idleTimers.get(worker));
      this.idleTimers.delete(worker);
      this.start(worker, this.queue.shift()!);
    }
  }

  private spawn(): Worker {
    const worker = new Worker(this.source, {
      eval: true,
      workerData: this.data,
      resourceLimits: { maxOldGenerationSizeMb: this.memoryMb },
    });
    worker.unref();
    this.workers.add(worker);
    return worker;
  }

  private start(worker: Worker, { job, resolve }: Queued<M, E>): void {
    let settled = false;
    let timer: NodeJS.Timeout | undefined;
    const run: ThreadRun<E> = {
      id: this.nextId++,
      warm: this.warm.has(worker),
      post: (message, transfer) => worker.postMessage(message, transfer),
      arm: (ms, timeout) => {
        clearTimeout(timer);
        timer = setTimeout(() => run.finish(timeout(), false), ms);
      },
      finish: (end, reusable, options) => {
        if (settled) {
          return;
        }
        settled = true;
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onFailure);
        worker.off('exit', onFailure);
        if (options?.warm) {
          this.warm.add(worker);
        }
        if (reusable && !this.closed) {
          worker.unref();
          this.idle.push(worker);
          this.retireWhenIdle(worker);
        } else {
          this.workers.delete(worker);
          void worker.terminate();
        }
        resolve(end);
        this.dispatch();
      },
    };
    const onMessage = (message: M) => {
      if (message.id === run.id) {
        job.onMessage(message, run);
      }
    };
    // A crash (out of memory, fatal error) ends the run; the thread is replaced on demand.
    const onFailure = () =>
      run.finish({ kind: 'error', name: this.closed ? 'PoolClosed' : 'WorkerFailed' }, false);
    worker.on('message', onMessage);
    worker.on('error', onFailure);
    worker.on('exit', onFailure);
    worker.ref();
    job.begin(run);
  }

  private retireWhenIdle(worker: Worker): void {
    if (this.idleMs === null) {
      return;
    }
    const timer = setTimeout(() => {
      this.idleTimers.delete(worker);
      const at = this.idle.indexOf(worker);
      if (at >= 0) {
        this.idle.splice(at, 1);
        this.workers.delete(worker);
        void worker.terminate();
      }
    }, this.idleMs);
    timer.unref();
    this.idleTimers.set(worker, timer);
  }
}
