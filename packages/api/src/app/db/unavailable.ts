import { ConnectionException } from '@mikro-orm/core';

/** Driver codes of a database that cannot be reached (mysql2, mariadb, Node sockets). */
const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'PROTOCOL_CONNECTION_LOST',
  'ER_SOCKET_UNEXPECTED_CLOSE',
  'ER_GET_CONNECTION_TIMEOUT',
  'ER_CONNECTION_ALREADY_CLOSED',
  'ER_CONNECTION_TIMEOUT',
  'ER_CON_COUNT_ERROR',
]);

/** Whether `err` (or one of its causes) says the database is unreachable, not that it refused. */
export function isDatabaseUnavailable(err: unknown): boolean {
  for (let e = err, depth = 0; e && depth < 5; depth++) {
    if (e instanceof ConnectionException) {
      return true;
    }
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && UNREACHABLE.has(code)) {
      return true;
    }
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}
