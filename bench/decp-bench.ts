/**
 * DECP benchmark (on demand, not a test), one run, figures side by side:
 *  1. import of one DECP 2.0 JSON file of N marchés (default 50,000, built from the official
 *     examples with unique ids and varied amounts, dates, subjects, CPV and holders) through the
 *     watched-folder path on SQLite (streamed read, every record checked and repaired, written by
 *     batches in one transaction): records/s and peak RSS; beside a bare Ajv validation of the
 *     same records against the same 2.0.3 schema (records already parsed in memory);
 *  2. the export of the same records to the yearly DECP JSON file (streamed from the database,
 *     every record checked against 2.0.3 and 2.0.2), beside a plain `JSON.stringify` of them.
 *
 *   node scripts/bench.mjs decp-bench [--records 50000]
 */
import { createWriteStream } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  createApiRuntime,
  createServices,
  loadConfig,
  setLogLevel,
  systemViewer,
} from '@opendata/api';

const args = process.argv.slice(2);
const at = args.indexOf('--records');
const N = at >= 0 ? Number(args[at + 1]) : 50_000;
/** `--import-only`: stops after the import (profiling, RSS of the import alone). */
const IMPORT_ONLY = args.includes('--import-only');
const YEAR = 2024;
const api = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../packages/api');
const require = createRequire(path.join(api, 'package.json'));
setLogLevel('error');

/* ── The file: N marchés from the official examples, written as a stream ─────────────────── */

const examples = path.join(api, 'test/fixtures/decp/exemples/json');
const templates: Record<string, unknown>[] = [];
for (const f of ['marches_avec_modifications.json', 'marches_concessions.json']) {
  const doc = JSON.parse(await readFile(path.join(examples, f), 'utf8'));
  templates.push(...(doc.marches.marche ?? []));
}
const BUYER = '21750001630066';
const WORDS = ['travaux', 'voirie', 'école', 'restauration', 'nettoyage', 'éclairage', 'réseau'];
const CPV = ['45000000-7', '45233140-2', '55523100-3', '90910000-9', '34928500-3', '72000000-5'];
function marche(i: number): Record<string, unknown> {
  const r = structuredClone(templates[i % templates.length]!);
  const day = `${YEAR}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
  r.id = `B${YEAR}${String(i).padStart(8, '0')}`;
  r.acheteur = { id: BUYER };
  r.objet = `Marché ${i} : ${WORDS[i % WORDS.length]} et ${WORDS[(i * 7) % WORDS.length]} (lot ${i % 9})`;
  r.codeCPV = CPV[i % CPV.length];
  r.montant = 1000 + ((i * 7919) % 900_000) + (i % 100) / 100;
  r.dateNotification = day;
  r.datePublicationDonnees = day;
  r.dureeMois = 1 + (i % 48);
  r.titulaires = [
    { titulaire: { id: String(10_000_000_000_000 + (i % 5000) * 9), typeIdentifiant: 'SIRET' } },
  ];
  return r;
}

const dir = await mkdtemp(path.join(os.tmpdir(), 'decp-bench-'));
const config = loadConfig({ DATA_DIR: dir, LOG_LEVEL: 'error' });
const file = path.join(dir, 'decp-50k.json');
await new Promise<void>((resolve, reject) => {
  const out = createWriteStream(file);
  out.on('error', reject);
  out.write('{"marches":{"marche":[\n');
  let i = 0;
  const more = () => {
    while (i < N) {
      const ok = out.write(`${i ? ',\n' : ''}${JSON.stringify(marche(i))}`);
      i++;
      if (!ok) {
        out.once('drain', more);
        return;
      }
    }
    out.end('\n]}}\n', () => resolve());
  };
  more();
});
const size = (await stat(file)).size;

/* ── 1. Import through the watched-folder path, streamed, on SQLite ──────────────────────── */

const rt = await createApiRuntime(config, { relay: false });
const services = createServices(rt.components.orm.em.fork(), rt.components, systemViewer('bench'));
const queued = path.join(path.dirname(path.resolve(config.decp.dir)), 'queued');
await mkdir(queued, { recursive: true });
const dropped = path.join(queued, 'bench__decp-50k.json');
await rm(dropped, { force: true });
await copyFile(file, dropped);
global.gc?.();
const base = process.memoryUsage();
const rssBefore = base.rss;
let rssPeak = rssBefore;
const heapBefore = process.memoryUsage().heapUsed;
let heapPeak = heapBefore;
const sampler = setInterval(() => {
  const m = process.memoryUsage();
  rssPeak = Math.max(rssPeak, m.rss);
  heapPeak = Math.max(heapPeak, m.heapUsed);
}, 20);
const cpuBefore = process.cpuUsage();
let t = performance.now();
const [imp] = await services.contractImports.ingestFolderFile(dropped);
const importS = (performance.now() - t) / 1000;
const cpu = process.cpuUsage(cpuBefore);
const importCpuS = (cpu.user + cpu.system) / 1e6;
clearInterval(sampler);
if (IMPORT_ONLY) {
  process.stdout.write(
    `${N} records: ${Math.round(N / importS)} records/s (${importS.toFixed(1)} s, CPU ${importCpuS.toFixed(1)} s: ${Math.round(N / importCpuS)} records per CPU-second), status ${imp?.status}, created ${imp?.created}; RSS before ${(rssBefore / 1048576).toFixed(0)} MB, peak ${(rssPeak / 1048576).toFixed(0)} MB; heap used before ${(heapBefore / 1048576).toFixed(0)} MB, peak ${(heapPeak / 1048576).toFixed(0)} MB; load ${os.loadavg()[0]!.toFixed(1)}\n`,
  );
  await rt.close();
  await rm(dir, { recursive: true, force: true });
  process.exit(0);
}

/* ── Bare Ajv validation of the same records (parsed beforehand, not timed) ──────────────── */

// ajv is a dependency of the api package, not of the root.
const { Ajv } = require('ajv') as {
  Ajv: new (o: object) => {
    addSchema(s: object, key: string): void;
    getSchema(key: string): ((data: unknown) => boolean) | undefined;
  };
};
const schema = JSON.parse(
  await readFile(path.join(api, 'src/domains/procurement/schemas/decp-2.0.3.schema.json'), 'utf8'),
);
delete schema.$id;
const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
ajv.addSchema(schema, 'root');
const validate = ajv.getSchema('root#/definitions/marche')!;
t = performance.now();
const records = JSON.parse(await readFile(file, 'utf8')).marches.marche as unknown[];
const parseS = (performance.now() - t) / 1000;
t = performance.now();
let invalid = 0;
for (const r of records) {
  invalid += validate(r) ? 0 : 1;
}
const ajvS = (performance.now() - t) / 1000;

/* ── 2. Export of the same records to JSON, beside a plain serialisation ─────────────────── */

t = performance.now();
const plain = JSON.stringify({ marches: { marche: records } });
const stringifyS = (performance.now() - t) / 1000;
const exportRssBefore = process.memoryUsage().rss;
let exportPeak = exportRssBefore;
const sampler2 = setInterval(
  () => (exportPeak = Math.max(exportPeak, process.memoryUsage().rss)),
  20,
);
t = performance.now();
const json = await services.decpExport.writeJson('bench', YEAR, {
  year: YEAR,
  organization: { siren: BUYER.slice(0, 9) },
});
const exportS = (performance.now() - t) / 1000;
clearInterval(sampler2);
await rm(json.file.tmp, { force: true });
t = performance.now();
const both = await services.decpExport.export(BUYER.slice(0, 9), YEAR);
const exportBothS = (performance.now() - t) / 1000;

const mb = (b: number) => `${(b / 1048576).toFixed(0)} MB`;
const rate = (n: number, s: number) => `${Math.round(n / s).toLocaleString('en')} records/s`;
process.stdout.write(
  [
    `DECP file: ${N.toLocaleString('en')} marchés, ${mb(size)}; load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} on ${os.cpus().length} cores`,
    `import (streamed, checked, repaired, written to SQLite): ${rate(N, importS)} (${importS.toFixed(1)} s), status ${imp?.status}, created ${imp?.created}, refused ${imp?.refused}`,
    `  CPU ${importCpuS.toFixed(1)} s: ${rate(N, importCpuS)} per CPU-second (what one free core would give)`,
    `  RSS before ${mb(rssBefore)} (the runtime: V8 heap ${mb(base.heapTotal)} of which ${mb(base.heapUsed)} used, external ${mb(base.external)} incl. array buffers ${mb(base.arrayBuffers)}, the rest code, native libraries and WebAssembly), peak during import ${mb(rssPeak)} (+${mb(rssPeak - rssBefore)}; heap used peak ${mb(heapPeak)}, sampled every 20 ms)`,
    `bare Ajv validation, same records, same schema: ${rate(N, ajvS)} (${ajvS.toFixed(2)} s, ${invalid} invalid; JSON.parse of the whole file apart: ${parseS.toFixed(2)} s); import/Ajv ${(importS / ajvS).toFixed(1)}×`,
    `export to DECP JSON (streamed from the DB, 2.0.3 + 2.0.2 checks): ${rate(json.rows, exportS)} (${exportS.toFixed(1)} s, ${json.issues.length} issues), RSS peak ${mb(exportPeak)} (before ${mb(exportRssBefore)}, the records parsed above still held)`,
    `plain JSON.stringify of the same records: ${rate(N, stringifyS)} (${stringifyS.toFixed(2)} s, ${mb(plain.length)}); export/stringify ${(exportS / stringifyS).toFixed(1)}×`,
    `full yearly export (JSON + XML with the XSD check): ${exportBothS.toFixed(1)} s, valid ${both.map((d) => d.valid).join('/')}`,
    `process peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}`,
  ].join('\n') + '\n',
);
await rt.close();
if (process.env.BENCH_KEEP) {
  process.stdout.write(`kept ${dir}\n`);
} else {
  await rm(dir, { recursive: true, force: true });
}
