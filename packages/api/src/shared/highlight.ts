/**
 * Highlights come from the server already HTML-escaped, with `<mark>` around matched terms. As
 * defence in depth, this keeps `<mark>`/`</mark>` (balanced) and escapes every other tag, so the
 * result is safe for `v-html` even if the server ever sent something else. Character references
 * (`&amp;`, `&#39;`) are kept: they cannot create markup.
 */
const MARK = /<(\/?)mark\s*>/gi;
const ENTITY = /&(?:[a-z][a-z0-9]*|#\d+|#x[0-9a-f]+);/iy;

function escapeText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '&') {
      ENTITY.lastIndex = i;
      out += ENTITY.test(text) ? '&' : '&amp;';
    } else if (c === '<') {
      out += '&lt;';
    } else if (c === '>') {
      out += '&gt;';
    } else if (c === '"') {
      out += '&quot;';
    } else {
      out += c;
    }
  }
  return out;
}

export function sanitizeHighlight(html: string): string {
  let out = '';
  let open = false;
  let last = 0;
  for (const m of html.matchAll(MARK)) {
    out += escapeText(html.slice(last, m.index));
    last = m.index + m[0].length;
    const closing = m[1] === '/';
    if (!closing && !open) {
      out += '<mark>';
      open = true;
    } else if (closing && open) {
      out += '</mark>';
      open = false;
    }
  }
  out += escapeText(html.slice(last));
  return open ? `${out}</mark>` : out;
}

/** Plain text → HTML (for a subject without highlight, rendered by the same template). */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
