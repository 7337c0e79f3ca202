import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MikroORM, type Options } from '@mikro-orm/core';
import { LibSqlDriver } from '@mikro-orm/libsql';
import { Migrator } from '@mikro-orm/migrations';
import { createRequire } from 'node:module';
import type * as MariaDb from '@mikro-orm/mariadb';
import type * as MySql from '@mikro-orm/mysql';
import type { Config } from '../../core/config.js';
import { entities } from './entities.js';
import { migrations as mysqlMigrations } from './migrations/mysql/index.js';
import { migrations as sqliteMigrations } from './migrations/sqlite/index.js';
import { childLogger } from '../../core/logger.js';
import { installStatementCache } from '../../infra/db/statement-cache.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const runningTs = import.meta.url.endsWith('.ts');
const log = childLogger('db');

export type Dialect = 'sqlite' | 'mysql';

// The MySQL/MariaDB drivers (and their clients) load only when the database is one: SQLite, the
// default, starts without them.
const requireDriver = createRequire(import.meta.url);
const mysqlDriver = (mariadb: boolean | undefined) =>
  mariadb
    ? (requireDriver('@mikro-orm/mariadb') as typeof MariaDb).MariaDbDriver
    : (requireDriver('@mikro-orm/mysql') as typeof MySql).MySqlDriver;

export function migrationsPath(dialect: Dialect): { path: string; pathTs: string } {
  // here = src/app/db (tsx, vitest) or dist/app/db (built)
  const root = path.resolve(here, '..', '..', '..');
  return {
    path: path.join(root, 'dist', 'app', 'db', 'migrations', dialect),
    pathTs: path.join(root, 'src', 'app', 'db', 'migrations', dialect),
  };
}

/**
 * MikroORM options for the configured database (SQLite file by default, MySQL/MariaDB by URL).
 * `snapshot`: keep the committed schema snapshot in step (only the migration scripts want it;
 * elsewhere applying migrations would rewrite a tracked file from whatever database it ran on).
 */
export function ormOptions(
  database: Config['database'],
  options: { snapshot?: boolean } = {},
): Options {
  const dialect: Dialect = database.kind;
  const common = {
    entities,
    extensions: [Migrator],
    dataloader: true,
    allowGlobalContext: false,
    forceUtcTimezone: true,
    ignoreUndefinedInQuery: true,
    discovery: { warnWhenNoEntities: true },
    preferTs: runningTs,
    debug: false,
    logger: (message: string) => log.debug(message),
    migrations: {
      ...migrationsPath(dialect),
      emit: 'ts' as const,
      transactional: dialect === 'sqlite',
      allOrNothing: dialect === 'sqlite',
      snapshot: options.snapshot ?? false,
      snapshotName: `.snapshot-${dialect}`,
      migrationsList: dialect === 'sqlite' ? sqliteMigrations : mysqlMigrations,
    },
  };
  if (database.kind === 'mysql') {
    return {
      ...common,
      // MariaDB's own driver reads its catalogue right (nullable defaults, enums).
      driver: mysqlDriver(database.mariadb),
      clientUrl: database.url,
      pool: { min: 0, max: 10 },
      driverOptions: { connection: { timezone: 'Z', charset: 'utf8mb4' } },
      charset: 'utf8mb4',
      collate: 'utf8mb4_unicode_ci',
    } as Options;
  }
  installStatementCache();
  return {
    ...common,
    driver: LibSqlDriver,
    dbName: database.path,
    pool: {
      min: 1,
      max: 1,
      // Every (re)opened connection: WAL with synchronous=NORMAL (safe against crashes, one fsync
      // per checkpoint instead of per commit), foreign keys on.
      afterCreate: (
        conn: { exec(sql: string): void },
        done: (err: Error | null, conn: unknown) => void,
      ) => {
        try {
          conn.exec(
            'PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;',
          );
          done(null, conn);
        } catch (err) {
          done(err as Error, conn);
        }
      },
    },
    // libsql's busy wait, in ms: survives the pool reopening connections (a pragma would not).
    driverOptions: { connection: { timeout: 10_000 } },
    onCreate: undefined,
  } as Options;
}

export async function initOrm(database: Config['database']): Promise<MikroORM> {
  const orm = await MikroORM.init(ormOptions(database));
  if (database.kind === 'sqlite') {
    const conn = orm.em.getConnection();
    await conn.execute('PRAGMA journal_mode = WAL');
    await conn.execute('PRAGMA busy_timeout = 10000');
    await conn.execute('PRAGMA foreign_keys = ON');
  }
  return orm;
}

/** Applies pending migrations (production start-up and `npm start`). */
export async function migrateUp(orm: MikroORM): Promise<number> {
  const migrator = orm.getMigrator();
  const pending = await migrator.getPendingMigrations();
  if (pending.length > 0) {
    // SQLite rebuilds tables to alter them: with foreign keys on, dropping the old table would
    // cascade deletes to child rows. The pragma is a no-op inside a transaction, so set it here.
    const sqlite = orm.config.get('driver') === LibSqlDriver;
    if (sqlite) {
      await orm.em.getConnection().execute('PRAGMA foreign_keys = OFF');
    }
    try {
      await migrator.up();
    } finally {
      if (sqlite) {
        await orm.em.getConnection().execute('PRAGMA foreign_keys = ON');
      }
    }
    log.info({ applied: pending.map((m) => m.name) }, 'migrations applied');
  }
  return pending.length;
}
