import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { JobInterruptedError } from '../../core/job-outcome.js';
import { childLogger } from '../../core/logger.js';
import { defaultPdfThreads, PdfTextPool } from './pdf-text-pool.js';

const log = childLogger('pdf-text');

export interface PdfTextOptions {
  /** Longest text kept, in characters (default 1,000,000). */
  maxChars?: number;
  /** Pages read at most (default 2,000). */
  maxPages?: number;
  /** Gives up after this long and keeps what was read (default 60 s). */
  timeoutMs?: number;
}

export interface PdfText {
  /** Normalised text: NFKC, one line per text line, pages separated by a blank line. */
  text: string;
  /** Pages in the document (0 when it could not be opened). */
  pages: number;
  truncated: boolean;
  /** Why the text is empty or partial, in French. */
  warnings: string[];
}

const pdfjsRoot = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const asset = (dir: string) => `${path.join(pdfjsRoot, dir)}${path.sep}`;
const fileUrl = (rel: string) => pathToFileURL(path.join(pdfjsRoot, rel)).href;

/**
 * What pdf.js may do: no network, no font loading, no eval, local assets only. No standard font
 * data either: for a font that is not embedded (Helvetica, Arial…), pdf.js would read and convert
 * a font program for every document, which only drawing needs; text comes from the encoding and
 * widths from the PDF or the built-in metrics. Measured on the 32 sample PDFs of the Pastell
 * fixtures: the same text, at 4–5 ms of CPU per PDF instead of 18–30 ms.
 */
const DOCUMENT_OPTIONS = {
  disableFontFace: true,
  useSystemFonts: false,
  isEvalSupported: false,
  isOffscreenCanvasSupported: false,
  enableXfa: false,
  stopAtErrors: false,
  cMapUrl: asset('cmaps'),
  cMapPacked: true,
  iccUrl: asset('iccs'),
  wasmUrl: asset('wasm'),
};

/**
 * PDF text extraction of one running platform: its own worker threads (`PDF_TEXT_THREADS`),
 * started on first use and stopped by `close()` (a later extraction starts new ones).
 */
export class PdfTextExtractor {
  private pool: PdfTextPool | undefined;
  /** How many PDFs can be read at once (one per extraction thread). */
  readonly threads: number;

  constructor(options: { threads?: number } = {}) {
    this.threads = options.threads || defaultPdfThreads();
  }

  /** Stops the extraction threads (shutdown); a later extraction starts new ones. */
  async close(): Promise<void> {
    const old = this.pool;
    this.pool = undefined;
    await old?.close();
  }

  /**
   * Extracts the text of a PDF in a worker thread. Never throws for the file's sake (it does
   * when the platform is shutting down): a damaged, encrypted or exotic file gives an empty (or
   * partial) text and a warning; a file that takes longer than `timeoutMs` (or too much memory)
   * has its thread terminated and keeps the pages read so far.
   */
  extract(bytes: Uint8Array, options: PdfTextOptions = {}): Promise<PdfText> {
    this.pool ??= new PdfTextPool(
      {
        pdfjsUrl: fileUrl('legacy/build/pdf.mjs'),
        workerSrc: fileUrl('legacy/build/pdf.worker.mjs'),
        documentOptions: DOCUMENT_OPTIONS,
      },
      this.threads,
    );
    return extractWith(this.pool, bytes, options);
  }
}

/** Line-level clean-up of extracted text. */
export function normalizePdfText(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f\u00ad\u200b-\u200d\ufeff]/g, '')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

async function extractWith(
  pool: PdfTextPool,
  bytes: Uint8Array,
  options: PdfTextOptions,
): Promise<PdfText> {
  const maxChars = options.maxChars ?? 1_000_000;
  const maxPages = options.maxPages ?? 2_000;
  const timeoutMs = options.timeoutMs ?? 60_000;
  const warnings: string[] = [];
  let parts: string[] = [];
  let pages = 0;
  let truncated = false;
  let length = 0;

  const end = await pool.run(bytes, maxPages, timeoutMs, {
    onOpen: (n) => {
      pages = n;
      truncated = n > maxPages;
    },
    onPage: (raw) => {
      const clean = normalizePdfText(raw);
      if (clean) {
        parts.push(clean);
        length += clean.length + 2;
      }
      if (length > maxChars) {
        truncated = true;
        return false;
      }
      return true;
    },
  });
  if (end.kind === 'error' && end.name === 'PoolClosed') {
    // Shutting down: not a property of the PDF. Throw so that the job runs again later instead of
    // keeping an empty text for good.
    throw new JobInterruptedError('PDF text extraction');
  }
  if (end.kind === 'timeout') {
    warnings.push(
      `Extraction du texte interrompue après ${Math.round(timeoutMs / 1000)} s : texte partiel.`,
    );
  } else if (end.kind === 'error') {
    warnings.push(
      end.name === 'PasswordException'
        ? 'PDF protégé par un mot de passe : texte non extrait.'
        : 'PDF illisible ou endommagé : texte non extrait.',
    );
    log.debug({ error: end.name }, 'pdf text extraction failed');
    parts = [];
  }

  let text = parts.join('\n\n');
  if (text.length > maxChars) {
    text = text.slice(0, maxChars);
    truncated = true;
  }
  if (truncated) {
    warnings.push(`Texte du PDF tronqué (${maxChars.toLocaleString('fr-FR')} caractères au plus).`);
  }
  if (text === '' && warnings.length === 0) {
    warnings.push(
      'Aucun texte dans ce PDF (document numérisé sans reconnaissance de caractères ?).',
    );
  }
  return { text, pages, truncated, warnings };
}
