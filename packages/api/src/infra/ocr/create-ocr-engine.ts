import type { Config } from '../../core/config.js';
import type { OcrEngine } from './ocr-engine.js';
import { TesseractJsEngine } from './tesseract-js-engine.js';

/** The OCR engine chosen by configuration: the embedded tesseract.js engine. */
export function createOcrEngine(config: Config['ocr']): OcrEngine {
  return new TesseractJsEngine(config.threads, config.maxPages > 0);
}
