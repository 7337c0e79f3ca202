import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ocrEngineContract } from '../../../test/unit/ocr-engine.contract.js';
import { TesseractBinaryEngine } from './tesseract-binary-engine.js';

function skipReason(): string | null {
  try {
    const langs = execFileSync('tesseract', ['--list-langs'], { encoding: 'utf8' });
    return langs.split(/\s+/).includes('fra') ? null : 'tesseract-ocr-fra is not installed';
  } catch {
    return 'the tesseract program is not installed (apt-get install tesseract-ocr tesseract-ocr-fra)';
  }
}
const skip = skipReason();

ocrEngineContract('Tesseract program', () => new TesseractBinaryEngine(1, true, 'tesseract'), skip);

describe('TesseractBinaryEngine health', () => {
  it('reports a missing program clearly', async () => {
    expect(await new TesseractBinaryEngine(1, true, '/nonexistent/tesseract').health()).toEqual({
      ok: false,
      engine: 'tesseract (programme /nonexistent/tesseract, fra)',
      detail: 'Programme Tesseract introuvable.',
    });
  });
});
