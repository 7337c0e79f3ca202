import Database from 'libsql';
import { describe, expect, it } from 'vitest';
import { FTS_SEPARATORS, phrase } from './sqlite-query.js';
import { tokenize } from './text.js';

describe('FTS5 phrases of the embedded engine', () => {
  it('quotes words as data and marks prefixes', () => {
    expect(phrase('conseil')).toBe('"conseil"');
    expect(phrase('a"b', true)).toBe('"a""b"*');
    expect(phrase('a\u19b0b', true)).toBe('("a" AND "b"*)');
    expect(phrase('\u19b0', true)).toBe('""');
  });

  it('never sends FTS5 a phrase of several tokens, whatever letter or digit is typed', () => {
    const db = new Database(':memory:');
    db.exec(
      `CREATE VIRTUAL TABLE t USING fts5(a, tokenize = "unicode61 remove_diacritics 2", detail = column)`,
    );
    const rejected: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      const ch = cp >= 0xd800 && cp <= 0xdfff ? '' : String.fromCodePoint(cp);
      if (!/[\p{L}\p{N}]/u.test(ch)) {
        continue;
      }
      for (const word of tokenize(`a${ch}b`)) {
        try {
          db.prepare('SELECT count(*) FROM t WHERE t MATCH ?').get(phrase(word, true));
        } catch {
          rejected.push(cp.toString(16));
        }
      }
    }
    db.close();
    expect(rejected).toEqual([]);
    expect(FTS_SEPARATORS.test('\u19c0')).toBe(true);
    // Every code point: several seconds on a slow or busy machine.
  }, 120_000);
});
