import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { minimalPdf } from '../../../test/fixtures/deposit.fixture.js';
import {
  PASTELL_DIR,
  pastellManifest,
  sharedFixturesSkipReason,
} from '../../../test/fixtures/shared-fixtures.js';
import { normalizePdfText, PdfTextExtractor } from './pdf-text.js';

const extractor = new PdfTextExtractor();
const extractPdfText = extractor.extract.bind(extractor);
const closePdfText = () => extractor.close();
afterAll(() => extractor.close());
import { readZipEntries } from '../zip/safe-unzip.js';

describe('extractPdfText', () => {
  it('extracts accented French text from a generated PDF, page by page', async () => {
    const pdf = minimalPdf([
      'Délibération n° D2024_001',
      'Page deux : l’œuvre « réalisée » – 12 €',
    ]);
    const out = await extractPdfText(pdf);
    expect(out.pages).toBe(2);
    expect(out.text).toBe('Délibération n° D2024_001\n\nPage deux : l’œuvre « réalisée » – 12 €');
    expect(out.warnings).toEqual([]);
    expect(out.truncated).toBe(false);
  });

  it('does not detach or alter the caller’s buffer', async () => {
    const pdf = minimalPdf('texte');
    const copy = Buffer.from(pdf);
    await extractPdfText(pdf);
    expect(pdf.equals(copy)).toBe(true);
  });

  it('caps the text length', async () => {
    const pdf = minimalPdf(Array.from({ length: 5 }, (_, i) => `page ${i} ${'mot '.repeat(50)}`));
    const out = await extractPdfText(pdf, { maxChars: 300 });
    expect(out.text.length).toBeLessThanOrEqual(300);
    expect(out.truncated).toBe(true);
    expect(out.warnings.join()).toMatch(/tronqué/);
  });

  it('never throws on bad input: empty text and a French warning', async () => {
    for (const bad of [
      Buffer.alloc(0),
      Buffer.from('pas un pdf du tout'),
      minimalPdf('coupé').subarray(0, 40),
    ]) {
      const out = await extractPdfText(bad);
      expect(out.text).toBe('');
      expect(out.warnings.length).toBeGreaterThan(0);
    }
  });

  it('warns when a valid PDF holds no text (scanned document)', async () => {
    const out = await extractPdfText(minimalPdf(''));
    expect(out.text).toBe('');
    expect(out.warnings.join()).toMatch(/Aucun texte/);
  });

  it('stops a PDF that runs out of time, keeps the pages read, and goes on working', async () => {
    const big = minimalPdf(
      Array.from({ length: 400 }, (_, i) => `page ${i} ${'délibération '.repeat(40)}`),
    );
    const out = await extractPdfText(big, { timeoutMs: 30 });
    expect(out.warnings.join()).toMatch(/interrompue après/);
    expect(out.pages === 0 || out.text.split('\n\n').length < 400).toBe(true);
    const next = await extractPdfText(minimalPdf('après la coupure'));
    expect(next.text).toBe('après la coupure');
  });

  it('fails (for a later retry) instead of returning an empty text when shutting down', async () => {
    const big = minimalPdf(
      Array.from({ length: 400 }, (_, i) => `page ${i} ${'délibération '.repeat(40)}`),
    );
    const running = extractPdfText(big);
    await closePdfText();
    await expect(running).rejects.toThrow(/shutting down/);
    expect((await extractPdfText(minimalPdf('redémarré'))).text).toBe('redémarré');
  });

  it('runs many extractions at once, each with its own text', async () => {
    const outs = await Promise.all(
      Array.from({ length: 12 }, (_, i) => extractPdfText(minimalPdf(`acte numéro ${i}`))),
    );
    expect(outs.map((o) => o.text)).toEqual(
      Array.from({ length: 12 }, (_, i) => `acte numéro ${i}`),
    );
  });

  it('normalises whitespace, ligatures and control characters', () => {
    expect(normalizePdfText('  e\uFB00et\u00a0\u00a0 ligne \r\n\n\n\nfin\u0007 ')).toBe(
      'effet ligne\n\nfin',
    );
  });
});

const skip = sharedFixturesSkipReason();

describe.skipIf(skip !== undefined)('extractPdfText on the real Pastell deposits', () => {
  it('finds each deposit’s keyword in its main PDFs', async () => {
    const valid = pastellManifest().deposits.filter((d) => d.expected);
    expect(valid.length).toBeGreaterThan(5);
    for (const d of valid) {
      const entries = await readZipEntries(path.join(PASTELL_DIR, d.file));
      for (const main of d.expected!.main_files) {
        const entry = entries.find((e) => e.name === main.name)!;
        const out = await extractPdfText(entry.bytes);
        expect(out.pages, d.file).toBe(main.pages);
        expect(out.text.toLowerCase(), d.file).toContain(d.expected!.keyword.toLowerCase());
        expect(out.text, d.file).toContain(main.token);
      }
    }
  });
});
