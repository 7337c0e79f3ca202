import type { ComponentHealth } from '../../core/health.js';

/**
 * Optical character recognition of PDFs without a usable text layer (scans). One interface,
 * several engines chosen by configuration: the embedded one (tesseract.js in worker threads,
 * French model from the npm registry, no network at run time) and, in production, others
 * behind the same contract tests.
 */
export interface OcrEngine {
  /** Engine name and model, for health and logs (e.g. `tesseract.js 7.0.0 (fra)`). */
  readonly name: string;
  /** Documents read at once. */
  readonly threads: number;
  /**
   * Reads the pages of a PDF (at most `maxPages`). Never throws for the file's sake: a page that
   * cannot be rendered or read, or that takes too long, is skipped with a French warning; a file
   * that cannot be opened gives `failure`. Throws only when the engine is shutting down.
   */
  recognizePdf(bytes: Uint8Array, options: OcrOptions): Promise<OcrResult>;
  health(): Promise<ComponentHealth>;
  close(): Promise<void>;
}

export interface OcrOptions {
  /** Pages read at most (the rest are ignored, with a warning). */
  maxPages: number;
  /** A page taking longer is abandoned (its thread terminated) and the next one is read. */
  pageTimeoutMs: number;
  /** Called after each page (progress). */
  onPage?: (done: number, total: number) => void | Promise<void>;
}

export interface OcrResult {
  /** Recognised text, pages separated by a blank line. */
  text: string;
  /** Pages in the document (0 when it could not be opened). */
  pages: number;
  /** Pages whose text was recognised. */
  pagesRead: number;
  /** Mean confidence of the pages read, 0 to 100 (null when none was read). */
  confidence: number | null;
  /** Why the text is partial, in French. */
  warnings: string[];
  /** Why no text at all could be read, in French (unreadable file, every page failed). */
  failure: string | null;
}

/**
 * The rule for "no usable text layer": a PDF needs OCR when its text layer holds fewer than
 * MIN_TEXT_CHARS_PER_PAGE non-space characters per page on average. A typed page holds 1,500 to
 * 3,000; a scan holds none, or only the transmission stamp that the prefecture's platform adds
 * to the first page (about 80 to 150 characters), which must not hide the scan behind it.
 */
export const MIN_TEXT_CHARS_PER_PAGE = 200;

export function needsOcr(text: string, pages: number): boolean {
  if (pages <= 0) {
    return false; // not opened: nothing to render either
  }
  const chars = text.replace(/\s+/g, '').length;
  return chars < MIN_TEXT_CHARS_PER_PAGE * pages;
}
