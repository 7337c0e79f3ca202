import { describe, expect, it } from 'vitest';
import { sanitizeHighlight } from '@opendata/api/shared';

// The rules are tested beside them (api/src/shared); this checks what a browser builds from them.
describe('highlights in the DOM', () => {
  it('renders only text and <mark> in the DOM', () => {
    const div = document.createElement('div');
    div.innerHTML = sanitizeHighlight(
      'x <mark>y</mark> <svg onload=alert(1)> <a href=javascript:1>z</a>',
    );
    expect([...div.querySelectorAll('*')].map((e) => e.tagName)).toEqual(['MARK']);
  });
});
