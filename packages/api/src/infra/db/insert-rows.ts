import type { EntityManager, EntityName } from '@mikro-orm/core';

/** Rows per INSERT statement: well under SQLite's (32,766) and MariaDB's (65,535) parameters. */
const ROWS_PER_INSERT = 200;

/**
 * Inserts plain rows (property names as in the entity, references as ids) by multi-row INSERTs in
 * the entity manager's current transaction, outside the unit of work: for bulk imports, where
 * entities cost per row and the identity map would grow with the file. Values are converted as
 * MikroORM converts them (custom types such as JSON; dates as the platform stores them).
 *
 * On SQLite the values go as bound parameters: MikroORM would inline them into the SQL text,
 * which the libsql dialect then copies and lower-cases (a few hundred KB per statement here)
 * and SQLite parses. MariaDB keeps MikroORM's own `insertMany`.
 */
export async function insertRows<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  rows: Record<string, unknown>[],
): Promise<void> {
  if (rows.length === 0) {
    return;
  }
  const platform = em.getPlatform();
  const sqlite = /sqlite|libsql/i.test(platform.constructor.name);
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    const chunk = rows.slice(i, i + ROWS_PER_INSERT);
    if (!sqlite) {
      await em.insertMany(entity, chunk as never);
      continue;
    }
    const meta = em.getMetadata().get<T>(entity as string);
    const props = Object.keys(chunk[0]!).map((name) => {
      const prop = (meta.properties as Record<string, (typeof meta.props)[number]>)[name];
      if (!prop || prop.fieldNames.length !== 1) {
        throw new Error(`insertRows: ${meta.className}.${name} is not a single column`);
      }
      return prop;
    });
    const params: unknown[] = [];
    for (const row of chunk) {
      for (const prop of props) {
        let v = row[prop.name];
        if (v !== null && v !== undefined && prop.customType) {
          v = prop.customType.convertToDatabaseValue(v, platform, {
            key: prop.name,
            mode: 'query-data',
          });
        }
        if (v instanceof Date) {
          v = platform.processDateProperty(v);
        } else if (typeof v === 'boolean') {
          v = v ? 1 : 0;
        }
        params.push(v ?? null);
      }
    }
    const columns = props.map((p) => platform.quoteIdentifier(p.fieldNames[0]!)).join(', ');
    const tuple = `(${props.map(() => '?').join(', ')})`;
    const sql = `insert into ${platform.quoteIdentifier(meta.tableName)} (${columns}) values ${chunk
      .map(() => tuple)
      .join(', ')}`;
    const knex = (
      em.getConnection() as unknown as {
        getKnex(): {
          raw(sql: string, b: unknown[]): { transacting(t: unknown): Promise<unknown> };
        };
      }
    ).getKnex();
    const trx = em.getTransactionContext();
    const query = knex.raw(sql, params);
    await (trx ? query.transacting(trx) : query);
  }
}
