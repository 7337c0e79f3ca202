import type { EntityManager } from '@mikro-orm/core';
import { LibSqlDriver } from '@mikro-orm/libsql';
import Database from 'libsql';
import { ActNature } from '../acts/act.enums.js';
import { publicActSql } from '../acts/act-visibility.js';
import { mysqlRows, sortedWithinDays } from './dataset-export-mysql.js';

/**
 * One published deliberation with its main document, as the database returns it:
 * id, number, date, subject, classification code and label, prefecture acknowledgement date,
 * organisation SIREN, SIRET and name, main document id, file name and position (null without one).
 */
export type ExportRow = [
  id: string,
  number: string,
  date: string,
  subject: string,
  classificationCode: string | null,
  classificationLabel: string | null,
  prefectureAckDate: string | null,
  siren: string,
  siret: string | null,
  name: string,
  docId: string | null,
  docName: string | null,
  docPosition: number | null,
];

/** Rows handed over at a time: big enough to amortise the per-batch work, small for memory. */
export const EXPORT_BATCH = 500;

/**
 * Public deliberations of the year (publicActSql: the rule of isActPublic) in a stable order a
 * reader expects (date, then number; the id settles ties), with their main documents
 * (non-annex). One query, read as a stream, whereas keyset pages re-sort the organisation's rows
 * for every page. SQLite sorts; MySQL / MariaDB return the rows by date, which the index gives
 * without a sort (sorting a million rows that hold a TEXT column cost minutes there, and its
 * collation is not SQLite's order), and each date is put in order by sortedWithinDays. An act
 * with several main documents comes once per document, on adjacent rows.
 */
function exportQuery(
  siren: string | null,
  year: number,
  mysql: boolean,
): { sql: string; params: unknown[] } {
  const visible = publicActSql('a', 'o');
  // MySQL: by date only (the index gives it), the rest in code point order by sortedWithinDays:
  // MariaDB's column collation would put « a2 » before « B1 » and « É1 » before « F1 ».
  const sql = `select a.id, a.number, a.date, a.subject, a.classification_code, a.classification_label,
      a.prefecture_ack_date, o.siren, o.siret, o.name, d.id as doc_id, d.file_name as doc_name, d.position
    from acts a join organizations o on o.id = a.organization_id
      left join documents d on d.act_id = a.id and d.annex = 0
    where a.nature = ? and ${visible.sql}
      and a.date >= ? and a.date <= ? ${siren ? 'and o.siren = ?' : 'and o.siret is not null'}
    order by ${mysql ? 'a.date' : 'a.date, a.number, a.id'}`;
  const params: unknown[] = [
    ActNature.DELIBERATION,
    ...visible.params,
    `${year}-01-01`,
    `${year}-12-31`,
  ];
  if (siren) {
    params.push(siren);
  }
  return { sql, params };
}

/**
 * SQLite: a connection of its own (WAL: a consistent snapshot that blocks neither the writer
 * nor the ORM's single pooled connection), stepped synchronously one batch at a time.
 */
async function* sqliteRows(
  file: string,
  sql: string,
  params: unknown[],
): AsyncGenerator<ExportRow[]> {
  const db = new Database(file, { timeout: 10_000 });
  try {
    // Read only; the sort spills to temporary files past the page cache instead of growing in
    // memory (libsql builds SQLite with temporary storage in memory by default).
    db.exec('PRAGMA query_only = 1; PRAGMA temp_store = FILE; PRAGMA threads = 2');
    const rows = db
      .prepare(sql)
      .raw(true)
      .iterate(...params) as Iterator<ExportRow>;
    for (let done = false; !done;) {
      const batch: ExportRow[] = [];
      while (batch.length < EXPORT_BATCH) {
        const next = rows.next();
        if (next.done) {
          done = true;
          break;
        }
        batch.push(next.value);
      }
      yield batch;
    }
  } finally {
    db.close();
  }
}

/** Of two main documents of an act, the one of lower position, then lower id. */
function comesFirst(a: ExportRow, b: ExportRow): boolean {
  const pa = a[12] ?? 0;
  const pb = b[12] ?? 0;
  return pa < pb || (pa === pb && a[10]! < b[10]!);
}

/** The export's rows in batches (the last one may be empty), one row per deliberation. */
export async function* deliberationExportRows(
  em: EntityManager,
  siren: string | null,
  year: number,
): AsyncGenerator<ExportRow[]> {
  const sqlite = em.config.get('driver') === LibSqlDriver;
  const { sql, params } = exportQuery(siren, year, !sqlite);
  const source = sqlite
    ? sqliteRows(em.config.get('dbName')!, sql, params)
    : sortedWithinDays(mysqlRows<ExportRow>(em, sql, params, EXPORT_BATCH));
  // The act's rows are adjacent: keep the one of its main document of lowest position (then id).
  let pending: ExportRow | undefined;
  for await (const batch of source) {
    const acts: ExportRow[] = [];
    for (const row of batch) {
      if (pending?.[0] !== row[0]) {
        if (pending) {
          acts.push(pending);
        }
        pending = row;
      } else if (comesFirst(row, pending)) {
        pending = row;
      }
    }
    yield acts;
  }
  if (pending) {
    yield [pending];
  }
}
