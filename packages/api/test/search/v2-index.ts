import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'libsql';
import type {
  SearchDocument,
  SearchIndexDefinition,
} from '../../src/infra/search/search-engine.js';
import { checkDocument } from '../../src/infra/search/search-validation.js';
import { Statements } from '../../src/infra/search/sqlite-statements.js';
import { TypoVocabulary } from '../../src/infra/search/sqlite-typos.js';

/**
 * Writes `<dir>/<name>.sqlite` exactly as the embedded engine of schema version 2 did (its
 * tables, triggers, `meta` layout and write statements, copied from that version), to test
 * the upgrade of an index kept from before partitions.
 */
export function writeV2Index(
  def: SearchIndexDefinition,
  dir: string,
  name: string,
  raw: readonly SearchDocument[],
): string {
  const docs = raw.map((d) => checkDocument(def, d));
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.sqlite`);
  const db = new Database(file);
  db.exec('PRAGMA page_size = 16384');
  db.exec('PRAGMA journal_mode = WAL');
  const col = (f: string) => `c_${f}`;
  const text = Object.keys(def.searchable).map(col);
  const filters = Object.entries(def.filterable).map(([f, t]) => ({
    field: f,
    name: col(f),
    type: t === 'number' ? 'NUMERIC' : 'TEXT',
  }));
  const list = (prefix: string) => text.map((c) => `${prefix}${c}`).join(', ');
  const changed = text.map((c) => `old.${c} IS NOT new.${c}`).join(' OR ');
  const fts = `tokenize = "unicode61 remove_diacritics 2"`;
  [
    'CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)',
    `CREATE TABLE docs (rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, ${filters
      .map((c) => `${c.name} ${c.type}`)
      .join(', ')})`,
    ...Object.keys(def.filterable).map((f) => `CREATE INDEX ix_${f} ON docs(${col(f)})`),
    `CREATE TABLE content (rid INTEGER PRIMARY KEY, ${text.map((c) => `${c} TEXT`).join(', ')})`,
    `CREATE VIRTUAL TABLE fts USING fts5(${text.join(', ')}, content = 'content', content_rowid = 'rid', ${fts})`,
    `CREATE TRIGGER docs_ad AFTER DELETE ON docs BEGIN DELETE FROM content WHERE rid = old.rid; END`,
    `CREATE TRIGGER content_ai AFTER INSERT ON content BEGIN
       INSERT INTO fts(rowid, ${list('')}) VALUES (new.rid, ${list('new.')}); END`,
    `CREATE TRIGGER content_ad AFTER DELETE ON content BEGIN
       INSERT INTO fts(fts, rowid, ${list('')}) VALUES ('delete', old.rid, ${list('old.')}); END`,
    `CREATE TRIGGER content_au AFTER UPDATE ON content WHEN ${changed} BEGIN
       INSERT INTO fts(fts, rowid, ${list('')}) VALUES ('delete', old.rid, ${list('old.')});
       INSERT INTO fts(rowid, ${list('')}) VALUES (new.rid, ${list('new.')}); END`,
    `CREATE TABLE vocab (term TEXT PRIMARY KEY) WITHOUT ROWID`,
    `CREATE TABLE vocab_keys (key TEXT NOT NULL, term TEXT NOT NULL, PRIMARY KEY (key, term)) WITHOUT ROWID`,
  ].forEach((s) => db.exec(s));
  const fields = { searchable: Object.keys(def.searchable), filterable: def.filterable };
  db.prepare("INSERT INTO meta (key, value) VALUES ('layout', ?)").run(
    JSON.stringify({ v: 2, fields, fts }),
  );
  const upsertDoc = db.prepare(
    `INSERT INTO docs (id, ${filters.map((c) => c.name).join(', ')}) VALUES (?${', ?'.repeat(filters.length)})
     ON CONFLICT(id) DO UPDATE SET ${filters.map((c) => `${c.name} = excluded.${c.name}`).join(', ')}
     RETURNING rid`,
  );
  const upsertContent = db.prepare(
    `INSERT INTO content (rid, ${text.join(', ')}) VALUES (?${', ?'.repeat(text.length)})
     ON CONFLICT(rid) DO UPDATE SET ${text.map((c) => `${c} = excluded.${c}`).join(', ')}`,
  );
  const searchable = Object.keys(def.searchable);
  const vocab = new TypoVocabulary(new Statements(db));
  const words = new Set<string>();
  TypoVocabulary.wordsOf(
    docs.flatMap((d) => searchable.map((f) => d[f]).filter((v) => typeof v === 'string')),
    words,
  );
  db.transaction(() => {
    for (const d of docs) {
      const { rid } = upsertDoc.get(d.id, ...filters.map((c) => d[c.field] ?? null)) as {
        rid: number;
      };
      upsertContent.run(rid, ...searchable.map((f) => d[f] ?? null));
    }
    vocab.add(words);
  })();
  db.close();
  return file;
}
