import path from 'node:path';
import type Database from 'libsql';
import type { SearchDocument, SearchIndexDefinition } from './search-engine.js';
import { checkDocument } from './search-validation.js';
import { SqliteIndexBuilder } from './sqlite-builder.js';
import { openIndexFile, type IndexFileOptions } from './sqlite-index-file.js';
import { Replayer, writePointer, type RebuildLog } from './sqlite-rebuild.js';

export interface OnlineRebuild {
  dir: string;
  name: string;
  definition: SearchIndexDefinition;
  options: IndexFileOptions;
  /** The live file's connection and its write log. */
  live: Database.Database;
  log: RebuildLog;
  /** Passes every document, in any order, to `add`. */
  fill: (add: (docs: readonly SearchDocument[]) => Promise<void>) => Promise<void>;
}

/**
 * Builds a new index file from `fill` while the live one keeps serving, replays the writes
 * logged meanwhile, then switches the pointer under the live file's write lock (writers wait
 * while the last entries are replayed). On failure the new file is removed and logging stops,
 * the live file stays current. Returns the bulk load's time per phase (ms).
 */
export async function buildAndSwitch(r: OnlineRebuild): Promise<Record<string, number>> {
  const { live, log, definition } = r;
  const next = path.join(r.dir, `${r.name}.${Date.now().toString(36)}.sqlite`);
  live.transaction(() => log.announce(next)).immediate();
  const builder = new SqliteIndexBuilder(definition, next);
  let target: Database.Database | null = null;
  try {
    builder.open();
    let beat = Date.now();
    await r.fill(async (docs) => {
      builder.add(docs.map((d) => checkDocument(definition, d)));
      if (Date.now() - beat > 10_000) {
        beat = Date.now();
        live.transaction(() => log.heartbeat(next)).immediate();
      }
    });
    live.transaction(() => log.heartbeat(next)).immediate();
    builder.finish();
    target = openIndexFile(next, r.options);
    const replayer = new Replayer(target, definition);
    replayer.drain(log);
    live
      .transaction(() => {
        replayer.drain(log);
        writePointer(r.dir, r.name, next);
        log.end(next);
      })
      .immediate();
  } catch (err) {
    target?.close();
    target = null;
    builder.abort();
    if (!live.transaction(() => log.superseded()).immediate()) {
      live.transaction(() => log.end()).immediate();
    }
    throw err;
  } finally {
    target?.close();
  }
  return builder.phases;
}
