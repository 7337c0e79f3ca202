import { describe, expect, it } from 'vitest';
import { ocrEngineContract } from '../../../test/unit/ocr-engine.contract.js';
import { MIN_TEXT_CHARS_PER_PAGE, needsOcr } from './ocr-engine.js';
import { TesseractJsEngine } from './tesseract-js-engine.js';

ocrEngineContract('tesseract.js (embedded)', () => new TesseractJsEngine(1));

describe('needsOcr: the "no usable text layer" rule', () => {
  it('asks for OCR when the text layer is empty or only a stamp', () => {
    expect(needsOcr('', 3)).toBe(true);
    expect(needsOcr('Envoyé en préfecture le 12/03/2026 Reçu en préfecture le 12/03/2026', 1)).toBe(
      true,
    );
    expect(needsOcr('x'.repeat(MIN_TEXT_CHARS_PER_PAGE * 2 - 1), 2)).toBe(true);
  });

  it('keeps a typed text layer, and never asks for a PDF that could not be opened', () => {
    expect(needsOcr('x'.repeat(MIN_TEXT_CHARS_PER_PAGE), 1)).toBe(false);
    expect(needsOcr('', 0)).toBe(false);
  });

  it('reports its health without starting anything, and says when OCR is off', async () => {
    expect(await new TesseractJsEngine(2).health()).toMatchObject({ ok: true });
    expect(await new TesseractJsEngine(1, false).health()).toMatchObject({
      ok: true,
      detail: 'Reconnaissance du texte désactivée.',
    });
  });
});
