import type { SearchIndexDefinition } from './search-engine.js';

/**
 * Tables of the embedded engine, all in one SQLite file per index:
 * - `docs`: one narrow row per document, one indexed column `c_<field>` per filterable field
 *   (filters, sorts and facets scan only these small rows). With a `partition` field, rowids
 *   are allocated so that each value's documents are contiguous (`parts`, sqlite-partitions.ts):
 *   a filter on that value becomes a rowid range, in `docs` and in the FTS5 doclists;
 * - `facets`: the combinations of facet values, `docs.fcode` referring to one (sqlite-facets.ts);
 *   `facet_counts`: documents per combination, kept by triggers on `docs` (facetCountStatements);
 * - `content`: the searchable text, same rowid (`rid`), read back for highlights (and, within an
 *   organisation, for relevance);
 * - `fts`: an FTS5 index over `content` (external content), kept in step by triggers, with
 *   accent and case folding by `unicode61 remove_diacritics 2`;
 * - `vocab` / `vocab_keys`: words seen in searchable text, with their one-deletion keys, to
 *   expand a query word to the indexed words within one or two typos (symmetric deletion).
 */
export const SCHEMA_VERSION = 3;

export const col = (field: string): string => `c_${field}`;

/** `meta` key renewed whenever `facets` is created: cached facet codes are then forgotten. */
export const FACETS_EPOCH = 'facets_epoch';

export function searchableColumns(def: SearchIndexDefinition): string[] {
  return Object.keys(def.searchable).map(col);
}

/** Filterable fields: columns of the narrow `docs` table (filters, sorts, facets). */
export function filterColumns(
  def: SearchIndexDefinition,
): { field: string; name: string; type: string }[] {
  return Object.entries(def.filterable).map(([field, type]) => ({
    field,
    name: col(field),
    type: type === 'number' ? 'NUMERIC' : 'TEXT',
  }));
}

/**
 * FTS5 options, measured on 100k acts (bench/search-bench.ts, README.md):
 * - `detail = column`: no token positions, only which fields hold a word (phrases of one
 *   token only, which is all the engine sends; relevance weighs fields, sqlite-query.ts);
 *   the full-text index shrinks by ~45 % and indexing is ~10 % faster;
 * - `prefix = '3'`: the 3-letter prefix typed first in a search box is one doclist that a
 *   rowid range can seek into, instead of an OR of every completion (2.5–4× faster within an
 *   organisation, and no merge of every completion over the whole platform);
 *   with both, the index is ~10 % smaller than with positions and no prefix index.
 */
export const PREFIX_INDEX_LENGTH = 3;
const FTS_OPTIONS = `tokenize = "unicode61 remove_diacritics 2", detail = column, prefix = '${PREFIX_INDEX_LENGTH}'`;
const FTS_OPTIONS_V2 = `tokenize = "unicode61 remove_diacritics 2"`;

/** Documents, their text and partitions, without the full-text index (see ftsStatements). */
export function tableStatements(def: SearchIndexDefinition): string[] {
  const text = searchableColumns(def);
  return [
    `CREATE TABLE docs (rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, ${filterColumns(def)
      .map((c) => `${c.name} ${c.type}`)
      .join(', ')}, fcode INTEGER)`,
    `CREATE TABLE content (rid INTEGER PRIMARY KEY, ${text.map((c) => `${c} TEXT`).join(', ')})`,
    `CREATE TABLE parts (value TEXT PRIMARY KEY, slot INTEGER NOT NULL UNIQUE) WITHOUT ROWID`,
    `CREATE TABLE facets (code INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE${def.facets
      .map((f) => `, ${col(f)} ${def.filterable[f] === 'number' ? 'NUMERIC' : 'TEXT'}`)
      .join('')})`,
    `INSERT OR REPLACE INTO meta (key, value) VALUES ('${FACETS_EPOCH}', hex(randomblob(8)))`,
  ];
}

/** Key of a combination of facet values: `json_array(…)`, like JSON.stringify in sqlite-facets.ts. */
export function facetKeySql(def: SearchIndexDefinition, alias: string): string {
  return `json_array(${def.facets.map((f) => `${alias}.${col(f)}`).join(', ')})`;
}

/** One index per filterable field; none for the partition field: its values are rowid ranges. */
export function indexStatements(def: SearchIndexDefinition): string[] {
  return Object.keys(def.filterable)
    .filter((f) => f !== def.partition)
    .map((f) => `CREATE INDEX ix_${f} ON docs(${col(f)})`);
}

/** Typo vocabulary (sqlite-typos.ts): independent of rowids. */
export const VOCAB_STATEMENTS = [
  `CREATE TABLE vocab (term TEXT PRIMARY KEY) WITHOUT ROWID`,
  `CREATE TABLE vocab_keys (key TEXT NOT NULL, term TEXT NOT NULL, PRIMARY KEY (key, term)) WITHOUT ROWID`,
];

/** The FTS5 index over `content` and the triggers keeping it (and `content`) in step. */
export function ftsStatements(def: SearchIndexDefinition): string[] {
  const text = searchableColumns(def);
  const list = (prefix: string) => text.map((c) => `${prefix}${c}`).join(', ');
  const changed = text.map((c) => `old.${c} IS NOT new.${c}`).join(' OR ');
  return [
    `CREATE VIRTUAL TABLE fts USING fts5(${text.join(', ')}, content = 'content', content_rowid = 'rid', ${FTS_OPTIONS})`,
    `CREATE TRIGGER docs_ad AFTER DELETE ON docs BEGIN DELETE FROM content WHERE rid = old.rid; END`,
    `CREATE TRIGGER content_ai AFTER INSERT ON content BEGIN
       INSERT INTO fts(rowid, ${list('')}) VALUES (new.rid, ${list('new.')}); END`,
    `CREATE TRIGGER content_ad AFTER DELETE ON content BEGIN
       INSERT INTO fts(fts, rowid, ${list('')}) VALUES ('delete', old.rid, ${list('old.')}); END`,
    `CREATE TRIGGER content_au AFTER UPDATE ON content WHEN ${changed} BEGIN
       INSERT INTO fts(fts, rowid, ${list('')}) VALUES ('delete', old.rid, ${list('old.')});
       INSERT INTO fts(rowid, ${list('')}) VALUES (new.rid, ${list('new.')}); END`,
  ];
}

export function createStatements(def: SearchIndexDefinition): string[] {
  return [
    ...tableStatements(def),
    ...indexStatements(def),
    ...VOCAB_STATEMENTS,
    ...ftsStatements(def),
  ];
}

/**
 * Number of documents per facet combination (`docs.fcode`; -1 for a document without a code),
 * kept by triggers on `docs`: a search without text or filter over the whole index reads its
 * total and facets here (a few hundred rows) instead of counting every document (1M acts:
 * ~90 ms). Added to an index without it when opened (facetCountStatements), filled from `docs`.
 */
export const FACET_COUNTS_TABLE = 'facet_counts';

export function facetCountStatements(): string[] {
  const plus = (v: string) => `INSERT INTO facet_counts (code, n) VALUES (ifnull(${v}.fcode, -1), 1)
       ON CONFLICT(code) DO UPDATE SET n = n + 1;`;
  const minus = (v: string) =>
    `UPDATE facet_counts SET n = n - 1 WHERE code = ifnull(${v}.fcode, -1);`;
  return [
    `CREATE TABLE facet_counts (code INTEGER PRIMARY KEY, n INTEGER NOT NULL)`,
    `INSERT INTO facet_counts (code, n) SELECT ifnull(fcode, -1), count(*) FROM docs GROUP BY 1`,
    `CREATE TRIGGER docs_fc_ai AFTER INSERT ON docs BEGIN ${plus('new')} END`,
    `CREATE TRIGGER docs_fc_ad AFTER DELETE ON docs BEGIN ${minus('old')} END`,
    `CREATE TRIGGER docs_fc_au AFTER UPDATE OF fcode ON docs WHEN old.fcode IS NOT new.fcode
       BEGIN ${minus('old')} ${plus('new')} END`,
  ];
}

export const DROP_STATEMENTS = [
  'DROP TABLE IF EXISTS facet_counts',
  'DROP TABLE IF EXISTS docs',
  'DROP TABLE IF EXISTS fts',
  'DROP TABLE IF EXISTS content',
  'DROP TABLE IF EXISTS parts',
  'DROP TABLE IF EXISTS facets',
  'DROP TABLE IF EXISTS vocab',
  'DROP TABLE IF EXISTS vocab_keys',
];

/** Declared fields that shape the stored index (weights do not). */
export function fieldsSignature(def: SearchIndexDefinition) {
  return { searchable: Object.keys(def.searchable), filterable: def.filterable };
}

/**
 * Recorded in `meta`: a change of fields rebuilds the (derived) index; an older schema version
 * with the same fields is migrated (sqlite-migrate.ts); weights change nothing.
 */
export function layoutSignature(def: SearchIndexDefinition): string {
  return JSON.stringify({
    v: SCHEMA_VERSION,
    fields: fieldsSignature(def),
    fts: FTS_OPTIONS,
    partition: def.partition ?? null,
  });
}

/** The layout a version-2 index of the same definition recorded (before partitions). */
export function layoutSignatureV2(def: SearchIndexDefinition): string {
  return JSON.stringify({ v: 2, fields: fieldsSignature(def), fts: FTS_OPTIONS_V2 });
}
