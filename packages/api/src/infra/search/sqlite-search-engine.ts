import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type Database from 'libsql';
import type { ComponentHealth } from '../../core/health.js';
import { InvalidInputError } from '../../core/errors.js';
import type {
  SearchDocument,
  SearchEngine,
  SearchFilter,
  SearchIndexDefinition,
  SearchQuery,
  SearchResult,
} from './search-engine.js';
import {
  assertValidDefinition,
  checkDocument,
  checkFilters,
  checkQuery,
} from './search-validation.js';
import { removeIndexFile } from './sqlite-builder.js';
import { buildAndSwitch } from './sqlite-online-rebuild.js';
import {
  applyLayout,
  currentIndexFile,
  ensureFacetCounts,
  openIndexFile,
  resetTables,
} from './sqlite-index-file.js';
import { Partitions } from './sqlite-partitions.js';
import { RebuildLog, SupersededError, type LoggedWrite } from './sqlite-rebuild.js';
import { SqliteSearcher, type Timings } from './sqlite-searcher.js';
import { Statements } from './sqlite-statements.js';
import { TypoVocabulary } from './sqlite-typos.js';
import { SqliteWriter } from './sqlite-writer.js';

export interface SqliteSearchOptions {
  /** Page cache per connection, in MiB: bounds memory whatever the corpus size (default 16). */
  cacheMiB?: number;
  /** Memory-mapped I/O, in MiB of address space (default 0: off). */
  mmapMiB?: number;
}

/**
 * The embedded engine: SQLite FTS5 in its own file (`<dir>/<name>.sqlite`), disk-backed and
 * opened instantly (nothing is loaded into memory), memory bounded by the page cache.
 * Synchronous under the hood (libsql), so each call blocks the event loop for its duration.
 */
export class SqliteSearchEngine implements SearchEngine {
  readonly engine = 'sqlite-fts5';
  /** The file in use: `<name>.sqlite`, or the one an online rebuild switched in. */
  file: string;
  private db: Database.Database | null = null;
  private log: RebuildLog | null = null;
  /** Milliseconds per phase of the last rebuild's bulk load (diagnostics, used by the bench). */
  lastBuildPhases: Record<string, number> = {};
  private searcher: SqliteSearcher | null = null;
  private writer: SqliteWriter | null = null;
  private partitions: Partitions | null = null;
  /** Documents written since the planner statistics were last refreshed. */
  private writesSinceAnalyze = 0;
  private analyzedRows = 0;

  constructor(
    readonly definition: SearchIndexDefinition,
    private readonly dir: string,
    private readonly name: string,
    private readonly options: SqliteSearchOptions = {},
  ) {
    assertValidDefinition(definition);
    if (!/^[a-z0-9][a-z0-9_-]*$/.test(name)) {
      throw new Error(`search index name must be lower-case letters, digits, - or _: "${name}"`);
    }
    this.file = path.join(dir, `${name}.sqlite`);
  }

  private get conn(): Database.Database {
    if (!this.db) {
      throw new Error(`search index ${this.file} is not open (call init())`);
    }
    return this.db;
  }

  async init(): Promise<void> {
    if (this.db) {
      return;
    }
    mkdirSync(this.dir, { recursive: true });
    this.openCurrent();
  }

  /** Opens the current file (synchronous: concurrent calls never see the engine closed). */
  private openCurrent(): void {
    let db: Database.Database;
    for (;;) {
      this.file = currentIndexFile(this.dir, this.name);
      db = openIndexFile(this.file, this.options);
      // A rebuild may have switched files between reading the pointer and opening the file.
      const replaced = db.prepare("SELECT value AS v FROM meta WHERE key = 'superseded_by'").get();
      if (!replaced && currentIndexFile(this.dir, this.name) === this.file) {
        break;
      }
      db.close();
    }
    // Another process (api and worker) may be upgrading this index: wait for it, however long.
    db.exec('PRAGMA busy_timeout = 3600000');
    try {
      applyLayout(db, this.definition, this.file);
      ensureFacetCounts(db);
    } finally {
      db.exec('PRAGMA busy_timeout = 5000');
    }
    this.db = db;
    this.open();
    const hasStats =
      db.prepare("SELECT 1 AS x FROM sqlite_master WHERE name = 'sqlite_stat1'").get() !==
        undefined &&
      db.prepare("SELECT 1 AS x FROM sqlite_stat1 WHERE tbl = 'docs'").get() !== undefined;
    this.writesSinceAnalyze = hasStats
      ? 0
      : (db.prepare('SELECT count(*) AS n FROM docs').get() as { n: number }).n;
    this.maybeAnalyze(0);
  }

  private open(): void {
    const stmts = new Statements(this.conn);
    this.log = new RebuildLog(stmts);
    const vocab = new TypoVocabulary(stmts);
    const partitions = new Partitions(stmts, this.definition.partition);
    this.partitions = partitions;
    this.searcher = new SqliteSearcher(this.conn, stmts, this.definition, vocab, partitions);
    this.writer = new SqliteWriter(this.conn, stmts, this.definition, partitions, vocab);
  }

  /**
   * Keeps the planner statistics fresh (they decide, e.g., between the siren and date indexes):
   * a sampled ANALYZE (a few ms) whenever the index has grown by half since the last one.
   */
  private maybeAnalyze(written: number): void {
    this.writesSinceAnalyze += written;
    if (this.writesSinceAnalyze >= Math.max(500, this.analyzedRows / 2)) {
      this.conn.exec('PRAGMA analysis_limit = 1000');
      this.conn.exec('ANALYZE docs');
      this.analyzedRows += this.writesSinceAnalyze;
      this.writesSinceAnalyze = 0;
    }
  }

  /**
   * Runs a write on the live file; its first step (in its transaction) logs it for a running
   * rebuild, or finds the file replaced by one: the engine then reopens and writes again.
   */
  private async write(
    logged: LoggedWrite,
    run: (writer: SqliteWriter, first: () => void) => void,
  ): Promise<void> {
    for (;;) {
      if (!this.writer || !this.log) {
        throw new Error(`search index ${this.file} is not open (call init())`);
      }
      const log = this.log;
      try {
        run(this.writer, () => log.guard(logged));
        return;
      } catch (err) {
        if (!(err instanceof SupersededError)) {
          throw err;
        }
        this.reopen();
      }
    }
  }

  /**
   * Follows an online rebuild's switch to the new file, in one synchronous step: the other
   * calls of this process use the old connection or the new one, never none.
   */
  private reopen(): void {
    const old = this.db;
    this.openCurrent();
    old?.close();
  }

  async upsert(docs: readonly SearchDocument[]): Promise<void> {
    const checked = docs.map((d) => checkDocument(this.definition, d));
    if (checked.length === 0) {
      return;
    }
    await this.write({ op: 'upsert', docs: checked }, (w, first) => w.upsert(checked, first));
    this.maybeAnalyze(checked.length);
  }

  async delete(ids: readonly string[]): Promise<void> {
    if (ids.length) {
      await this.write({ op: 'delete', ids: [...ids] }, (w, first) => w.delete(ids, first));
    }
  }

  async deleteWhere(filters: readonly SearchFilter[]): Promise<void> {
    const checked = checkFilters(this.definition, filters);
    if (checked.length === 0) {
      throw new InvalidInputError(
        'search/invalid_filter',
        'Une suppression par filtre exige au moins un filtre.',
      );
    }
    await this.write({ op: 'deleteWhere', filters: [...filters] }, (w, first) =>
      w.deleteWhere(checked, first),
    );
  }

  /** Milliseconds spent in each phase of the last search (diagnostics, used by the benchmark). */
  get lastTimings(): Timings | undefined {
    return this.searcher?.timings;
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const q = checkQuery(this.definition, query);
    if (this.log?.superseded()) {
      this.reopen();
    }
    if (!this.searcher) {
      throw new Error(`search index ${this.file} is not open (call init())`);
    }
    return this.searcher.search(q);
  }

  async count(): Promise<number> {
    return (this.conn.prepare('SELECT count(*) AS n FROM docs').get() as { n: number }).n;
  }

  async clear(): Promise<void> {
    if (this.log?.superseded()) {
      this.reopen();
    }
    const db = this.conn;
    const log = this.log!;
    db.transaction(() => {
      log.guard({ op: 'clear' });
      resetTables(db, this.definition);
    }).immediate();
    this.open();
    db.exec('VACUUM');
  }

  /**
   * Rebuilds the whole index online from `fill` (which passes every document, in any order,
   * to `add`): searches and writes keep using the current file meanwhile, and writes made
   * during the rebuild are carried over before the new file replaces it (sqlite-rebuild.ts).
   * Returns the number of documents in the new index.
   */
  async rebuild(
    fill: (add: (docs: readonly SearchDocument[]) => Promise<void>) => Promise<void>,
  ): Promise<number> {
    if (this.log?.superseded()) {
      this.reopen();
    }
    this.lastBuildPhases = await buildAndSwitch({
      dir: this.dir,
      name: this.name,
      definition: this.definition,
      options: this.options,
      live: this.conn,
      log: this.log!,
      fill,
    });
    const old = this.file;
    this.reopen();
    if (old !== this.file) {
      removeIndexFile(old);
    }
    return this.count();
  }

  async health(): Promise<ComponentHealth> {
    try {
      this.conn.prepare('SELECT rid FROM docs LIMIT 1').get();
      return { ok: true, engine: this.engine };
    } catch (err) {
      return { ok: false, engine: this.engine, detail: (err as Error).message };
    }
  }

  async close(): Promise<void> {
    this.db?.close();
    this.db = null;
    this.log = null;
    this.searcher = null;
    this.writer = null;
    this.partitions = null;
  }
}
