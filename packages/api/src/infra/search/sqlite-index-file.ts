import { readFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'libsql';
import { childLogger } from '../../core/logger.js';
import type { SearchIndexDefinition } from './search-engine.js';
import { migrateFromV2 } from './sqlite-migrate.js';
import { pointerFile } from './sqlite-rebuild.js';
import {
  createStatements,
  DROP_STATEMENTS,
  FACET_COUNTS_TABLE,
  facetCountStatements,
  layoutSignature,
  layoutSignatureV2,
} from './sqlite-schema.js';

const log = childLogger('search');

/** Page cache and memory map of a connection (see SqliteSearchOptions). */
export interface IndexFileOptions {
  cacheMiB?: number;
  mmapMiB?: number;
}

/** The current file of index `name`: the one `<name>.current` names after an online rebuild. */
export function currentIndexFile(dir: string, name: string): string {
  try {
    const current = readFileSync(pointerFile(dir, name), 'utf8').trim();
    if (/^[a-z0-9][a-z0-9_.-]*\.sqlite$/.test(current)) {
      return path.join(dir, current);
    }
  } catch {
    // no rebuild yet
  }
  return path.join(dir, `${name}.sqlite`);
}

/** A connection to an index file with the engine's settings (the `meta` table ensured). */
export function openIndexFile(file: string, options: IndexFileOptions): Database.Database {
  const db = new Database(file);
  // Rows of ~2 KB of PDF text waste half of 4 KB pages; 16 KB pages pack them (new files only).
  db.exec('PRAGMA page_size = 16384');
  db.exec('PRAGMA journal_mode = WAL');
  db.exec('PRAGMA synchronous = NORMAL');
  db.exec('PRAGMA busy_timeout = 5000');
  db.exec(`PRAGMA cache_size = ${-1024 * (options.cacheMiB ?? 16)}`);
  // Off by default: at 1M acts it changed no latency (bench) and made RSS grow to the file size.
  db.exec(`PRAGMA mmap_size = ${(options.mmapMiB ?? 0) * 1024 * 1024}`);
  db.exec('CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
  return db;
}

/** Drops the index's tables and creates them empty, facet counts included (in the caller's transaction). */
export function resetTables(db: Database.Database, definition: SearchIndexDefinition): void {
  DROP_STATEMENTS.forEach((s) => db.exec(s));
  createStatements(definition).forEach((s) => db.exec(s));
  facetCountStatements().forEach((s) => db.exec(s));
}

/**
 * Creates the tables, or checks they match the definition: an index of the previous schema
 * version is migrated in place (sqlite-migrate.ts); one with other fields is emptied (its
 * documents lack the new fields) and must be refilled by the caller.
 */
export function applyLayout(
  db: Database.Database,
  definition: SearchIndexDefinition,
  file: string,
): void {
  const layout = layoutSignature(definition);
  const stored = () =>
    (
      db.prepare("SELECT value AS v FROM meta WHERE key = 'layout'").get() as
        { v?: string } | undefined
    )?.v;
  if (stored() === layout) {
    return;
  }
  db.transaction(() => {
    const found = stored();
    if (found === layout) {
      return; // upgraded by another process meanwhile
    }
    if (found === layoutSignatureV2(definition)) {
      const started = performance.now();
      log.info({ file }, 'search index: upgrading to schema version 3');
      migrateFromV2(db, definition);
      db.exec('ANALYZE docs');
      log.info({ file, ms: Math.round(performance.now() - started) }, 'search index upgraded');
    } else {
      if (found !== undefined) {
        log.warn({ file }, 'search index layout changed: index emptied, it must be rebuilt');
      }
      resetTables(db, definition);
    }
    db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('layout', ?)").run(layout);
  }).immediate();
}

/**
 * Creates and fills the per-combination counts (sqlite-schema.ts) in an index made before
 * them: one pass over `docs` (1M acts: ~1 s), once, in one transaction.
 */
export function ensureFacetCounts(db: Database.Database): void {
  const exists = () =>
    db
      .prepare("SELECT 1 AS x FROM sqlite_master WHERE type = 'table' AND name = ?")
      .get(FACET_COUNTS_TABLE) !== undefined;
  if (exists()) {
    return;
  }
  db.transaction(() => {
    if (!exists()) {
      facetCountStatements().forEach((s) => db.exec(s));
    }
  }).immediate();
}
