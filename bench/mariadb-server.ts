/**
 * The MariaDB a bench runs against, reached and started as `.ci/run` does: 127.0.0.1:3306, root
 * without password; when it does not answer, mariadbd is started (as root) and the bench waits
 * for its socket. The bench works in a database of its own (dropped and created again), never in
 * the `test` database the suites use.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const answers = (): boolean =>
  spawnSync('mariadb', ['-uroot', '-h127.0.0.1', '-e', 'select 1'], { stdio: 'ignore' }).status ===
  0;

/** Starts the local MariaDB the way `.ci/run` does when it does not answer. */
export async function ensureMariaDb(): Promise<void> {
  if (answers()) {
    return;
  }
  process.stdout.write('MariaDB does not answer at 127.0.0.1:3306: starting mariadbd\n');
  spawnSync('sh', ['-c', 'mkdir -p /run/mysqld && chown mysql /run/mysqld'], { stdio: 'ignore' });
  execFileSync('start-stop-daemon', [
    '--start',
    '--oknodo',
    '--background',
    '--exec',
    '/usr/sbin/mariadbd',
    '--',
    '--user=mysql',
  ]);
  for (let i = 0; i < 60 && !existsSync('/run/mysqld/mysqld.sock'); i++) {
    await new Promise((res) => setTimeout(res, 500));
  }
  spawnSync('mariadb', [
    '-uroot',
    '-e',
    "ALTER USER root@localhost IDENTIFIED VIA unix_socket OR mysql_native_password USING PASSWORD(''); FLUSH PRIVILEGES;",
  ]);
  if (!answers()) {
    throw new Error('MariaDB could not be started at 127.0.0.1:3306');
  }
}

/**
 * The URL of the bench's own database: `--mysql-url` as given, else the server of
 * TEST_MYSQL_URL (or 127.0.0.1:3306, root) with the database `name`. The database is dropped
 * and created again (utf8mb4, as the platform's), so the bench starts from empty tables, unless
 * `--reuse` is given (the tables of an earlier run are kept).
 */
export async function benchMysqlUrl(args: string[], name: string): Promise<string> {
  const i = args.indexOf('--mysql-url');
  const url = new URL(
    (i >= 0 ? args[i + 1] : process.env.TEST_MYSQL_URL) ?? 'mysql://root@127.0.0.1:3306/',
  );
  if (i < 0) {
    url.pathname = `/${name}`;
  }
  const db = url.pathname.slice(1);
  if (!/^\w+$/.test(db) || db === 'test') {
    throw new Error(`the bench drops its database: give it one of its own, not « ${db} »`);
  }
  if (url.hostname === '127.0.0.1' || url.hostname === 'localhost') {
    await ensureMariaDb();
  }
  execFileSync('mariadb', [
    ...mariadbCliArgs(url.toString()).slice(0, -1),
    '-e',
    `${args.includes('--reuse') ? '' : `drop database if exists \`${db}\`;`} create database if not exists \`${db}\` character set utf8mb4 collate utf8mb4_unicode_ci`,
  ]);
  // mariadb:// selects MariaDB's own driver, as DATABASE_URL does.
  return url.toString();
}

/** The `mariadb` client's connection arguments for a URL. */
export function mariadbCliArgs(url: string): string[] {
  const u = new URL(url);
  return [
    `-h${u.hostname}`,
    `-P${u.port || 3306}`,
    `-u${decodeURIComponent(u.username || 'root')}`,
    ...(u.password ? [`-p${decodeURIComponent(u.password)}`] : []),
    u.pathname.slice(1),
  ];
}
