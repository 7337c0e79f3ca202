import { describe, expect, it } from 'vitest';
import {
  allowedTypos,
  deleteKeys,
  escapeHtml,
  fold,
  highlightText,
  MARK_CLOSE,
  MARK_OPEN,
  queryTerms,
  renderHighlight,
  tokenize,
  typoDistance,
} from './text.js';

describe('search text helpers', () => {
  it('folds accents and case like unicode61 remove_diacritics 2', () => {
    expect(fold('Délibèration MÉDIATHÈQUE ça')).toBe('deliberation mediatheque ca');
    expect(tokenize("L'arrêté n°2024-015 (voirie)")).toEqual([
      'l',
      'arrete',
      'n',
      '2024',
      '015',
      'voirie',
    ]);
  });

  it('reads query words and whether the last one is being typed', () => {
    expect(queryTerms('médiathèque munic', 10)).toEqual({
      terms: ['mediatheque', 'munic'],
      lastIsPrefix: true,
    });
    expect(queryTerms('médiathèque ', 10)).toEqual({ terms: ['mediatheque'], lastIsPrefix: false });
    expect(queryTerms('" OR * )', 10)).toEqual({ terms: ['or'], lastIsPrefix: false });
    expect(queryTerms('a b c d', 2).terms).toEqual(['a', 'b']);
  });

  it('allows typos by word length and measures them', () => {
    expect([
      allowedTypos('voie'),
      allowedTypos('voirie'),
      allowedTypos('deliberation'),
      allowedTypos('20240'),
    ]).toEqual([0, 1, 2, 0]);
    expect(typoDistance('deliberaton', 'deliberation', 2)).toBe(1);
    expect(typoDistance('delibreation', 'deliberation', 2)).toBe(1);
    expect(typoDistance('mediateque', 'mediatheque', 2)).toBe(1);
    expect(typoDistance('abc', 'xyz', 1)).toBe(2);
    expect(deleteKeys('abc').sort()).toEqual(['ab', 'abc', 'ac', 'bc']);
  });

  it('escapes HTML and turns engine marks into <mark> only', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    );
    const marked = `<b>${MARK_OPEN}Délibération${MARK_CLOSE}</b> ${MARK_CLOSE}x${MARK_OPEN}y`;
    expect(renderHighlight(marked, 200)).toBe(
      '&lt;b&gt;<mark>Délibération</mark>&lt;/b&gt; x<mark>y</mark>',
    );
  });

  it('highlights matched words and snippets long text around the first match', () => {
    const terms = { exact: new Set(['photovoltaique']), prefixes: ['gymn'] };
    expect(highlightText('Toit du <gymnase> & photovoltaïque', terms, 200)).toBe(
      'Toit du &lt;<mark>gymnase</mark>&gt; &amp; <mark>photovoltaïque</mark>',
    );
    const long = `${'avant '.repeat(500)}installation photovoltaïque ${'après '.repeat(500)}`;
    const snippet = highlightText(long, terms, 100);
    expect(snippet).toMatch(/^…avant .*<mark>photovoltaïque<\/mark> après.*…$/);
    expect(snippet.replace(/<\/?mark>/g, '').length).toBeLessThanOrEqual(102);
    expect(highlightText(long, null, 50)).toMatch(/^avant avant .*…$/);
  });
});
