import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import { childLogger } from '../logger.js';

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

type PdfJs = typeof PdfJsModule;
let pdfjsPromise: Promise<PdfJs> | undefined;
const pdfjsRoot = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const asset = (dir: string) => `${path.join(pdfjsRoot, dir)}${path.sep}`;

/** The legacy (Node) build, loaded once; its worker runs in-process, without a thread. */
function loadPdfJs(): Promise<PdfJs> {
  pdfjsPromise ??= import('pdfjs-dist/legacy/build/pdf.mjs').then((pdfjs) => {
    pdfjs.GlobalWorkerOptions.workerSrc = pathToFileURL(
      path.join(pdfjsRoot, 'legacy/build/pdf.worker.mjs'),
    ).href;
    return pdfjs;
  });
  return pdfjsPromise;
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

/**
 * Extracts the text of a PDF. Never throws: a damaged, encrypted or exotic file gives an empty
 * (or partial) text and a warning. No network, no font loading, no eval.
 */
export async function extractPdfText(
  bytes: Uint8Array,
  options: PdfTextOptions = {},
): Promise<PdfText> {
  const maxChars = options.maxChars ?? 1_000_000;
  const maxPages = options.maxPages ?? 2_000;
  const timeoutMs = options.timeoutMs ?? 60_000;
  const warnings: string[] = [];
  const state = { parts: [] as string[], pages: 0, truncated: false, timedOut: false };
  let destroy: (() => Promise<void>) | undefined;
  let timer: NodeJS.Timeout | undefined;

  const work = (async () => {
    const pdfjs = await loadPdfJs();
    const task = pdfjs.getDocument({
      data: new Uint8Array(bytes), // a copy: pdf.js may take ownership of the buffer
      disableFontFace: true,
      useSystemFonts: false,
      isEvalSupported: false,
      isOffscreenCanvasSupported: false,
      enableXfa: false,
      stopAtErrors: false,
      verbosity: pdfjs.VerbosityLevel.ERRORS,
      standardFontDataUrl: asset('standard_fonts'),
      cMapUrl: asset('cmaps'),
      cMapPacked: true,
      iccUrl: asset('iccs'),
      wasmUrl: asset('wasm'),
    });
    destroy = () => task.destroy();
    const doc = await task.promise;
    state.pages = doc.numPages;
    let length = 0;
    for (let n = 1; n <= Math.min(doc.numPages, maxPages) && !state.timedOut; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      let pageText = '';
      for (const item of content.items) {
        if ('str' in item) {
          pageText += item.str + (item.hasEOL ? '\n' : '');
        }
      }
      page.cleanup();
      const clean = normalizePdfText(pageText);
      if (clean) {
        state.parts.push(clean);
        length += clean.length + 2;
      }
      if (length > maxChars) {
        state.truncated = true;
        break;
      }
    }
    if (doc.numPages > maxPages) {
      state.truncated = true;
    }
  })();

  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(() => {
      state.timedOut = true;
      resolve();
    }, timeoutMs);
  });

  try {
    await Promise.race([work, timeout]);
    if (state.timedOut) {
      warnings.push(
        `Extraction du texte interrompue après ${Math.round(timeoutMs / 1000)} s : texte partiel.`,
      );
      work.catch(() => undefined);
    }
  } catch (err) {
    const name = (err as Error)?.name ?? '';
    warnings.push(
      name === 'PasswordException'
        ? 'PDF protégé par un mot de passe : texte non extrait.'
        : 'PDF illisible ou endommagé : texte non extrait.',
    );
    log.debug({ err }, 'pdf text extraction failed');
    state.parts = [];
  } finally {
    clearTimeout(timer);
    await destroy?.().catch(() => undefined);
  }

  let text = state.parts.join('\n\n');
  if (text.length > maxChars) {
    text = text.slice(0, maxChars);
    state.truncated = true;
  }
  if (state.truncated) {
    warnings.push(`Texte du PDF tronqué (${maxChars.toLocaleString('fr-FR')} caractères au plus).`);
  }
  if (text === '' && warnings.length === 0) {
    warnings.push(
      'Aucun texte dans ce PDF (document numérisé sans reconnaissance de caractères ?).',
    );
  }
  return { text, pages: state.pages, truncated: state.truncated, warnings };
}
