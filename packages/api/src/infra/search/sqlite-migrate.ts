import type Database from 'libsql';
import type { SearchIndexDefinition } from './search-engine.js';
import {
  col,
  facetKeySql,
  filterColumns,
  ftsStatements,
  indexStatements,
  searchableColumns,
  tableStatements,
} from './sqlite-schema.js';
import { SLOT_SIZE } from './sqlite-partitions.js';

const V2_TRIGGERS = ['docs_ad', 'content_ai', 'content_ad', 'content_au'];

/**
 * Upgrades in place an index written by schema version 2 with the same declared fields: the
 * documents get rowids grouped by partition (sqlite-partitions.ts), then the full-text index
 * is rebuilt from the stored text (FTS5 `rebuild`, in rowid order). Nothing is lost, nothing
 * needs the database: the index is searchable as soon as this returns. Its duration grows with
 * the corpus like a full indexing pass (measured in README.md). Runs inside the caller's
 * transaction: a crash leaves the version-2 index as it was, to be migrated at the next start.
 */
export function migrateFromV2(db: Database.Database, def: SearchIndexDefinition): void {
  const filters = filterColumns(def).map((c) => c.name);
  const text = searchableColumns(def);
  const partition = def.partition ? `o.${col(def.partition)}` : 'NULL';
  V2_TRIGGERS.forEach((t) => db.exec(`DROP TRIGGER IF EXISTS ${t}`));
  db.exec('DROP TABLE IF EXISTS fts');
  Object.keys(def.filterable).forEach((f) => db.exec(`DROP INDEX IF EXISTS ix_${f}`));
  db.exec('ALTER TABLE docs RENAME TO v2_docs');
  db.exec('ALTER TABLE content RENAME TO v2_content');
  db.exec('DROP TABLE IF EXISTS parts');
  db.exec('DROP TABLE IF EXISTS facets');
  tableStatements(def).forEach((s) => db.exec(s));
  const facetCols = def.facets.map(col);
  db.exec(
    `INSERT INTO facets (key${facetCols.map((c) => `, ${c}`).join('')})
     SELECT DISTINCT ${facetKeySql(def, 'o')}${facetCols.map((c) => `, o.${c}`).join('')} FROM v2_docs o`,
  );
  db.exec(
    `INSERT INTO parts (value, slot)
     SELECT v, row_number() OVER (ORDER BY v) FROM
       (SELECT DISTINCT ${partition} AS v FROM v2_docs o WHERE ${partition} IS NOT NULL)`,
  );
  // Keyed by the new rowid: the copies below read it in that order, with no sort (sorting the
  // joined text rows took 2.4 GB of memory at 1M acts).
  db.exec('CREATE TEMP TABLE v2_rids (rid INTEGER PRIMARY KEY, old INTEGER NOT NULL)');
  db.exec(
    `INSERT INTO temp.v2_rids (old, rid)
     SELECT o.rid, coalesce(p.slot, 0) * ${SLOT_SIZE} + row_number() OVER (PARTITION BY p.slot ORDER BY o.rid)
     FROM v2_docs o LEFT JOIN parts p ON p.value = ${partition}`,
  );
  db.exec(
    `INSERT INTO docs (rid, id, ${filters.join(', ')}, fcode)
     SELECT m.rid, o.id, ${filters.map((c) => `o.${c}`).join(', ')}, f.code
     FROM temp.v2_rids m CROSS JOIN v2_docs o ON o.rid = m.old
       LEFT JOIN facets f ON f.key = ${facetKeySql(def, 'o')}
     ORDER BY m.rid`,
  );
  // Indexes built once the rows are in (sorted), not row by row.
  indexStatements(def).forEach((s) => db.exec(s));
  db.exec(
    `INSERT INTO content (rid, ${text.join(', ')})
     SELECT m.rid, ${text.map((c) => `c.${c}`).join(', ')}
     FROM temp.v2_rids m CROSS JOIN v2_content c ON c.rid = m.old ORDER BY m.rid`,
  );
  db.exec('DROP TABLE temp.v2_rids');
  db.exec('DROP TABLE v2_docs');
  db.exec('DROP TABLE v2_content');
  ftsStatements(def).forEach((s) => db.exec(s));
  db.exec(`INSERT INTO fts (fts) VALUES ('rebuild')`);
}
