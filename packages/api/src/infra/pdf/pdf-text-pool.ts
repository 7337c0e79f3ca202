import os from 'node:os';
import { Worker } from 'node:worker_threads';

/**
 * Worker threads that run pdf.js, so text extraction uses other cores and never blocks the
 * event loop (HTTP, jobs, watcher). A worker that exceeds its time or memory is terminated: a
 * hostile PDF cannot stall or exhaust the process.
 *
 * The worker is plain JavaScript evaluated from a string: it runs the same way from the built
 * files, under tsx and under vitest (none of which can start a TypeScript worker file).
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const cancelled = new Set();
let pdfjs;
parentPort.on('message', (msg) => {
  if (msg.type === 'cancel') {
    cancelled.add(msg.id);
    return;
  }
  run(msg).catch((err) => parentPort.postMessage({ id: msg.id, type: 'error', name: (err && err.name) || 'Error' }));
});
async function run({ id, bytes, maxPages }) {
  if (!pdfjs) {
    pdfjs = await import(workerData.pdfjsUrl);
    pdfjs.GlobalWorkerOptions.workerSrc = workerData.workerSrc;
  }
  const task = pdfjs.getDocument({ ...workerData.documentOptions, data: new Uint8Array(bytes), verbosity: pdfjs.VerbosityLevel.ERRORS });
  try {
    const doc = await task.promise;
    parentPort.postMessage({ id, type: 'open', pages: doc.numPages });
    for (let n = 1; n <= Math.min(doc.numPages, maxPages) && !cancelled.has(id); n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      let text = '';
      for (const item of content.items) {
        if ('str' in item) text += item.str + (item.hasEOL ? '\\n' : '');
      }
      page.cleanup();
      parentPort.postMessage({ id, type: 'page', text });
    }
    parentPort.postMessage({ id, type: 'done' });
  } finally {
    cancelled.delete(id);
    await task.destroy().catch(() => undefined);
  }
}
`;

export interface PdfWorkerData {
  pdfjsUrl: string;
  workerSrc: string;
  documentOptions: Record<string, unknown>;
}

type WorkerMessage =
  | { id: number; type: 'open'; pages: number }
  | { id: number; type: 'page'; text: string }
  | { id: number; type: 'done' }
  | { id: number; type: 'error'; name: string };

export interface PdfJobHandlers {
  onOpen(pages: number): void;
  /** Returns false to stop reading further pages. */
  onPage(text: string): boolean;
}

/** How a job ended: `error` is pdf.js's exception name (e.g. `PasswordException`). */
export type PdfJobEnd = { kind: 'done' } | { kind: 'timeout' } | { kind: 'error'; name: string };

interface Job {
  bytes: Uint8Array;
  maxPages: number;
  timeoutMs: number;
  handlers: PdfJobHandlers;
  resolve(end: PdfJobEnd): void;
}

/** Default: every core but one for the event loop, at least one, at most four. */
export function defaultPdfThreads(): number {
  return Math.max(1, Math.min(4, os.availableParallelism() - 1));
}

export class PdfTextPool {
  private readonly idle: Worker[] = [];
  private readonly workers = new Set<Worker>();
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;

  constructor(
    private readonly data: PdfWorkerData,
    readonly size: number,
    private readonly memoryMb = 512,
  ) {}

  /** Reads a PDF's pages in a worker; resolves when done, failed, stopped or out of time. */
  run(
    bytes: Uint8Array,
    maxPages: number,
    timeoutMs: number,
    handlers: PdfJobHandlers,
  ): Promise<PdfJobEnd> {
    if (this.closed) {
      return Promise.resolve({ kind: 'error', name: 'PoolClosed' });
    }
    return new Promise((resolve) => {
      this.queue.push({ bytes, maxPages, timeoutMs, handlers, resolve });
      this.dispatch();
    });
  }

  /** Terminates every worker; queued and running jobs end as `PoolClosed` errors. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) {
      job.resolve({ kind: 'error', name: 'PoolClosed' });
    }
    await Promise.all([...this.workers].map((w) => w.terminate()));
    this.workers.clear();
    this.idle.length = 0;
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const worker = this.idle.pop() ?? (this.workers.size < this.size ? this.spawn() : undefined);
      if (!worker) {
        return;
      }
      this.start(worker, this.queue.shift()!);
    }
  }

  private spawn(): Worker {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: this.data,
      resourceLimits: { maxOldGenerationSizeMb: this.memoryMb },
    });
    worker.unref();
    this.workers.add(worker);
    return worker;
  }

  private start(worker: Worker, job: Job): void {
    const id = this.nextId++;
    let settled = false;
    const finish = (end: PdfJobEnd, reusable: boolean) => {
      if (settled) {
        return;
      }
      settled = true;
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onFailure);
      worker.off('exit', onFailure);
      if (reusable && !this.closed) {
        worker.unref();
        this.idle.push(worker);
      } else {
        this.workers.delete(worker);
        void worker.terminate();
      }
      job.resolve(end);
      this.dispatch();
    };
    const onMessage = (msg: WorkerMessage) => {
      if (msg.id !== id) {
        return;
      }
      if (msg.type === 'open') {
        job.handlers.onOpen(msg.pages);
      } else if (msg.type === 'page') {
        if (!job.handlers.onPage(msg.text)) {
          worker.postMessage({ type: 'cancel', id });
        }
      } else if (msg.type === 'done') {
        finish({ kind: 'done' }, true);
      } else {
        finish({ kind: 'error', name: msg.name }, true);
      }
    };
    // A crash (out of memory, fatal error) ends the job; the worker is replaced on demand.
    const onFailure = () =>
      finish({ kind: 'error', name: this.closed ? 'PoolClosed' : 'WorkerFailed' }, false);
    const timer = setTimeout(() => finish({ kind: 'timeout' }, false), job.timeoutMs);
    worker.on('message', onMessage);
    worker.on('error', onFailure);
    worker.on('exit', onFailure);
    worker.ref();
    // A copy: the caller's buffer stays intact, and the copy's memory moves to the worker.
    const copy = new Uint8Array(job.bytes);
    worker.postMessage({ id, bytes: copy, maxPages: job.maxPages }, [copy.buffer]);
  }
}
