import os from 'node:os';
import { JobThreadPool } from '../threads/job-thread-pool.js';

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

/** Default: every core but one for the event loop, at least one, at most four. */
export function defaultPdfThreads(): number {
  return Math.max(1, Math.min(4, os.availableParallelism() - 1));
}

export class PdfTextPool extends JobThreadPool<WorkerMessage, PdfJobEnd> {
  /** `idleMs`: a thread left idle that long is terminated (its memory returned at rest). */
  constructor(data: PdfWorkerData, size: number, memoryMb = 512, idleMs?: number | null) {
    super(WORKER_SOURCE, data, size, memoryMb, idleMs);
  }

  /** Reads a PDF's pages in a worker; resolves when done, failed, stopped or out of time. */
  run(
    bytes: Uint8Array,
    maxPages: number,
    timeoutMs: number,
    handlers: PdfJobHandlers,
  ): Promise<PdfJobEnd> {
    return this.submit({
      begin(run) {
        run.arm(timeoutMs, () => ({ kind: 'timeout' }));
        // A copy: the caller's buffer stays intact, and the copy's memory moves to the worker.
        const copy = new Uint8Array(bytes);
        run.post({ id: run.id, bytes: copy, maxPages }, [copy.buffer]);
      },
      onMessage(msg, run) {
        if (msg.type === 'open') {
          handlers.onOpen(msg.pages);
        } else if (msg.type === 'page') {
          if (!handlers.onPage(msg.text)) {
            run.post({ type: 'cancel', id: run.id });
          }
        } else if (msg.type === 'done') {
          run.finish({ kind: 'done' }, true);
        } else {
          run.finish({ kind: 'error', name: msg.name }, true);
        }
      },
    });
  }
}
