import { describe, expect, it } from 'vitest';
import { textOriginLabel } from './act-display';

const pdf = { mediaType: 'application/pdf' };

describe('textOriginLabel', () => {
  it('tells staff whether a PDF’s text comes from its text layer or from OCR, with confidence', () => {
    expect(textOriginLabel({ ...pdf, textSource: 'TEXT_LAYER' })).toBe(
      'Texte : couche texte du PDF',
    );
    expect(
      textOriginLabel({ ...pdf, textSource: 'OCR', ocrStatus: 'DONE', ocrConfidence: 87.6 }),
    ).toBe('Texte : reconnu dans les images (OCR) (confiance 88 %)');
  });

  it('shows a pending OCR and a failure with its reason', () => {
    expect(textOriginLabel({ ...pdf, textSource: 'TEXT_LAYER', ocrStatus: 'PENDING' })).toBe(
      'Texte : reconnaissance (OCR) en attente',
    );
    expect(
      textOriginLabel({
        ...pdf,
        textSource: 'TEXT_LAYER',
        ocrStatus: 'FAILED',
        ocrError: 'Aucun texte reconnu dans les pages de ce document.',
      }),
    ).toBe(
      'Texte : reconnaissance (OCR) en échec — Aucun texte reconnu dans les pages de ce document.',
    );
  });

  it('says nothing for a file that is not a PDF', () => {
    expect(textOriginLabel({ mediaType: 'application/xml' })).toBeNull();
  });
});
