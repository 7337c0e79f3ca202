import { LOWER_THREAD_PRIORITY_SOURCE } from '../threads/background-priority.js';
import { JobThreadPool } from '../threads/job-thread-pool.js';

/**
 * Worker threads that render PDF pages with pdf.js onto @napi-rs/canvas and read them with
 * tesseract.js (its own thread inside ours). One document at a time per thread; the caller's
 * timer terminates a thread whose page takes too long (its Tesseract thread goes with it).
 *
 * Each thread lowers its own CPU priority first (background-priority.ts): OCR uses idle cores only.
 *
 * Plain JavaScript evaluated from a string, like the PDF text threads: it runs the same way from
 * the built files, under tsx and under vitest.
 */
const WORKER_SOURCE = `${LOWER_THREAD_PRIORITY_SOURCE}
const { parentPort, workerData } = require('node:worker_threads');
const { createCanvas } = require(workerData.canvasPath);
const { spawn } = require('node:child_process');
const Tesseract = workerData.binary ? null : require(workerData.tesseractPath);
let pdfjs;
let ocr;
const fail = (id, err) => parentPort.postMessage({ id, type: 'error', name: (err && err.name) || 'Error' });
parentPort.on('message', (msg) => run(msg).catch((err) => fail(msg.id, err)));
let pageTimeoutMs = 60000;
async function run({ id, bytes, fromPage, maxPages, timeoutMs }) {
  pageTimeoutMs = timeoutMs;
  if (!pdfjs) {
    pdfjs = await import(workerData.pdfjsUrl);
    pdfjs.GlobalWorkerOptions.workerSrc = workerData.workerSrc;
  }
  if (!ocr && workerData.binary) {
    ocr = { recognize: recognizeWithBinary };
  }
  if (!ocr) {
    ocr = await Tesseract.createWorker(workerData.lang, Tesseract.OEM.LSTM_ONLY, {
      langPath: workerData.langPath, gzip: true, cacheMethod: 'none',
    });
  }
  const task = pdfjs.getDocument({ ...workerData.documentOptions, data: new Uint8Array(bytes), verbosity: pdfjs.VerbosityLevel.ERRORS });
  try {
    const doc = await task.promise;
    parentPort.postMessage({ id, type: 'open', pages: doc.numPages });
    const last = Math.min(doc.numPages, maxPages);
    for (let n = fromPage; n <= last; n++) {
      parentPort.postMessage({ id, type: 'start', page: n });
      try {
        const r = await readPage(doc, n);
        parentPort.postMessage({ id, type: 'page', page: n, text: r.text, confidence: r.confidence });
      } catch (err) {
        parentPort.postMessage({ id, type: 'page', page: n, error: (err && err.name) || 'Error' });
      }
    }
    parentPort.postMessage({ id, type: 'done' });
  } finally {
    await task.destroy().catch(() => undefined);
  }
}
// The Tesseract program: PNG on stdin, TSV on stdout (one row per word with its confidence);
// killed when over the page time limit (terminating this thread would not stop it); one CPU
// thread each (OMP_THREAD_LIMIT), so that OCR_THREADS stays the OCR's share of the CPU.
function recognizeWithBinary(png) {
  return new Promise((resolve, reject) => {
    const child = spawn(workerData.binary, ['stdin', 'stdout', '-l', workerData.lang, 'tsv'], {
      timeout: pageTimeoutMs, killSignal: 'SIGKILL', env: { ...process.env, OMP_THREAD_LIMIT: '1' }, stdio: ['pipe', 'pipe', 'ignore'],
    });
    const out = [];
    child.stdout.on('data', (c) => out.push(c));
    child.on('error', reject);
    child.stdin.on('error', () => undefined);
    child.on('close', (code) => {
      if (code !== 0) {
        const err = new Error('tesseract exited with ' + code);
        err.name = 'OcrProgramFailed';
        return reject(err);
      }
      const lines = new Map();
      const confs = [];
      for (const row of Buffer.concat(out).toString('utf8').split('\\n').slice(1)) {
        const f = row.split('\\t');
        if (f.length < 12 || f[0] !== '5' || !f[11].trim()) continue;
        const key = f[2] + '.' + f[3] + '.' + f[4];
        lines.set(key, (lines.has(key) ? lines.get(key) + ' ' : '') + f[11]);
        if (Number(f[10]) >= 0) confs.push(Number(f[10]));
      }
      const text = [...lines.values()].join('\\n');
      const confidence = confs.length ? confs.reduce((a, b) => a + b, 0) / confs.length : 0;
      resolve({ data: { text, confidence } });
    });
    child.stdin.end(png);
  });
}
async function readPage(doc, n) {
  const page = await doc.getPage(n);
  try {
    const base = page.getViewport({ scale: 1 });
    const scale = Math.min(
      workerData.dpi / 72,
      workerData.maxSide / Math.max(base.width, base.height),
      Math.sqrt(workerData.maxPixels / (base.width * base.height)),
    );
    const viewport = page.getViewport({ scale });
    const width = Math.max(1, Math.floor(viewport.width));
    const height = Math.max(1, Math.floor(viewport.height));
    const canvas = createCanvas(width, height);
    const context = canvas.getContext('2d');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, width, height);
    await page.render({ canvasContext: context, viewport }).promise;
    const png = canvas.toBuffer('image/png');
    const { data } = await ocr.recognize(png);
    return { text: data.text || '', confidence: data.confidence || 0 };
  } finally {
    page.cleanup();
  }
}
`;

export interface OcrWorkerData {
  pdfjsUrl: string;
  workerSrc: string;
  canvasPath: string;
  tesseractPath: string;
  lang: string;
  langPath: string;
  /** Path of the Tesseract program: recognition by it instead of tesseract.js. */
  binary?: string;
  documentOptions: Record<string, unknown>;
  /** Rendering resolution, capped by maxSide and maxPixels (huge pages). */
  dpi: number;
  maxSide: number;
  maxPixels: number;
}

type WorkerMessage =
  | { id: number; type: 'open'; pages: number }
  | { id: number; type: 'start'; page: number }
  | { id: number; type: 'page'; page: number; text?: string; confidence?: number; error?: string }
  | { id: number; type: 'done' }
  | { id: number; type: 'error'; name: string };

export type OcrPageMessage = Extract<WorkerMessage, { type: 'page' }>;

export interface OcrJobHandlers {
  onOpen(pages: number): void;
  onPage(page: OcrPageMessage): void;
}

/** How a run ended: `timeout` names the page that took too long. */
export type OcrJobEnd =
  { kind: 'done' } | { kind: 'timeout'; page: number } | { kind: 'error'; name: string };

/** Time to start a thread (pdf.js, the WebAssembly engine, the French model) before page 1. */
const START_ALLOWANCE_MS = 30_000;
/** Time to open a PDF (parse its structure) before its first page. */
const OPEN_ALLOWANCE_MS = 10_000;

export class OcrPool extends JobThreadPool<WorkerMessage, OcrJobEnd> {
  /** `idleMs`: a thread left idle that long is terminated (its memory returned at rest). */
  constructor(data: OcrWorkerData, size: number, memoryMb = 512, idleMs?: number | null) {
    super(WORKER_SOURCE, data, size, memoryMb, idleMs);
  }

  /** Reads pages `fromPage`…`maxPages` of a PDF in one thread. */
  run(
    bytes: Uint8Array,
    fromPage: number,
    maxPages: number,
    pageTimeoutMs: number,
    handlers: OcrJobHandlers,
  ): Promise<OcrJobEnd> {
    let page = fromPage;
    const timeout = (): OcrJobEnd => ({ kind: 'timeout', page });
    return this.submit({
      begin(run) {
        // Opening the PDF: at least OPEN_ALLOWANCE_MS, plus the start of a fresh thread.
        const opening = Math.max(pageTimeoutMs, OPEN_ALLOWANCE_MS);
        run.arm(opening + (run.warm ? 0 : START_ALLOWANCE_MS), timeout);
        const copy = new Uint8Array(bytes);
        run.post({ id: run.id, bytes: copy, fromPage, maxPages, timeoutMs: pageTimeoutMs }, [
          copy.buffer,
        ]);
      },
      onMessage(msg, run) {
        if (msg.type === 'open') {
          handlers.onOpen(msg.pages);
        } else if (msg.type === 'start') {
          page = msg.page;
          run.arm(pageTimeoutMs, timeout);
        } else if (msg.type === 'page') {
          handlers.onPage(msg);
        } else if (msg.type === 'done') {
          run.finish({ kind: 'done' }, true, { warm: true });
        } else {
          run.finish({ kind: 'error', name: msg.name }, true);
        }
      },
    });
  }
}
