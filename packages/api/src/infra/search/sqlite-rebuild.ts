import { renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type Database from 'libsql';
import type { SearchDocument, SearchFilter, SearchIndexDefinition } from './search-engine.js';
import { checkFilters } from './search-validation.js';
import { Partitions } from './sqlite-partitions.js';
import { Statements } from './sqlite-statements.js';
import { TypoVocabulary } from './sqlite-typos.js';
import { SqliteWriter } from './sqlite-writer.js';

/**
 * Online rebuild of the embedded engine (SqliteSearchEngine.rebuild): a complete new file is
 * built beside the live one (sqlite-builder.ts) while searches and writes keep using the live
 * one, then switched in atomically. Every process sharing the index (api, worker) follows:
 *
 * 1. the rebuilder records `rebuild` in the live file's `meta`; from then on each write to the
 *    live file (in any process) also appends itself to `rebuild_log`, in its own transaction;
 * 2. the new file is filled from the source of truth (the caller's `fill`, read after step 1,
 *    so whatever it misses was written after step 1 and is in the log);
 * 3. the log is replayed into the new file, then, holding the live file's write lock (writers
 *    wait), its last entries, and the switch: the pointer file `<name>.current` names the new
 *    file, and the live file's `meta.superseded_by` too. A write or a search that then reaches
 *    the old file sees `superseded_by` first (in its transaction) and reopens on the new file.
 *
 * So no write is lost (each is in the live file before the switch, hence in the log, or in the
 * new file after it), and a document deleted or unpublished during the rebuild is deleted from
 * the new file before any search reads it.
 */
export type LoggedWrite =
  | { op: 'upsert'; docs: SearchDocument[] }
  | { op: 'delete'; ids: string[] }
  | { op: 'deleteWhere'; filters: SearchFilter[] }
  | { op: 'clear' };

const SUPERSEDED = "SELECT value FROM meta WHERE key = 'superseded_by'";
const REBUILD = "SELECT value FROM meta WHERE key = 'rebuild'";
/** A rebuild whose heartbeat is older than this died: writes stop being logged for it. */
const STALE_MS = 3_600_000;

/** Thrown inside a write transaction on a replaced file: the engine reopens and retries. */
export class SupersededError extends Error {
  constructor(readonly next: string) {
    super(`search index replaced by ${next}`);
  }
}

export function pointerFile(dir: string, name: string): string {
  return path.join(dir, `${name}.current`);
}

/** Rebuild bookkeeping in the live file. */
export class RebuildLog {
  constructor(private readonly stmts: Statements) {}

  /** The file that replaced this one, if any. */
  superseded(): string | undefined {
    return this.stmts.value<string>(SUPERSEDED);
  }

  private activeRebuild(): { file: string; at: number } | null {
    const v = this.stmts.value<string>(REBUILD);
    const r = v ? (JSON.parse(v) as { file: string; at: number }) : null;
    return r && Date.now() - r.at < STALE_MS ? r : null;
  }

  /** First step of every write transaction on the live file. */
  guard(write: LoggedWrite): void {
    const next = this.superseded();
    if (next) {
      throw new SupersededError(next);
    }
    if (this.activeRebuild()) {
      this.stmts.run('INSERT INTO rebuild_log (data) VALUES (?)', [JSON.stringify(write)]);
    }
  }

  /** Starts logging writes for a rebuild into `file` (inside a write transaction). */
  announce(file: string): void {
    const active = this.activeRebuild();
    if (active && active.file !== file) {
      throw new Error(`search index: a rebuild into ${active.file} is already running`);
    }
    this.stmts.run(
      'CREATE TABLE IF NOT EXISTS rebuild_log (seq INTEGER PRIMARY KEY, data TEXT NOT NULL)',
    );
    this.stmts.run('DELETE FROM rebuild_log');
    this.heartbeat(file);
  }

  heartbeat(file: string): void {
    this.stmts.run("INSERT OR REPLACE INTO meta (key, value) VALUES ('rebuild', ?)", [
      JSON.stringify({ file, at: Date.now() }),
    ]);
  }

  /** Logged writes after `seq`, oldest first. */
  entries(after: number, limit = 100): [number, LoggedWrite][] {
    return this.stmts
      .rows<[number, string]>(
        ['seq', 'data'],
        'SELECT seq, data FROM rebuild_log WHERE seq > ? ORDER BY seq LIMIT ?',
        [after, limit],
      )
      .map(([seq, data]) => [seq, JSON.parse(data) as LoggedWrite]);
  }

  /** Ends a rebuild: switched (`next` set) or abandoned. Inside a write transaction. */
  end(next?: string): void {
    this.stmts.run("DELETE FROM meta WHERE key = 'rebuild'");
    this.stmts.run('DROP TABLE IF EXISTS rebuild_log');
    if (next) {
      this.stmts.run("INSERT OR REPLACE INTO meta (key, value) VALUES ('superseded_by', ?)", [
        next,
      ]);
    }
  }
}

/** Applies logged writes to the new file (its own connection). */
export class Replayer {
  private readonly writer: SqliteWriter;
  seq = 0;

  constructor(
    db: Database.Database,
    private readonly def: SearchIndexDefinition,
  ) {
    const stmts = new Statements(db);
    this.writer = new SqliteWriter(
      db,
      stmts,
      def,
      new Partitions(stmts, def.partition),
      new TypoVocabulary(stmts),
    );
  }

  /** Replays every entry of `log` not replayed yet; returns how many. */
  drain(log: RebuildLog): number {
    let n = 0;
    for (;;) {
      const batch = log.entries(this.seq);
      if (!batch.length) {
        return n;
      }
      for (const [seq, write] of batch) {
        this.apply(write);
        this.seq = seq;
        n++;
      }
    }
  }

  private apply(w: LoggedWrite): void {
    if (w.op === 'upsert') {
      this.writer.upsert(w.docs);
    } else if (w.op === 'delete') {
      this.writer.delete(w.ids);
    } else if (w.op === 'deleteWhere') {
      this.writer.deleteWhere(checkFilters(this.def, w.filters));
    } else {
      this.writer.deleteAll();
    }
  }
}

/** Names `file` as the current one for processes opening the index (atomic rename). */
export function writePointer(dir: string, name: string, file: string): void {
  const pointer = pointerFile(dir, name);
  writeFileSync(`${pointer}.tmp`, path.basename(file));
  renameSync(`${pointer}.tmp`, pointer);
}
