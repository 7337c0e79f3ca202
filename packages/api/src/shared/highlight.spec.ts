import { describe, expect, it } from 'vitest';
import { escapeHtml, sanitizeHighlight } from './highlight.js';

describe('sanitizeHighlight', () => {
  it('keeps the server’s <mark> and its escaped text', () => {
    expect(sanitizeHighlight('la <mark>médiathèque</mark> &amp; l&#39;école &lt;b&gt;')).toBe(
      'la <mark>médiathèque</mark> &amp; l&#39;école &lt;b&gt;',
    );
  });

  it('escapes every other tag, attribute or stray character', () => {
    expect(sanitizeHighlight('<img src=x onerror=alert(1)><mark class="x">a</mark>')).toBe(
      '&lt;img src=x onerror=alert(1)&gt;&lt;mark class=&quot;x&quot;&gt;a',
    );
    expect(sanitizeHighlight('<script>alert(1)</script>')).toBe(
      '&lt;script&gt;alert(1)&lt;/script&gt;',
    );
    expect(sanitizeHighlight('a & b < c')).toBe('a &amp; b &lt; c');
    expect(sanitizeHighlight('<MARK >x</Mark>')).toBe('<mark>x</mark>');
  });

  it('balances marks (no nesting, no unclosed mark)', () => {
    expect(sanitizeHighlight('</mark>a<mark>b<mark>c')).toBe('a<mark>bc</mark>');
  });

  it('escapes plain subjects', () => {
    expect(escapeHtml('Budget <2024> & "primitif"')).toBe(
      'Budget &lt;2024&gt; &amp; &quot;primitif&quot;',
    );
  });
});
