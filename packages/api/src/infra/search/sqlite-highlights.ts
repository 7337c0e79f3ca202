import type { CheckedQuery } from './search-validation.js';
import { col } from './sqlite-schema.js';
import type { Statements } from './sqlite-statements.js';
import { HIGHLIGHT_SCAN_LIMIT, highlightText, type HighlightTerms } from './text.js';

/**
 * Highlights of a page's hits, computed in JavaScript from their stored text (text.ts): FTS5's
 * highlight()/snippet() per hit took 100–280 ms a page. Read one row at a time by rowid (texts
 * can be long: no JSON aggregate, see sqlite-statements.ts).
 */
export function readHighlights(
  stmts: Statements,
  highlight: CheckedQuery['highlight'],
  terms: HighlightTerms | null,
  rids: number[],
): Map<number, Record<string, string>> {
  const out = new Map<number, Record<string, string>>();
  if (!highlight || rids.length === 0) {
    return out;
  }
  const { fields, maxLength } = highlight;
  const cols = fields.map((f) => `substr(${col(f)}, 1, ${HIGHLIGHT_SCAN_LIMIT})`).join(', ');
  for (const rid of rids) {
    const row = stmts.row(`SELECT ${cols} FROM content WHERE rid = ?`, [BigInt(rid)]);
    const h: Record<string, string> = {};
    fields.forEach((f, i) => {
      const v = row?.[i];
      if (typeof v === 'string' && v.trim() !== '') {
        h[f] = highlightText(v, terms, maxLength);
      }
    });
    out.set(rid, h);
  }
  return out;
}
