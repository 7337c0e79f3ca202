/**
 * SCDL export benchmark (on demand, not a test): rows/s and peak RSS of the real export
 * (generate + validate against the official schema + atomic replace) beside the database's own
 * dump of the same rows (the same WHERE, no order, streamed to a CSV file) and a plain table scan.
 *
 *   npx tsx --tsconfig packages/api/tsconfig.json bench/export-bench.ts [--rows 1000000]
 */
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import {
  createApiRuntime,
  systemViewer,
  loadConfig,
  setLogLevel,
  createServices,
} from '@opendata/api';

const args = process.argv.slice(2);
const i = args.indexOf('--rows');
const ROWS = i >= 0 ? Number(args[i + 1]) : 1_000_000;
const YEAR = 2024;

// libsql is a dependency of the api package, not of the root.
const Database = createRequire(new URL('../packages/api/package.json', import.meta.url))(
  'libsql',
) as new (file: string) => {
  prepare(sql: string): {
    run(...a: unknown[]): unknown;
    iterate(): Iterable<Record<string, unknown>>;
  };
  transaction<A extends unknown[]>(fn: (...a: A) => void): (...a: A) => void;
  close(): void;
};

setLogLevel('error');
const dir = await mkdtemp(path.join(os.tmpdir(), 'export-bench-'));
const config = loadConfig({ DATA_DIR: dir, LOG_LEVEL: 'error' });
const runtime = await createApiRuntime(config, { relay: false });
await runtime.close();

// Fill the database directly (fast), as published deliberations of one organisation.
const db = new Database(config.database.kind === 'sqlite' ? config.database.path : '');
const orgId = randomUUID();
const now = Date.now();
db.prepare(
  'insert into organizations (id, created_at, updated_at, siren, siret, name, open_data_active, publish_annexes) values (?, ?, ?, ?, ?, ?, 1, 1)',
).run(orgId, now, now, '213502388', '21350238800001', 'Commune de Rennes');
const insAct = db.prepare(
  `insert into acts (id, created_at, updated_at, organization_id, number, date, subject, nature, classification_code, classification_label, classification_unknown, publication_decision, status, hidden, published_at, source)
   values (?, ?, ?, ?, ?, ?, ?, 'DELIBERATION', '8.5', 'Politique de la ville-habitat-logement', 0, 'PUBLISH', 'PUBLISHED', 0, ?, 'DEPOSIT')`,
);
const insDoc = db.prepare(
  `insert into documents (id, created_at, updated_at, act_id, file_name, media_type, size, sha256, storage_key, annex, withheld, position)
   values (?, ?, ?, ?, ?, 'application/pdf', 1000, ?, ?, 0, 0, 0)`,
);
const fill = db.transaction((from: number, to: number) => {
  for (let n = from; n < to; n++) {
    const id = randomUUID();
    const day = String((n % 28) + 1).padStart(2, '0');
    insAct.run(
      id,
      now,
      now,
      orgId,
      `D${YEAR}_${n}`,
      `${YEAR}-03-${day}`,
      `Délibération n° ${n} relative au programme local de l’habitat`,
      now,
    );
    insDoc.run(
      randomUUID(),
      now,
      now,
      id,
      `D${YEAR}_${n}.pdf`,
      'a'.repeat(64),
      `sha256/aa/aa/${'a'.repeat(64)}`,
    );
  }
});
let t = performance.now();
for (let n = 0; n < ROWS; n += 50_000) {
  fill(n, Math.min(ROWS, n + 50_000));
}
process.stdout.write(`filled ${ROWS} acts in ${((performance.now() - t) / 1000).toFixed(1)} s\n`);

// Baselines: the database's own dump of the rows (one SELECT streamed as CSV, no ordering, no
// application work): first the same rows selected as the export selects them (published
// deliberations of the organisation and year, with their main documents), and a plain scan of
// the joined tables, which here hold nothing else (run first: it also warms the page cache).
async function dump(sql: string): Promise<number> {
  const start = performance.now();
  const out = createWriteStream(path.join(dir, 'dump.csv'));
  for (const r of db.prepare(sql).iterate()) {
    if (!out.write(`${Object.values(r).join(',')}\n`)) {
      await new Promise<void>((res) => out.once('drain', () => res()));
    }
  }
  await new Promise((res) => out.end(res));
  return (performance.now() - start) / 1000;
}
const scanS = await dump(
  `select a.number, a.date, a.subject, a.classification_code, o.name, o.siret, d.id from acts a join organizations o on o.id = a.organization_id join documents d on d.act_id = a.id`,
);
const dumpS = await dump(
  `select a.id, a.number, a.date, a.subject, a.classification_code, a.classification_label, a.prefecture_ack_date,
     o.siren, o.siret, o.name, d.id as doc_id, d.file_name, d.position
   from acts a join organizations o on o.id = a.organization_id left join documents d on d.act_id = a.id and d.annex = 0
   where a.nature = 'DELIBERATION' and a.status = 'PUBLISHED' and a.deleted_at is null and o.open_data_active = 1
     and a.date >= '${YEAR}-01-01' and a.date <= '${YEAR}-12-31' and o.siren = '213502388'`,
);
db.close();

const rt = await createApiRuntime(config, { relay: false, migrate: false });
const services = createServices(rt.components.orm.em.fork(), rt.components, systemViewer('bench'));
const rssBefore = process.memoryUsage().rss;
let rssPeak = rssBefore;
const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)), 50);
t = performance.now();
const ds = await services.datasetExport.exportDeliberations('213502388', YEAR);
const exportS = (performance.now() - t) / 1000;
clearInterval(sampler);
process.stdout.write(
  [
    `dump of the same rows (same WHERE, no order → CSV): ${(ROWS / dumpS).toFixed(0)} rows/s (${dumpS.toFixed(1)} s)`,
    `dump by table scan (no WHERE → CSV): ${(ROWS / scanS).toFixed(0)} rows/s (${scanS.toFixed(1)} s)`,
    `SCDL export (generate + validate + replace): ${(ds.rowCount / exportS).toFixed(0)} rows/s (${exportS.toFixed(1)} s, ${(exportS / dumpS).toFixed(2)}× the dump of the same rows, ${(exportS / scanS).toFixed(2)}× the table scan), valid=${ds.valid}, rows=${ds.rowCount}`,
    `RSS before export ${(rssBefore / 1048576).toFixed(0)} MB, peak during export ${(rssPeak / 1048576).toFixed(0)} MB (sampled every 50 ms), process peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
  ].join('\n') + '\n',
);
await rt.close();
if (process.env.BENCH_KEEP) {
  process.stdout.write(`kept ${dir}\n`);
} else {
  await rm(dir, { recursive: true, force: true });
}
