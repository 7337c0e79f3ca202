/**
 * Text helpers shared by both engines: folding and tokenising like SQLite's
 * `unicode61 remove_diacritics 2`, typo distance, and HTML-safe highlight rendering.
 */

/** Marks placed around matches by the engines, turned into `<mark>` after HTML escaping. */
export const MARK_OPEN = '\u0002';
export const MARK_CLOSE = '\u0003';

/** Control characters are removed from indexed text (so they can never fake a marker). */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

export function stripControlChars(s: string): string {
  return s.replace(CONTROL, ' ');
}

/** Lower case without diacritics: `Délibèration` → `deliberation`. */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

const TOKEN = /[\p{L}\p{N}]+/gu;

/** Folded words, in order (separators: anything that is not a letter or a digit). */
export function tokenize(s: string): string[] {
  return fold(s).match(TOKEN) ?? [];
}

export interface QueryTerms {
  terms: string[];
  /** The last term is being typed (no separator after it): match it as a prefix too. */
  lastIsPrefix: boolean;
}

export function queryTerms(text: string | undefined, maxTerms: number): QueryTerms {
  if (!text) {
    return { terms: [], lastIsPrefix: false };
  }
  const all = tokenize(text);
  const terms = [...new Set(all.slice(0, maxTerms))];
  const endsInWord = /[\p{L}\p{N}\p{M}]$/u.test(text) && all.length <= maxTerms;
  return { terms, lastIsPrefix: endsInWord && terms.length > 0 && terms.at(-1) === all.at(-1) };
}

/** Typos allowed for a query word, as Meilisearch does: 1 from 5 letters, 2 from 9. */
export function allowedTypos(term: string): number {
  if (/\p{N}/u.test(term)) {
    return 0;
  }
  return term.length >= 9 ? 2 : term.length >= 5 ? 1 : 0;
}

/**
 * Optimal-string-alignment distance (insert, delete, substitute, swap two neighbours),
 * or `max + 1` as soon as it is known to exceed `max`.
 */
export function typoDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) {
    return max + 1;
  }
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, prev2[j - 2] + 1);
      }
      cur[j] = d;
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) {
      return max + 1;
    }
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n];
}

/** The word itself and every string obtained by deleting one character (symmetric-delete keys). */
export function deleteKeys(term: string): string[] {
  const keys = new Set<string>([term]);
  for (let i = 0; i < term.length; i++) {
    keys.add(term.slice(0, i) + term.slice(i + 1));
  }
  return [...keys];
}

/** Keys with up to two deletions, for query words allowed two typos. */
export function deleteKeys2(term: string): string[] {
  const keys = new Set<string>();
  for (const k of deleteKeys(term)) {
    for (const k2 of deleteKeys(k)) {
      keys.add(k2);
    }
  }
  return [...keys];
}

export function escapeHtml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * Text with MARK_OPEN/MARK_CLOSE around matches → HTML: escaped, marks as `<mark>`, cut to
 * about `maxLength` visible characters around the first match (ellipsis where cut), whitespace
 * collapsed. Unbalanced marks are closed or dropped, so the output is always well formed.
 */
export function renderHighlight(marked: string, maxLength: number): string {
  const text = marked.replace(/\s+/g, ' ').trim();
  const visible = text.replace(/[\u0002\u0003]/g, '');
  let start = 0;
  let end = text.length;
  if (visible.length > maxLength) {
    const first = text.indexOf(MARK_OPEN);
    const anchor = first < 0 ? 0 : first;
    start = Math.max(0, anchor - Math.floor(maxLength / 3));
    if (start > 0) {
      const space = text.indexOf(' ', start);
      start = space >= 0 && space < anchor ? space + 1 : start;
    }
    end = start;
    for (let seen = 0; end < text.length && seen < maxLength; end++) {
      if (text[end] !== MARK_OPEN && text[end] !== MARK_CLOSE) {
        seen++;
      }
    }
    const space = text.lastIndexOf(' ', end);
    end = space > start + maxLength / 2 && end < text.length ? space : end;
  }
  let out = start > 0 ? '…' : '';
  let open = false;
  for (const part of text.slice(start, end).split(/([\u0002\u0003])/)) {
    if (part === MARK_OPEN) {
      out += open ? '' : '<mark>';
      open = true;
    } else if (part === MARK_CLOSE) {
      out += open ? '</mark>' : '';
      open = false;
    } else {
      out += escapeHtml(part);
    }
  }
  out += open ? '</mark>' : '';
  return out + (end < text.length ? '…' : '');
}

/** Words to mark in a highlight: folded exact words, and prefixes (the word being typed). */
export interface HighlightTerms {
  exact: ReadonlySet<string>;
  prefixes: readonly string[];
}

/** Only this many characters of a long field are scanned for the first match. */
export const HIGHLIGHT_SCAN_LIMIT = 300_000;
const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const foldCache = new Map<string, string>();

function foldWord(w: string): string {
  let f = foldCache.get(w);
  if (f === undefined) {
    if (foldCache.size > 20_000) {
      foldCache.clear();
    }
    f = fold(w);
    foldCache.set(w, f);
  }
  return f;
}

/**
 * Highlights `text` for display: HTML-escaped, matched words wrapped in `<mark>`, whitespace
 * collapsed; text longer than `maxLength` becomes a snippet starting shortly before the first
 * match (or the beginning when no match is found), with `…` where it is cut.
 */
export function highlightText(
  text: string,
  terms: HighlightTerms | null,
  maxLength: number,
): string {
  const isMatch = (w: string) => {
    if (!terms) {
      return false;
    }
    const f = foldWord(w);
    return terms.exact.has(f) || terms.prefixes.some((p) => f.startsWith(p));
  };
  const flat = text.length > HIGHLIGHT_SCAN_LIMIT ? text.slice(0, HIGHLIGHT_SCAN_LIMIT) : text;
  let start = 0;
  let end = flat.length;
  if (flat.length > maxLength) {
    let anchor = 0;
    for (const m of terms ? flat.matchAll(WORD) : []) {
      if (isMatch(m[0])) {
        anchor = m.index;
        break;
      }
    }
    start = Math.max(0, anchor - Math.floor(maxLength / 3));
    const space = start > 0 ? flat.slice(start, anchor).search(/\s/) : -1;
    start = space >= 0 ? start + space + 1 : start;
    end = Math.min(flat.length, start + maxLength);
    const lastSpace = flat.slice(start, end).search(/\s\S*$/);
    end = end < flat.length && lastSpace > maxLength / 2 ? start + lastSpace : end;
  }
  const slice = flat.slice(start, end).replace(/\s+/g, ' ');
  let out = start > 0 ? '…' : '';
  let last = 0;
  for (const m of terms ? slice.matchAll(WORD) : []) {
    if (isMatch(m[0])) {
      out += `${escapeHtml(slice.slice(last, m.index))}<mark>${escapeHtml(m[0])}</mark>`;
      last = m.index + m[0].length;
    }
  }
  out += escapeHtml(slice.slice(last));
  return (
    (start > 0 ? out.replace(/^… /, '…') : out.trimStart()).trimEnd() +
    (end < text.length ? '…' : '')
  );
}
