/**
 * SCDL export benchmark (on demand, not a test): rows/s and peak RSS of the real export
 * (generate + validate against the official schema + atomic replace) beside the database's own
 * dump of the same rows (the same WHERE, no order) and a plain scan of the joined tables.
 *
 *   node scripts/bench.mjs export-bench [--rows 1000000] [--db sqlite|mysql] [--mysql-url URL] [--reuse]
 *
 * `--db mysql`: the MariaDB of `.ci/run` (127.0.0.1:3306, started when it does not answer), in a
 * database of the bench's own (`export_bench`, dropped first; `--mysql-url` to name another).
 * Its dump is `SELECT … INTO OUTFILE` when the server may write files, else the same SELECT
 * streamed by the `mariadb` client in batch mode (the bench says which). `--reuse` keeps the
 * acts a previous run left in that database when there are as many (filling 1M takes minutes).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  createApiRuntime,
  systemViewer,
  loadConfig,
  setLogLevel,
  createServices,
} from '@opendata/api';
import { benchMysqlUrl } from './mariadb-server.js';
import { mysqlDumps, seedMysql } from './export-bench-mysql.js';
import { seedSqlite, sqliteDumps } from './export-bench-sqlite.js';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const ROWS = Number(opt('rows') ?? 1_000_000);
const DB = opt('db') ?? 'sqlite';
const YEAR = 2024;
const SIREN = '213502388';
if (DB !== 'sqlite' && DB !== 'mysql') {
  throw new Error('--db sqlite|mysql');
}

/**
 * The rows the export selects (published deliberations of the organisation and year, with their
 * main documents), and a plain scan of the joined tables, which here hold nothing else.
 */
const SAME_ROWS = `select a.id, a.number, a.date, a.subject, a.classification_code, a.classification_label, a.prefecture_ack_date,
     o.siren, o.siret, o.name, d.id as doc_id, d.file_name, d.position
   from acts a join organizations o on o.id = a.organization_id left join documents d on d.act_id = a.id and d.annex = 0
   where a.nature = 'DELIBERATION' and a.status = 'PUBLISHED' and a.hidden = 0 and a.deleted_at is null and o.open_data_active = 1
     and a.date >= '${YEAR}-01-01' and a.date <= '${YEAR}-12-31' and o.siren = '${SIREN}'`;
const SCAN = `select a.number, a.date, a.subject, a.classification_code, o.name, o.siret, d.id from acts a join organizations o on o.id = a.organization_id join documents d on d.act_id = a.id`;

setLogLevel('error');
const dir = await mkdtemp(path.join(os.tmpdir(), 'export-bench-'));
const config = loadConfig({
  DATA_DIR: dir,
  LOG_LEVEL: 'error',
  DATABASE_URL: DB === 'mysql' ? await benchMysqlUrl(args, 'export_bench') : undefined,
});
const runtime = await createApiRuntime(config, { relay: false });
const started = performance.now();
let filled = true;
if (config.database.kind === 'sqlite') {
  await runtime.close();
  seedSqlite(config.database.path, ROWS, YEAR, SIREN);
} else {
  const conn = runtime.components.orm.em.getConnection();
  const [{ n }] = (await conn.execute('select count(*) as n from acts')) as { n: number }[];
  if (!args.includes('--reuse') || Number(n) !== ROWS) {
    await conn.execute('delete from organizations');
    await seedMysql(conn, ROWS, YEAR, SIREN);
  } else {
    filled = false;
  }
  await runtime.close();
}
process.stdout.write(
  filled
    ? `${DB}: filled ${ROWS} acts in ${((performance.now() - started) / 1000).toFixed(1)} s\n`
    : `${DB}: the ${ROWS} acts of the previous run reused\n`,
);

// Floors: the database's own dump of the rows (no ordering, no application work); the scan runs
// first: it also warms the caches.
const dumps =
  config.database.kind === 'sqlite'
    ? await sqliteDumps(config.database.path, dir, SCAN, SAME_ROWS)
    : await mysqlDumps(config.database.url, dir, SCAN, SAME_ROWS);

const rt = await createApiRuntime(config, { relay: false, migrate: false });
const services = createServices(rt.components.orm.em.fork(), rt.components, systemViewer('bench'));
const rssBefore = process.memoryUsage().rss;
// Peaks of the CSV part and of the .xlsx part (the CSV part ends when csvMs is set).
const peak = { csv: rssBefore, xlsx: 0 };
const phases = { csvMs: 0, spreadsheetMs: 0 };
const sampler = setInterval(() => {
  const part = phases.csvMs === 0 ? 'csv' : 'xlsx';
  peak[part] = Math.max(peak[part], process.memoryUsage().rss);
}, 50);
const t = performance.now();
const ds = await services.datasetExport.exportDeliberations(SIREN, YEAR, 'export', phases);
const totalS = (performance.now() - t) / 1000;
const exportS = phases.csvMs / 1000;
clearInterval(sampler);
const { scanS, dumpS, how } = dumps;
process.stdout.write(
  [
    dumps.server,
    `dump of the same rows (${how}; same WHERE, no order): ${(ROWS / dumpS).toFixed(0)} rows/s (${dumpS.toFixed(1)} s)`,
    `dump by table scan (${how}; no WHERE): ${(ROWS / scanS).toFixed(0)} rows/s (${scanS.toFixed(1)} s)`,
    `SCDL export on ${DB} (read, generate + validate + replace the CSV): ${(ds.rowCount / exportS).toFixed(0)} rows/s (${exportS.toFixed(1)} s, ${(exportS / dumpS).toFixed(2)}× the dump of the same rows, ${(exportS / scanS).toFixed(2)}× the table scan), valid=${ds.valid}, rows=${ds.rowCount}`,
    `then the .xlsx beside it (from the CSV): ${(phases.spreadsheetMs / 1000).toFixed(1)} s (${ds.notes.length ? ds.notes.join(' ') : 'written'}); whole export ${totalS.toFixed(1)} s`,
    `RSS before export ${(rssBefore / 1048576).toFixed(0)} MB, peak while the CSV is made ${(peak.csv / 1048576).toFixed(0)} MB, while the .xlsx is made ${(peak.xlsx / 1048576).toFixed(0)} MB (sampled every 50 ms), process peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
    `load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  ].join('\n') + '\n',
);
await rt.close();
if (process.env.BENCH_KEEP) {
  process.stdout.write(`kept ${dir}\n`);
} else {
  await rm(dir, { recursive: true, force: true });
}
