import type { Config } from '../../core/config.js';
import type { OcrEngine } from './ocr-engine.js';
import { TesseractBinaryEngine } from './tesseract-binary-engine.js';
import { TesseractJsEngine } from './tesseract-js-engine.js';

/** The OCR engine chosen by configuration: embedded tesseract.js, or the Tesseract program. */
export function createOcrEngine(config: Config['ocr']): OcrEngine {
  const enabled = config.maxPages > 0;
  return config.engine === 'tesseract'
    ? new TesseractBinaryEngine(config.threads, enabled, config.program)
    : new TesseractJsEngine(config.threads, enabled);
}
