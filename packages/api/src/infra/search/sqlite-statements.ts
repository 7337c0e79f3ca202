import type Database from 'libsql';

type Params = readonly unknown[];

/**
 * Prepared statements of the embedded engine, kept by SQL text, used around two defects of
 * libsql 0.5 (measured, see README.md):
 * - every `all()` or `iterate()` leaks ~0.9 KB of native memory, never given back (not after
 *   GC, not after close): 1M calls, +900 MB of RSS. Only `get()` and `run()` are used: rows
 *   are read one by one by key, or aggregated by SQLite into one JSON value (`rows`);
 * - once `get()` has thrown (busy, constraint…), the statement throws that error forever: a
 *   statement that threw is dropped and prepared again next time.
 */
export class Statements {
  private readonly cache = new Map<string, Database.Statement>();

  constructor(private readonly db: Database.Database) {}

  private statement(sql: string): Database.Statement {
    let stmt = this.cache.get(sql);
    if (!stmt) {
      if (this.cache.size >= 300) {
        this.cache.clear();
      }
      stmt = this.db.prepare(sql);
      if (stmt.reader) {
        stmt.raw();
      }
      this.cache.set(sql, stmt);
    }
    return stmt;
  }

  /** The first row, as an array of column values; undefined when there is none. */
  row<T extends unknown[] = unknown[]>(sql: string, params: Params = []): T | undefined {
    try {
      return this.statement(sql).get(...params) as T | undefined;
    } catch (err) {
      this.cache.delete(sql);
      throw err;
    }
  }

  /** First column of the first row (undefined: no row, or NULL). */
  value<T>(sql: string, params: Params = []): T | undefined {
    return (this.row(sql, params)?.[0] ?? undefined) as T | undefined;
  }

  /**
   * Every row of `sql` (a SELECT whose result columns are named `columns`), in its order, each
   * as an array of values, read through one `json_group_array` value.
   */
  rows<T extends unknown[] = unknown[]>(
    columns: readonly string[],
    sql: string,
    params: Params = [],
  ): T[] {
    const json = this.value<string>(
      `SELECT json_group_array(json_array(${columns.join(', ')})) FROM (${sql})`,
      params,
    );
    return json ? (JSON.parse(json) as T[]) : [];
  }

  run(sql: string, params: Params = []): Database.RunResult {
    try {
      return this.statement(sql).run(...params);
    } catch (err) {
      this.cache.delete(sql);
      throw err;
    }
  }

  /** Forgets every statement (after the tables were dropped and created again). */
  clear(): void {
    this.cache.clear();
  }
}
