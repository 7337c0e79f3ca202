import type { Statements } from './sqlite-statements.js';
import { allowedTypos, deleteKeys, deleteKeys2, tokenize, typoDistance } from './text.js';

/** Shortest indexed word kept as a typo candidate (a 5-letter query word allows one typo). */
export const MIN_TERM = 4;
export const MAX_TERM = 40;
/** Expansions kept per query word, nearest first. */
const MAX_EXPANSIONS = 12;
/** Words already known to be in `vocab`: a bounded cache, emptied when full. */
const KNOWN_CAP = 200_000;
const CACHE_CAP = 2_000;
/** A word before folding: letters, digits and combining marks (split further by tokenize). */
const RAW_WORD = /[\p{L}\p{N}\p{M}]+/gu;

/**
 * Typo tolerance over the indexed vocabulary. Each indexed word is stored with its
 * one-deletion keys; a query word's own keys (one deletion, two for long words) find every
 * word within one typo (insert, delete, substitute, swap), and a scan of the words sharing
 * its first three letters completes two-typo matches for long words. Candidates are checked
 * with the real distance. Words of deleted documents stay in the vocabulary: they expand to
 * nothing that matches, and `clear()` resets it.
 */
export class TypoVocabulary {
  private readonly known = new Set<string>();
  private readonly cache = new Map<string, string[]>();
  private seenVersion: unknown;

  constructor(private readonly stmts: Statements) {
    this.seenVersion = this.version();
  }

  private version(): unknown {
    return this.stmts.value('PRAGMA data_version');
  }

  /** Another process (api and worker apart) wrote to the index: forget what is cached. */
  private syncWithOtherWriters(): void {
    const version = this.version();
    if (version !== this.seenVersion) {
      this.seenVersion = version;
      this.reset();
    }
  }

  /**
   * Words of a batch of texts worth remembering (letters only, 4 to 40 characters). Words
   * repeat a lot: each distinct raw word is folded once (folding whole texts took a fifth of
   * the indexing time).
   */
  static wordsOf(texts: Iterable<string>, into: Set<string>): void {
    const raw = new Set<string>();
    for (const text of texts) {
      for (const w of text.match(RAW_WORD) ?? []) {
        raw.add(w);
      }
    }
    for (const r of raw) {
      for (const w of tokenize(r)) {
        if (w.length >= MIN_TERM && w.length <= MAX_TERM && !/\p{N}/u.test(w)) {
          into.add(w);
        }
      }
    }
  }

  /** Adds new words; call inside the upsert transaction. */
  add(words: Set<string>): void {
    this.syncWithOtherWriters();
    let added = false;
    for (const w of words) {
      if (this.known.has(w)) {
        continue;
      }
      if (this.known.size >= KNOWN_CAP) {
        this.known.clear();
      }
      this.known.add(w);
      if (this.stmts.run('INSERT OR IGNORE INTO vocab(term) VALUES (?)', [w]).changes > 0) {
        added = true;
        for (const k of deleteKeys(w)) {
          this.stmts.run('INSERT OR IGNORE INTO vocab_keys(key, term) VALUES (?, ?)', [k, w]);
        }
      }
    }
    if (added) {
      this.cache.clear();
    }
  }

  reset(): void {
    this.known.clear();
    this.cache.clear();
  }

  /**
   * Indexed words longer than `prefix` that start with it, or null when there are more than
   * `limit` or when words of the prefix's length + 1 could be missing from the vocabulary
   * (prefixes shorter than 3 letters, or with digits): the caller then keeps FTS5's prefix query.
   */
  complete(prefix: string, limit: number): string[] | null {
    if (prefix.length < MIN_TERM - 1 || /\p{N}/u.test(prefix)) {
      return null;
    }
    const rows = this.stmts.rows<[string]>(
      ['term'],
      'SELECT term FROM vocab WHERE term >= ? AND term < ? ORDER BY term LIMIT ?',
      [prefix, `${prefix}\u{10FFFF}`, limit + 1],
    );
    return rows.length > limit ? null : rows.map((r) => r[0]);
  }

  /** Indexed words within the typos allowed for `term` (not `term` itself), nearest first. */
  expand(term: string): string[] {
    const max = allowedTypos(term);
    if (max === 0) {
      return [];
    }
    this.syncWithOtherWriters();
    const cached = this.cache.get(term);
    if (cached) {
      return cached;
    }
    const keys =
      max >= 2 ? [...new Set([...deleteKeys(term), ...deleteKeys2(term)])] : deleteKeys(term);
    const candidates = new Set<string>();
    for (let i = 0; i < keys.length; i += 500) {
      const chunk = keys.slice(i, i + 500);
      const rows = this.stmts.rows<[string]>(
        ['term'],
        `SELECT DISTINCT term FROM vocab_keys WHERE key IN (${chunk.map(() => '?').join(',')})`,
        chunk,
      );
      rows.forEach(([t]) => candidates.add(t));
    }
    if (max >= 2) {
      const head = term.slice(0, 3);
      const rows = this.stmts.rows<[string]>(
        ['term'],
        'SELECT term FROM vocab WHERE term >= ? AND term < ? AND length(term) BETWEEN ? AND ? LIMIT 20000',
        [head, `${head}\u{10FFFF}`, term.length - max, term.length + max],
      );
      rows.forEach(([t]) => candidates.add(t));
    }
    const found = [...candidates]
      .filter((t) => t !== term)
      .map((t) => ({ t, d: typoDistance(term, t, max) }))
      .filter((c) => c.d <= max)
      .sort((a, b) => a.d - b.d || (a.t < b.t ? -1 : 1))
      .slice(0, MAX_EXPANSIONS)
      .map((c) => c.t);
    if (this.cache.size >= CACHE_CAP) {
      this.cache.clear();
    }
    this.cache.set(term, found);
    return found;
  }
}
