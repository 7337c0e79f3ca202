import type { EntityManager } from '@mikro-orm/core';
import { type AbstractSqlConnection, LibSqlDriver, LibSqlKnexDialect } from '@mikro-orm/libsql';

/** Prepared statements kept per SQLite connection (the least recently used is dropped first). */
export const STATEMENT_CACHE_MAX = 256;

interface Statement {
  all(bindings: unknown): unknown;
  run(bindings: unknown): unknown;
}
interface RawConnection {
  prepare(sql: string): Statement;
}
interface KnexQuery {
  sql?: string;
  bindings?: unknown;
  response?: unknown;
  context?: unknown;
}
interface Dialect {
  getCallMethod(obj: KnexQuery): 'all' | 'run';
  _formatBindings(bindings: unknown): unknown;
  _query(connection: RawConnection, obj: KnexQuery): Promise<KnexQuery>;
}

const caches = new WeakMap<RawConnection, Map<string, Statement>>();

/** The connection's statement for `sql`, prepared once (SQLite re-prepares it after a schema change). */
export function cachedStatement(connection: RawConnection, sql: string): Statement {
  let cache = caches.get(connection);
  if (!cache) {
    cache = new Map();
    caches.set(connection, cache);
  }
  let statement = cache.get(sql);
  if (statement) {
    // Most recently used last: the Map's first key is the one to drop.
    cache.delete(sql);
  } else {
    statement = connection.prepare(sql);
    if (cache.size >= STATEMENT_CACHE_MAX) {
      cache.delete(cache.keys().next().value!);
    }
  }
  cache.set(sql, statement);
  return statement;
}

let installed = false;

/**
 * MikroORM's libsql dialect prepares every statement again on each query (a third of the SQL
 * time of a small page); this keeps them per connection. Same calls, same bindings, same answer:
 * only the `prepare` is saved. Statements run synchronously (libsql), so one is never used by
 * two queries at once.
 */
export function installStatementCache(): void {
  if (installed) {
    return;
  }
  installed = true;
  const proto = LibSqlKnexDialect.prototype as unknown as Dialect;
  proto._query = async function (this: Dialect, connection, obj) {
    if (!obj.sql) {
      throw new Error('The query is empty');
    }
    if (!connection) {
      throw new Error('No connection provided');
    }
    const statement = cachedStatement(connection, obj.sql);
    const response = (await statement[this.getCallMethod(obj)](
      this._formatBindings(obj.bindings),
    )) as { lastInsertRowid?: unknown; changes?: unknown };
    obj.response = response;
    obj.context = { lastID: response.lastInsertRowid, changes: response.changes };
    return obj;
  };
}

interface PoolClient {
  acquireConnection(): Promise<RawConnection>;
  releaseConnection(connection: RawConnection): Promise<unknown>;
}

/**
 * The rows of a read-only SELECT with `?` parameters (strings and numbers). On SQLite, outside a
 * transaction, it runs the connection's cached statement directly (no query builder, no query
 * runner: a tenth of the cost of a small page); anywhere else through MikroORM's connection, in
 * the EntityManager's transaction when it has one.
 */
export async function selectRows<T = Record<string, unknown>>(
  em: EntityManager,
  sql: string,
  params: (string | number)[],
): Promise<T[]> {
  const conn = em.getConnection() as AbstractSqlConnection;
  const trx = em.getTransactionContext();
  if (trx || !(em.getDriver() instanceof LibSqlDriver)) {
    return (await conn.execute(sql, params, 'all', trx)) as T[];
  }
  const client = conn.getKnex().client as unknown as PoolClient;
  const raw = await client.acquireConnection();
  try {
    return cachedStatement(raw, sql).all(params) as T[];
  } finally {
    await client.releaseConnection(raw);
  }
}
