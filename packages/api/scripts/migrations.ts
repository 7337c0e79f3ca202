// Migrations per dialect.
//   tsx scripts/migrations.ts create [sqlite|mysql]   generate a migration from entity changes
//   tsx scripts/migrations.ts check                   fail when an entity change has no migration
// MySQL needs TEST_MYSQL_URL (a server where a scratch database may be created).
import 'reflect-metadata';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/core';
import { migrateUp, ormOptions, type Dialect } from '../src/app/db/orm.js';
import { writeMigrationIndex } from './migration-index.js';

const [command = 'check', only] = process.argv.slice(2);
const dialects: Dialect[] = only ? [only as Dialect] : ['sqlite', 'mysql'];

async function withScratchDb<T>(dialect: Dialect, fn: (orm: MikroORM) => Promise<T>) {
  if (dialect === 'sqlite') {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'migrations-'));
    const orm = await MikroORM.init(
      ormOptions({ kind: 'sqlite', path: path.join(dir, 'scratch.sqlite') }, { snapshot: true }),
    );
    try {
      return await fn(orm);
    } finally {
      await orm.close(true);
      await rm(dir, { recursive: true, force: true });
    }
  }
  const base = process.env.TEST_MYSQL_URL;
  if (!base) {
    return undefined;
  }
  const url = new URL(base.replace(/^mariadb:/, 'mysql:'));
  url.pathname = '/migration_scratch';
  let orm = await MikroORM.init(
    ormOptions({ kind: 'mysql', url: url.toString() }, { snapshot: true }),
  );
  const [row] = await orm.em.getConnection().execute<{ v: string }[]>('select version() as v');
  const mariadb = /mariadb/i.test(row?.v ?? '');
  if (mariadb) {
    await orm.close(true);
    orm = await MikroORM.init(
      ormOptions({ kind: 'mysql', url: url.toString(), mariadb }, { snapshot: true }),
    );
  }
  try {
    await orm.schema.dropDatabase('migration_scratch').catch(() => undefined);
    await orm.schema.createDatabase('migration_scratch');
    await orm.close(true);
    const fresh = await MikroORM.init(
      ormOptions({ kind: 'mysql', url: url.toString(), mariadb }, { snapshot: true }),
    );
    try {
      return await fn(fresh);
    } finally {
      await fresh.schema.dropDatabase('migration_scratch').catch(() => undefined);
      await fresh.close(true);
    }
  } finally {
    await orm.close(true).catch(() => undefined);
  }
}

type Row = Record<string, unknown>;

/** Tables, columns, indexes and foreign keys of a SQLite database, normalised. */
async function sqliteStructure(orm: MikroORM): Promise<string> {
  const conn = orm.em.getConnection();
  const tableRows: Row[] = await conn.execute(
    "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name <> 'mikro_orm_migrations' order by name",
  );
  const tables = tableRows.map((r) => String(r.name));
  const out: Row = {};
  for (const t of tables) {
    const cols: Row[] = await conn.execute(`pragma table_info(\`${t}\`)`);
    const idx: Row[] = await conn.execute(`pragma index_list(\`${t}\`)`);
    const indexes = [];
    for (const i of idx.filter((x) => !String(x.name).startsWith('sqlite_autoindex'))) {
      const info: Row[] = await conn.execute(`pragma index_info(\`${String(i.name)}\`)`);
      indexes.push({ unique: i.unique, columns: info.map((c) => c.name) });
    }
    const fks: Row[] = await conn.execute(`pragma foreign_key_list(\`${t}\`)`);
    out[t] = {
      columns: cols.map((c) => [c.name, String(c.type).toLowerCase(), c.notnull, c.pk]),
      indexes: indexes.map((i) => JSON.stringify(i)).sort(),
      fks: fks
        .map((f) => [f.table, f.from, f.to, f.on_delete])
        .map((f) => JSON.stringify(f))
        .sort(),
    };
  }
  return JSON.stringify(out);
}

async function entityStructure(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'entities-'));
  const orm = await MikroORM.init(
    ormOptions({ kind: 'sqlite', path: path.join(dir, 'e.sqlite') }, { snapshot: true }),
  );
  try {
    await orm.schema.createSchema();
    return await sqliteStructure(orm);
  } finally {
    await orm.close(true);
    await rm(dir, { recursive: true, force: true });
  }
}

let failed = false;
for (const dialect of dialects) {
  const result = await withScratchDb(dialect, async (orm) => {
    const migrator = orm.getMigrator();
    await migrateUp(orm);
    if (command === 'create') {
      const created = await migrator.createMigration(undefined, false, false);
      if (created.fileName) {
        await writeMigrationIndex(dialect);
      }
      return created.fileName ? `created ${created.fileName}` : 'no changes';
    }
    // SQLite: MikroORM's diff sees phantom changes on composite indexes; compare the real
    // structure of a migrated database with one built from the entities instead.
    const needed =
      dialect === 'sqlite'
        ? (await sqliteStructure(orm)) !== (await entityStructure())
        : await migrator.checkMigrationNeeded();
    if (needed) {
      failed = true;
      return 'MIGRATION MISSING: entities differ from the migrations (run `pnpm --filter @opendata/api migration:create`)';
    }
    return 'up to date';
  });
  process.stdout.write(
    `${dialect}: ${result ?? 'skipped (TEST_MYSQL_URL is not set, no MySQL server to check against)'}\n`,
  );
}
process.exit(failed ? 1 : 0);
