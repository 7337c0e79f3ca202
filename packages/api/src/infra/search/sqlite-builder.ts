import { rmSync } from 'node:fs';
import Database from 'libsql';
import type { SearchDocument, SearchIndexDefinition } from './search-engine.js';
import { FacetCodes } from './sqlite-facets.js';
import { SLOT_SIZE } from './sqlite-partitions.js';
import {
  filterColumns,
  ftsStatements,
  indexStatements,
  layoutSignature,
  searchableColumns,
  tableStatements,
  VOCAB_STATEMENTS,
} from './sqlite-schema.js';
import { Statements } from './sqlite-statements.js';
import { MAX_TERM, MIN_TERM } from './sqlite-typos.js';

/** Removes an SQLite file and its companions. */
export function removeIndexFile(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) {
    rmSync(`${file}${suffix}`, { force: true });
  }
}

/** Page cache of the build connection (MiB): the sorts of the final copy use it too. */
const BUILD_CACHE_MIB = 64;

/**
 * Bulk load of a whole index into a NEW file, switched in only once complete (an interrupted
 * build leaves nothing but a file to delete): no journal, no sync, no trigger, no secondary
 * index while loading. Documents arrive in any order (the database's), so they are first
 * appended to staging tables (`stage_docs`, narrow, and `stage_text`, in a second file that
 * is deleted at the end), then copied once into `docs` and `content` in rowid order (grouped by
 * partition, sqlite-partitions.ts), the indexes of `docs` created on the sorted rows, and the
 * full-text index built by FTS5 `rebuild` from `content` in rowid order (one pass, no
 * out-of-order rowid, so FTS5 writes large segments instead of one per batch).
 */
export class SqliteIndexBuilder {
  private db: Database.Database | null = null;
  private stmts!: Statements;
  private facetCodes!: FacetCodes;
  private readonly slots = new Map<string, number>();
  private readonly filters: ReturnType<typeof filterColumns>;
  private readonly searchable: string[];
  private insertDoc = '';
  private insertText = '';
  private seq = 0;
  /**
   * Milliseconds per phase of the last build, wall and (`<phase> cpu`) CPU time of the process
   * (bench/search-bench.ts prints them).
   */
  readonly phases: Record<string, number> = {};

  constructor(
    private readonly def: SearchIndexDefinition,
    readonly file: string,
  ) {
    this.filters = filterColumns(def);
    this.searchable = Object.keys(def.searchable);
  }

  private get stageFile(): string {
    return `${this.file}.stage`;
  }

  open(): void {
    removeIndexFile(this.file);
    removeIndexFile(this.stageFile);
    const db = new Database(this.file);
    db.exec('PRAGMA page_size = 16384');
    db.exec('PRAGMA journal_mode = OFF');
    db.exec('PRAGMA synchronous = OFF');
    db.exec('PRAGMA locking_mode = EXCLUSIVE');
    db.exec(`PRAGMA cache_size = ${-1024 * BUILD_CACHE_MIB}`);
    // Sorts (the rowid-ordered copy, CREATE INDEX) use a helper thread, and spill to temporary
    // files: libsql is compiled with SQLITE_TEMP_STORE=2 (in memory), which held the whole
    // sorted text in RAM (1M acts: peak RSS 2.4 GB).
    db.exec('PRAGMA threads = 2');
    db.exec('PRAGMA temp_store = FILE');
    db.exec(`ATTACH DATABASE '${this.stageFile.replace(/'/g, "''")}' AS stage`);
    db.exec('PRAGMA stage.page_size = 16384');
    db.exec('PRAGMA stage.journal_mode = OFF');
    db.exec('PRAGMA stage.synchronous = OFF');
    db.exec('CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
    tableStatements(this.def).forEach((s) => db.exec(s));
    VOCAB_STATEMENTS.forEach((s) => db.exec(s));
    const names = this.filters.map((c) => c.name);
    const text = searchableColumns(this.def);
    db.exec(
      `CREATE TABLE stage.stage_docs (seq INTEGER PRIMARY KEY, slot INTEGER NOT NULL, id TEXT NOT NULL, ${names.join(', ')}, fcode INTEGER)`,
    );
    db.exec(`CREATE TABLE stage.stage_text (seq INTEGER PRIMARY KEY, ${text.join(', ')})`);
    this.insertDoc = `INSERT INTO stage.stage_docs (seq, slot, id, ${names.join(', ')}, fcode) VALUES (?, ?, ?${', ?'.repeat(names.length)}, ?)`;
    this.insertText = `INSERT INTO stage.stage_text (seq, ${text.join(', ')}) VALUES (?${', ?'.repeat(text.length)})`;
    this.db = db;
    this.stmts = new Statements(db);
    this.facetCodes = new FacetCodes(this.stmts, this.def);
  }

  private get conn(): Database.Database {
    if (!this.db) {
      throw new Error(`search index build ${this.file} is not open`);
    }
    return this.db;
  }

  private slotOf(doc: SearchDocument): number {
    const v = this.def.partition ? doc[this.def.partition] : null;
    if (typeof v !== 'string') {
      return 0;
    }
    let slot = this.slots.get(v);
    if (slot === undefined) {
      slot = this.slots.size + 1;
      this.slots.set(v, slot);
      this.stmts.run('INSERT INTO parts (value, slot) VALUES (?, ?)', [v, slot]);
    }
    return slot;
  }

  /** Appends checked documents (one transaction); an id given twice: the last one wins. */
  add(docs: readonly SearchDocument[]): void {
    const t = performance.now();
    const cpu = process.cpuUsage();
    this.conn.transaction(() => {
      const facetCode = this.facetCodes.lookup();
      for (const doc of docs) {
        const seq = ++this.seq;
        const values = this.filters.map((c) => doc[c.field] ?? null);
        this.stmts.run(this.insertDoc, [seq, this.slotOf(doc), doc.id, ...values, facetCode(doc)]);
        this.stmts.run(this.insertText, [seq, ...this.searchable.map((f) => doc[f] ?? null)]);
      }
    })();
    this.phases.stage = (this.phases.stage ?? 0) + performance.now() - t;
    const used = process.cpuUsage(cpu);
    this.phases['stage cpu'] = (this.phases['stage cpu'] ?? 0) + (used.user + used.system) / 1000;
  }

  /**
   * Copies the staged documents in rowid order, builds indexes and the full-text index, and
   * leaves a complete index file in WAL mode, closed. Returns the number of documents.
   */
  finish(): number {
    const db = this.conn;
    let t = performance.now();
    let cpu = process.cpuUsage();
    const lap = (phase: string) => {
      const now = performance.now();
      const used = process.cpuUsage(cpu);
      this.phases[phase] = (this.phases[phase] ?? 0) + now - t;
      this.phases[`${phase} cpu`] =
        (this.phases[`${phase} cpu`] ?? 0) + (used.user + used.system) / 1000;
      t = now;
      cpu = process.cpuUsage();
    };
    const names = this.filters.map((c) => c.name);
    const text = searchableColumns(this.def);
    // The last copy of a repeated id wins (the ids of a rebuild are normally distinct).
    db.exec('CREATE INDEX stage.stage_id ON stage_docs(id, seq)');
    db.exec(
      `DELETE FROM stage.stage_docs WHERE seq IN (SELECT a.seq FROM stage.stage_docs a
         JOIN stage.stage_docs b ON b.id = a.id AND b.seq > a.seq)`,
    );
    // Rowids: slot × 2^32 + rank in the slot, in arrival order; read back in that order
    // through a small index instead of sorting the text.
    lap('dedupe');
    db.exec('CREATE INDEX stage.stage_order ON stage_docs(slot, seq)');
    db.exec('CREATE TABLE stage.stage_rid (seq INTEGER PRIMARY KEY, rid INTEGER NOT NULL)');
    db.exec(
      `INSERT INTO stage.stage_rid (seq, rid)
       SELECT seq, slot * ${SLOT_SIZE} + row_number() OVER (PARTITION BY slot ORDER BY seq)
       FROM stage.stage_docs`,
    );
    db.exec('CREATE INDEX stage.stage_rid_order ON stage_rid(rid, seq)');
    lap('rowids');
    db.transaction(() => {
      db.exec(
        `INSERT INTO docs (rid, id, ${names.join(', ')}, fcode)
         SELECT r.rid, s.id, ${names.map((c) => `s.${c}`).join(', ')}, s.fcode
         FROM stage.stage_rid r INDEXED BY stage_rid_order CROSS JOIN stage.stage_docs s ON s.seq = r.seq
         ORDER BY r.rid`,
      );
      lap('docs');
      db.exec(
        `INSERT INTO content (rid, ${text.join(', ')})
         SELECT r.rid, ${text.map((c) => `t.${c}`).join(', ')}
         FROM stage.stage_text t CROSS JOIN stage.stage_rid r ON r.seq = t.seq
         ORDER BY r.rid`,
      );
    })();
    lap('content');
    db.exec('DETACH DATABASE stage');
    removeIndexFile(this.stageFile);
    indexStatements(this.def).forEach((s) => db.exec(s));
    lap('indexes');
    ftsStatements(this.def).forEach((s) => db.exec(s));
    db.exec(`INSERT INTO fts (fts) VALUES ('rebuild')`);
    lap('fts');
    this.fillVocabulary();
    lap('vocab');
    db.exec('PRAGMA analysis_limit = 1000');
    db.exec('ANALYZE docs');
    db.prepare("INSERT INTO meta (key, value) VALUES ('layout', ?)").run(layoutSignature(this.def));
    const n = (db.prepare('SELECT count(*) AS n FROM docs').get() as { n: number }).n;
    db.exec('PRAGMA locking_mode = NORMAL');
    db.exec('PRAGMA journal_mode = WAL');
    db.close();
    this.db = null;
    lap('close');
    return n;
  }

  /**
   * The typo vocabulary (sqlite-typos.ts) from the terms FTS5 indexed (`fts5vocab`): the same
   * words as folding every text in JavaScript (checked on the bench corpus), without that cost.
   */
  private fillVocabulary(): void {
    const db = this.conn;
    db.exec(`CREATE VIRTUAL TABLE temp.fts_terms USING fts5vocab(main, 'fts', 'row')`);
    db.exec(
      `INSERT INTO vocab (term) SELECT term FROM temp.fts_terms
       WHERE length(term) BETWEEN ${MIN_TERM} AND ${MAX_TERM} AND term NOT GLOB '*[0-9]*'`,
    );
    db.exec('DROP TABLE temp.fts_terms');
    // One-deletion keys (deleteKeys in text.ts), inserted in key order.
    db.exec(
      `INSERT OR IGNORE INTO vocab_keys (key, term) SELECT k, term FROM (
         WITH RECURSIVE i(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM i WHERE n < ${MAX_TERM})
         SELECT substr(term, 1, n) || substr(term, n + 2) AS k, term FROM vocab, i WHERE n < length(term)
         UNION ALL SELECT term, term FROM vocab) ORDER BY k, term`,
    );
  }

  /** Stops a build: its files are deleted. */
  abort(): void {
    this.db?.close();
    this.db = null;
    removeIndexFile(this.file);
    removeIndexFile(this.stageFile);
  }
}
