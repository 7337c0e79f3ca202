const TRANSIENT_SQLITE = /SQLITE_BUSY|SQLITE_LOCKED|database is locked|database table is locked/i;
/** MySQL/MariaDB: deadlock, lock wait timeout. */
const TRANSIENT_MYSQL_ERRNO = new Set([1213, 1205]);

/** True for errors that a second try of the same statement may not hit (lock contention). */
export function isTransientSqlError(err: unknown): boolean {
  if (!err || typeof err !== 'object') {
    return false;
  }
  const e = err as { code?: unknown; errno?: unknown; message?: unknown };
  if (typeof e.errno === 'number' && TRANSIENT_MYSQL_ERRNO.has(e.errno)) {
    return true;
  }
  return TRANSIENT_SQLITE.test(`${String(e.code ?? '')} ${String(e.message ?? '')}`);
}

/** Delay before retry `attempt` (1-based): 10, 20, 40… ms capped at 500, with ±50 % jitter. */
export function contentionDelayMs(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(500, 10 * 2 ** (attempt - 1));
  return Math.round(base * (0.5 + random()));
}

/**
 * Runs one statement, retrying it while the database reports lock contention. Several
 * processes share one SQLite file; its busy handler is per connection and MikroORM's
 * libsql pool re-opens connections, so the backend cannot rely on `busy_timeout` alone.
 */
export async function withContentionRetry<T>(fn: () => Promise<T>, attempts = 12): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      if (attempt >= attempts || !isTransientSqlError(err)) {
        throw err;
      }
      await new Promise((resolve) => setTimeout(resolve, contentionDelayMs(attempt)));
    }
  }
}
