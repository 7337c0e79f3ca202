import type Database from 'libsql';
import type { SearchDocument, SearchIndexDefinition } from './search-engine.js';
import type { CheckedFilter } from './search-validation.js';
import { FacetCodes } from './sqlite-facets.js';
import { whereSql } from './sqlite-query.js';
import type { Partitions } from './sqlite-partitions.js';
import { col, filterColumns } from './sqlite-schema.js';
import type { Statements } from './sqlite-statements.js';
import { TypoVocabulary } from './sqlite-typos.js';

/**
 * Writes of the embedded engine: one transaction per batch. A document keeps its rowid while
 * its partition value is unchanged; a new one (or one moved to another partition) gets the
 * next rowid of its partition. Rows are written in rowid order: FTS5 flushes its pending
 * terms to a new segment whenever the rowid goes down, so unsorted batches would leave one
 * small segment per document to merge.
 */
export class SqliteWriter {
  private readonly byId: string;
  private readonly upsertDoc: string;
  private readonly upsertContent: string;
  private readonly filters: ReturnType<typeof filterColumns>;
  private readonly searchable: string[];
  private readonly facetCodes: FacetCodes;

  constructor(
    private readonly db: Database.Database,
    private readonly stmts: Statements,
    def: SearchIndexDefinition,
    private readonly partitions: Partitions,
    private readonly vocab: TypoVocabulary,
  ) {
    this.filters = filterColumns(def);
    this.searchable = Object.keys(def.searchable);
    this.facetCodes = new FacetCodes(stmts, def);
    const names = this.filters.map((c) => c.name);
    const text = this.searchable.map(col);
    this.byId = `SELECT rid, ${def.partition ? col(def.partition) : 'NULL'} FROM docs WHERE id = ?`;
    this.upsertDoc = `INSERT INTO docs (rid, id, ${names.join(', ')}, fcode) VALUES (?, ?${', ?'.repeat(names.length)}, ?)
       ON CONFLICT(rid) DO UPDATE SET ${[...names, 'fcode'].map((c) => `${c} = excluded.${c}`).join(', ')}`;
    this.upsertContent = `INSERT INTO content (rid, ${text.join(', ')}) VALUES (?${', ?'.repeat(text.length)})
       ON CONFLICT(rid) DO UPDATE SET ${text.map((c) => `${c} = excluded.${c}`).join(', ')}`;
  }

  /**
   * Inserts or replaces checked documents; the last one wins when an id repeats. `first` runs
   * at the start of the write transaction (the engine's rebuild bookkeeping, sqlite-rebuild.ts).
   */
  upsert(docs: readonly SearchDocument[], first?: () => void): void {
    const unique = [...new Map(docs.map((d) => [d.id, d])).values()];
    const words = new Set<string>();
    TypoVocabulary.wordsOf(
      unique.flatMap((d) =>
        this.searchable.map((f) => d[f]).filter((v): v is string => typeof v === 'string'),
      ),
      words,
    );
    this.db
      .transaction(() => {
        first?.();
        const allocate = this.partitions.allocator();
        const facetCode = this.facetCodes.lookup();
        const rows = unique.map((doc) => {
          const value = this.partitions.valueOf(doc);
          const found = this.stmts.row<[number, string | null]>(this.byId, [doc.id]);
          if (found && found[1] === value) {
            return { rid: found[0], doc };
          }
          if (found) {
            this.stmts.run('DELETE FROM docs WHERE rid = ?', [BigInt(found[0])]);
          }
          return { rid: allocate(value), doc };
        });
        rows.sort((a, b) => a.rid - b.rid);
        for (const { rid, doc } of rows) {
          const values = this.filters.map((c) => doc[c.field] ?? null);
          // Rowids as bigints: SQL integers (libsql binds numbers as REAL).
          this.stmts.run(this.upsertDoc, [BigInt(rid), doc.id, ...values, facetCode(doc)]);
          const text = this.searchable.map((f) => doc[f] ?? null);
          this.stmts.run(this.upsertContent, [BigInt(rid), ...text]);
        }
        this.vocab.add(words);
      })
      .immediate();
  }

  /** Deletes documents by id (one transaction). */
  delete(ids: readonly string[], first?: () => void): void {
    this.db
      .transaction(() => {
        first?.();
        for (let i = 0; i < ids.length; i += 500) {
          const chunk = ids.slice(i, i + 500);
          this.stmts.run(`DELETE FROM docs WHERE id IN (${chunk.map(() => '?').join(',')})`, chunk);
        }
      })
      .immediate();
  }

  /** Deletes every document matching checked filters (at least one). */
  deleteWhere(checked: readonly CheckedFilter[], first?: () => void): void {
    this.db
      .transaction(() => {
        first?.();
        const scope = this.partitions.scope(checked);
        if (scope === 'none') {
          return;
        }
        const where = scope ? whereSql(scope.filters, scope.ranges) : whereSql(checked);
        this.db
          .prepare(`DELETE FROM docs WHERE rid IN (SELECT d.rid FROM docs d WHERE ${where.sql})`)
          .run(...where.params);
      })
      .immediate();
  }

  /** Removes every document, keeping the tables (rebuild replay of a `clear()`). */
  deleteAll(first?: () => void): void {
    this.db
      .transaction(() => {
        first?.();
        this.stmts.run('DELETE FROM docs');
      })
      .immediate();
  }
}
