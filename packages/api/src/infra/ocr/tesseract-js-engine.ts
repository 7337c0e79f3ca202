import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ComponentHealth } from '../../core/health.js';
import { JobInterruptedError } from '../../core/job-outcome.js';
import { normalizePdfText } from '../pdf/pdf-text.js';
import type { OcrEngine, OcrOptions, OcrResult } from './ocr-engine.js';
import { OcrPool, type OcrPageMessage, type OcrWorkerData } from './ocr-pool.js';

const require = createRequire(import.meta.url);
const pdfjsRoot = path.dirname(require.resolve('pdfjs-dist/package.json'));
const asset = (dir: string) => `${path.join(pdfjsRoot, dir)}${path.sep}`;
const fileUrl = (rel: string) => pathToFileURL(path.join(pdfjsRoot, rel)).href;
const TESSERACT_VERSION = (require('tesseract.js/package.json') as { version: string }).version;
/** The French model of the npm package (LSTM, integer "best"): read from disk, never fetched. */
const LANG_PATH = path.join(
  path.dirname(require.resolve('@tesseract.js-data/fra/package.json')),
  '4.0.0_best_int',
);

/** What pdf.js may do while rendering: no network, no eval, local assets only. */
const DOCUMENT_OPTIONS = {
  isEvalSupported: false,
  isOffscreenCanvasSupported: false,
  enableXfa: false,
  stopAtErrors: false,
  cMapUrl: asset('cmaps'),
  cMapPacked: true,
  iccUrl: asset('iccs'),
  wasmUrl: asset('wasm'),
  standardFontDataUrl: asset('standard_fonts'),
};

/**
 * Rendering: 250 dpi (Tesseract reads 10-point text well from 200 dpi up), at most 4,000 pixels
 * on a side and 12 megapixels (48 MB of RGBA) whatever the page size, so a huge page costs no
 * more memory than an A3 sheet.
 */
const RENDER = { dpi: 250, maxSide: 4000, maxPixels: 12_000_000 };

/**
 * The embedded OCR engine: tesseract.js (WebAssembly) with the `fra` model from the npm
 * registry, in `threads` worker threads. Needs no network and no system library.
 */
export class TesseractJsEngine implements OcrEngine {
  readonly name: string = `tesseract.js ${TESSERACT_VERSION} (fra)`;
  private pool: OcrPool | undefined;

  /** `enabled` false (OCR_MAX_PAGES=0): health says OCR is off; nothing is started. */
  constructor(
    readonly threads: number,
    protected readonly enabled = true,
  ) {}

  async health(): Promise<ComponentHealth> {
    if (!this.enabled) {
      return { ok: true, engine: this.name, detail: 'Reconnaissance du texte désactivée.' };
    }
    const model = existsSync(path.join(LANG_PATH, 'fra.traineddata.gz'));
    return {
      ok: model,
      engine: this.name,
      detail: model
        ? `${this.threads} fil(s) de reconnaissance`
        : 'Modèle français introuvable : réinstaller les dépendances.',
    };
  }

  async close(): Promise<void> {
    const old = this.pool;
    this.pool = undefined;
    await old?.close();
  }

  async recognizePdf(bytes: Uint8Array, options: OcrOptions): Promise<OcrResult> {
    this.pool ??= new OcrPool(this.workerData(), this.threads);
    return recognizeWith(this.pool, bytes, options);
  }

  /** What each thread is started with (the Tesseract program engine adds its own). */
  protected workerData(): OcrWorkerData {
    return {
      pdfjsUrl: fileUrl('legacy/build/pdf.mjs'),
      workerSrc: fileUrl('legacy/build/pdf.worker.mjs'),
      canvasPath: require.resolve('@napi-rs/canvas'),
      tesseractPath: require.resolve('tesseract.js'),
      lang: 'fra',
      langPath: LANG_PATH,
      documentOptions: DOCUMENT_OPTIONS,
      ...RENDER,
    };
  }
}

async function recognizeWith(
  pool: OcrPool,
  bytes: Uint8Array,
  options: OcrOptions,
): Promise<OcrResult> {
  const texts = new Map<number, string>();
  const confidences: number[] = [];
  const failed: number[] = [];
  const timedOut: number[] = [];
  let pages = 0;
  let done = 0;
  const onPage = (msg: OcrPageMessage) => {
    done++;
    if (msg.error) {
      failed.push(msg.page);
    } else {
      const text = normalizePdfText(msg.text ?? '');
      if (text) {
        texts.set(msg.page, text);
        confidences.push(msg.confidence ?? 0);
      }
    }
    void Promise.resolve(options.onPage?.(done, Math.min(pages, options.maxPages))).catch(
      () => undefined, // progress is best effort
    );
  };
  let from = 1;
  for (;;) {
    const end = await pool.run(bytes, from, options.maxPages, options.pageTimeoutMs, {
      onOpen: (n) => (pages = n),
      onPage,
    });
    if (end.kind === 'error' && end.name === 'PoolClosed') {
      throw new JobInterruptedError('OCR');
    }
    if (end.kind === 'error') {
      const failure =
        end.name === 'PasswordException'
          ? 'PDF protégé par un mot de passe : reconnaissance impossible.'
          : end.name === 'WorkerFailed'
            ? 'La reconnaissance a dépassé la mémoire permise.'
            : 'PDF illisible ou endommagé : reconnaissance impossible.';
      return { text: '', pages, pagesRead: 0, confidence: null, warnings: [], failure };
    }
    if (end.kind === 'timeout' && pages > 0 && end.page < Math.min(pages, options.maxPages)) {
      timedOut.push(end.page);
      done++;
      from = end.page + 1; // the next pages in a fresh thread
      continue;
    }
    if (end.kind === 'timeout') {
      timedOut.push(end.page);
    }
    break;
  }
  const seconds = Math.round(options.pageTimeoutMs / 1000);
  const warnings: string[] = [];
  if (timedOut.length) {
    warnings.push(`Page(s) ${timedOut.join(', ')} abandonnée(s) après ${seconds} s chacune.`);
  }
  if (failed.length) {
    warnings.push(`Page(s) ${failed.join(', ')} illisible(s).`);
  }
  if (pages > options.maxPages) {
    warnings.push(`Seules les ${options.maxPages} premières pages sur ${pages} ont été lues.`);
  }
  const text = [...texts.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, t]) => t)
    .join('\n\n');
  const confidence = confidences.length
    ? Math.round((confidences.reduce((a, b) => a + b, 0) / confidences.length) * 10) / 10
    : null;
  const failure = text
    ? null
    : pages === 0 && timedOut.length
      ? `Ouverture du PDF abandonnée après ${seconds} s.`
      : 'Aucun texte reconnu dans les pages de ce document.';
  return { text, pages, pagesRead: texts.size, confidence, warnings, failure };
}
