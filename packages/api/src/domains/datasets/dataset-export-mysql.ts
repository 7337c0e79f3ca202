/**
 * The export's rows on MySQL / MariaDB: read as the connection parses them, in date order (the
 * organisation's acts come by the (organization, status, date) index: no sort on the server,
 * whose column collation would not give SQLite's order anyway), then each date's rows put in
 * code-point order here, as SQLite orders them, so both databases write the same bytes.
 */
import type { EntityManager } from '@mikro-orm/core';
import type { AbstractSqlConnection } from '@mikro-orm/knex';

/** A row of the export: its act's id, number and date first. */
type Row = [id: string, number: string, date: string, ...rest: unknown[]];

/** Batches read ahead of the consumer on MySQL / MariaDB (the database keeps sending meanwhile). */
const READ_AHEAD = 8;

/** What the export uses of a mysql2 connection. */
interface Mysql2Connection {
  query(options: { sql: string; values: unknown[]; rowsAsArray: boolean }): NodeJS.EventEmitter;
  pause(): void;
  resume(): void;
}

interface KnexClient {
  driverName: string;
  acquireConnection(): Promise<unknown>;
  releaseConnection(connection: unknown): Promise<unknown>;
}

/**
 * MySQL / MariaDB through mysql2: the rows as the connection parses them, gathered in batches
 * with up to READ_AHEAD batches read ahead, the socket paused beyond (memory stays flat). No
 * stream per row: a readable stream costs more per row than the rest of the reading.
 */
async function* mysql2Rows<R extends Row>(
  client: KnexClient,
  sql: string,
  params: unknown[],
  size: number,
): AsyncGenerator<R[]> {
  const conn = (await client.acquireConnection()) as Mysql2Connection;
  const ready: R[][] = [];
  let batch: R[] = [];
  let ended = false;
  let failure: unknown = null;
  let wake: (() => void) | null = null;
  const query = conn.query({ sql, values: params, rowsAsArray: true });
  query.on('result', (row: R) => {
    batch.push(row);
    if (batch.length === size) {
      ready.push(batch);
      batch = [];
      if (ready.length >= READ_AHEAD) {
        conn.pause();
      }
      wake?.();
    }
  });
  const settled = new Promise<void>((resolve) => {
    query.on('error', (err) => {
      failure = err;
      resolve();
      wake?.();
    });
    query.on('end', () => {
      ended = true;
      resolve();
      wake?.();
    });
  });
  try {
    for (;;) {
      const next = ready.shift();
      if (next) {
        conn.resume();
        yield next;
      } else if (failure) {
        throw failure;
      } else if (ended) {
        yield batch;
        return;
      } else {
        await new Promise<void>((resolve) => (wake = resolve));
        wake = null;
      }
    }
  } finally {
    // Stopped early: the rest of the rows is read and dropped before the connection goes back.
    ready.length = 0;
    query.removeAllListeners('result');
    query.on('result', () => undefined);
    conn.resume();
    void settled.then(() => client.releaseConnection(conn));
  }
}

/** Other MySQL drivers: knex's row stream (backpressure pauses the connection). */
async function* knexStreamRows<R extends Row>(
  em: EntityManager,
  sql: string,
  params: unknown[],
  size: number,
): AsyncGenerator<R[]> {
  const knex = (em.getConnection() as unknown as AbstractSqlConnection).getKnex();
  const stream = knex
    .raw(sql, params as never[])
    .options({ rowsAsArray: true })
    .stream();
  let batch: R[] = [];
  try {
    for await (const row of stream as AsyncIterable<R>) {
      batch.push(row);
      if (batch.length === size) {
        yield batch;
        batch = [];
      }
    }
    yield batch;
  } finally {
    stream.destroy();
  }
}

/** The rows of `sql` in batches of `size` (the last one may be empty). */
export function mysqlRows<R extends Row>(
  em: EntityManager,
  sql: string,
  params: unknown[],
  size: number,
): AsyncGenerator<R[]> {
  const client = (em.getConnection() as unknown as AbstractSqlConnection).getKnex()
    .client as KnexClient;
  return client.driverName === 'mysql2'
    ? mysql2Rows(client, sql, params, size)
    : knexStreamRows(em, sql, params, size);
}

/**
 * Code-point order of two strings: SQLite's BINARY collation on UTF-8 text (JavaScript's `<`
 * compares UTF-16 code units, which puts U+E000–U+FFFF after the characters beyond U+FFFF).
 */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) {
      return codePointRank(x) - codePointRank(y);
    }
  }
  return a.length - b.length;
}

/** A UTF-16 code unit's rank in code-point order (surrogates above the rest of the BMP). */
function codePointRank(unit: number): number {
  return unit < 0xd800 ? unit : unit <= 0xdfff ? unit + 0x2000 : unit - 0x800;
}

const byNumberThenId = (a: Row, b: Row) =>
  compareCodePoints(a[1], b[1]) || compareCodePoints(a[0], b[0]);

/**
 * Rows that come in date order, put in the export's order (date, number, id by code point):
 * each date's rows are held and sorted when the next date starts (a stable sort: the rows of an
 * act stay adjacent). Memory holds one date's rows of the export, not the year's.
 */
export async function* sortedWithinDays<R extends Row>(
  source: AsyncIterable<R[]>,
): AsyncGenerator<R[]> {
  let day: R[] = [];
  for await (const batch of source) {
    let out: R[] = [];
    for (const row of batch) {
      if (day.length > 0 && day[0]![2] !== row[2]) {
        out = out.length === 0 ? day.sort(byNumberThenId) : out.concat(day.sort(byNumberThenId));
        day = [];
      }
      day.push(row);
    }
    yield out;
  }
  yield day.sort(byNumberThenId);
}
