import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/core';
import type { Config } from '../../src/core/config.js';
import { ormOptions } from '../../src/app/db/orm.js';

export type TestDialect = 'sqlite' | 'mysql';

export function testDialect(): TestDialect {
  return process.env.TEST_DB === 'mysql' ? 'mysql' : 'sqlite';
}

/** Why the MySQL suites are skipped, or undefined when they can run. */
export function mysqlSkipReason(): string | undefined {
  if (testDialect() !== 'mysql') {
    return undefined;
  }
  return process.env.TEST_MYSQL_URL
    ? undefined
    : 'TEST_MYSQL_URL is not set: no MySQL/MariaDB server to run the MySQL suites against';
}

let mariadbCache: boolean | undefined;

async function isMariaDb(url: string): Promise<boolean> {
  if (mariadbCache !== undefined) {
    return mariadbCache;
  }
  const orm = await MikroORM.init(ormOptions({ kind: 'mysql', url }));
  const [row] = await orm.em.getConnection().execute<{ v: string }[]>('select version() as v');
  await orm.close(true);
  mariadbCache = /mariadb/i.test(row?.v ?? '');
  return mariadbCache;
}

/** A fresh, empty database for one test file (named after it on MySQL). */
export async function freshDatabase(name: string): Promise<Config['database']> {
  if (testDialect() === 'sqlite') {
    const dir = await mkdtemp(path.join(os.tmpdir(), `db-${name}-`));
    return { kind: 'sqlite', path: path.join(dir, 'test.sqlite') };
  }
  const base = process.env.TEST_MYSQL_URL;
  if (!base) {
    throw new Error('TEST_MYSQL_URL is not set');
  }
  const url = new URL(base.replace(/^mariadb:/, 'mysql:'));
  // Named after the file, and after the test database unless it is `test` (CI): runs against
  // other test databases on the same server do not drop each other's.
  const own = url.pathname.slice(1);
  const prefix = !own || own === 'test' ? 't' : own;
  const dbName = `${prefix}_${name.replace(/[^a-z0-9]+/gi, '_').toLowerCase()}`.slice(0, 60);
  const mariadb = await isMariaDb(url.toString());
  const admin = await MikroORM.init(ormOptions({ kind: 'mysql', url: url.toString(), mariadb }));
  await admin.em.getConnection().execute(`drop database if exists \`${dbName}\``);
  await admin.em
    .getConnection()
    .execute(`create database \`${dbName}\` character set utf8mb4 collate utf8mb4_unicode_ci`);
  await admin.close(true);
  url.pathname = `/${dbName}`;
  return { kind: 'mysql', url: url.toString(), mariadb };
}
