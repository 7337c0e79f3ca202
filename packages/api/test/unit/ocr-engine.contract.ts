import { afterAll, describe, expect, it } from 'vitest';
import type { OcrEngine } from '../../src/infra/ocr/ocr-engine.js';
import {
  corruptScanPdf,
  imagePdf,
  SCAN_SAMPLE_PAGES,
  scanImage,
  scannedPdf,
  wordAccuracy,
} from '../fixtures/scan.fixture.js';

const OPTIONS = { maxPages: 10, pageTimeoutMs: 120_000 };

/**
 * What every OCR engine must do (embedded tesseract.js, a Tesseract binary…), on scanned PDFs
 * built by the fixture builder: known French words found, bounded outcome on hostile files.
 */
export function ocrEngineContract(
  name: string,
  makeEngine: () => OcrEngine,
  skip?: string | null,
): void {
  if (skip) {
    process.stdout.write(`[skipped] OCR engine contract ${name}: ${skip}\n`);
  }
  describe.skipIf(!!skip)(`OCR engine contract: ${name}`, { timeout: 240_000 }, () => {
    const engine = makeEngine();
    afterAll(() => engine.close());

    it('finds at least 95 % of the known words of clean scanned pages, with a confidence', async () => {
      const result = await engine.recognizePdf(scannedPdf(SCAN_SAMPLE_PAGES), OPTIONS);
      expect(result.failure).toBeNull();
      expect(result.pages).toBe(2);
      expect(result.pagesRead).toBe(2);
      expect(wordAccuracy(SCAN_SAMPLE_PAGES.join('\n'), result.text)).toBeGreaterThanOrEqual(0.95);
      expect(result.confidence).toBeGreaterThan(60);
      expect(result.text).toContain('médiathèque');
    });

    it('still reads a skewed, speckled scan (most known words)', async () => {
      const pdf = scannedPdf(SCAN_SAMPLE_PAGES[0]!, { skewDeg: 2, noise: 0.01, seed: 3 });
      const result = await engine.recognizePdf(pdf, OPTIONS);
      expect(result.failure).toBeNull();
      expect(wordAccuracy(SCAN_SAMPLE_PAGES[0]!, result.text)).toBeGreaterThanOrEqual(0.85);
    });

    it('gives a clear French failure, quickly, for a corrupt image stream', async () => {
      const started = Date.now();
      const result = await engine.recognizePdf(corruptScanPdf(), OPTIONS);
      expect(result.text).toBe('');
      expect(result.confidence).toBeNull();
      expect(result.failure).toBe('Aucun texte reconnu dans les pages de ce document.');
      expect(Date.now() - started).toBeLessThan(60_000);
    });

    it('gives a clear French failure for a file that is not a PDF', async () => {
      const result = await engine.recognizePdf(Buffer.from('pas un PDF du tout'), OPTIONS);
      expect(result.text).toBe('');
      expect(result.failure).toMatch(/PDF illisible ou endommagé/);
    });

    it('reads a huge page (5 × 5 m) at a bounded resolution', async () => {
      const text = 'Plan cadastral de la commune\\nParcelle numéro quarante-deux';
      const img = scanImage(text, { dpi: 200, fontPt: 40, pageSize: [1190, 842] });
      const pdf = imagePdf([img], [14_400, 14_400]);
      const started = Date.now();
      const result = await engine.recognizePdf(pdf, OPTIONS);
      expect(result.pages).toBe(1);
      expect(result.failure).toBeNull();
      expect(result.text).toContain('cadastral');
      expect(Date.now() - started).toBeLessThan(120_000);
    });

    it('abandons a page that takes longer than the page time limit and reads the next', async () => {
      const result = await engine.recognizePdf(scannedPdf(SCAN_SAMPLE_PAGES), {
        maxPages: 10,
        pageTimeoutMs: 5,
      });
      expect(result.pages).toBe(2);
      expect(result.warnings).toContain('Page(s) 1, 2 abandonnée(s) après 0 s chacune.');
      expect(result.failure).toBe('Aucun texte reconnu dans les pages de ce document.');
    });

    it('reads at most maxPages pages of a 500-page scan, and says so', async () => {
      const blank = scanImage('Page', { dpi: 40 });
      const pdf = imagePdf(Array.from({ length: 500 }, () => blank));
      const result = await engine.recognizePdf(pdf, { ...OPTIONS, maxPages: 2 });
      expect(result.pages).toBe(500);
      expect(result.warnings).toContain('Seules les 2 premières pages sur 500 ont été lues.');
    });
  });
}
