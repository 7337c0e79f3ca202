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
 *  3. the same for an XML DECP file of the same records (saxes, each record's element checked
 *     against the XSD), beside a bare saxes parse of the same bytes.
 *
 *   node scripts/bench.mjs decp-bench [--records 50000] [--format json|xml|both] [--import-only]
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { performance } from 'node:perf_hooks';
import {
  createApiRuntime,
  createServices,
  jsonRecordToXml,
  loadConfig,
  setLogLevel,
  systemViewer,
} from '@opendata/api';

const args = process.argv.slice(2);
const at = args.indexOf('--records');
const N = at >= 0 ? Number(args[at + 1]) : 50_000;
/** `--import-only`: stops after the import (profiling, RSS of the import alone). */
const IMPORT_ONLY = args.includes('--import-only');
/**
 * `--dist`: each import runs in a plain Node.js process on the built platform
 * (decp-import-child.mjs; `pnpm run build` first), as `npm start` runs it: RSS without tsx.
 */
const DIST = args.includes('--dist');
const fa = args.indexOf('--format');
/** `--format json|xml|both` (default both): which files are built, imported and exported. */
const FORMATS = (fa >= 0 ? args[fa + 1]! : 'both') === 'both' ? ['json', 'xml'] : [args[fa + 1]!];
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
const schemaRoot = JSON.parse(
  await readFile(path.join(api, 'src/domains/procurement/schemas/decp-2.0.3.schema.json'), 'utf8'),
);
/** The XML file's records have a buyer of their own (another organisation, created by the file). */
const BUYERS: Record<string, string> = { json: BUYER, xml: '21330063500017' };

async function writeFileOf(format: string): Promise<{ file: string; size: number }> {
  const file = path.join(dir, `decp-${N}.${format}`);
  await new Promise<void>((resolve, reject) => {
    const out = createWriteStream(file);
    out.on('error', reject);
    out.write(
      format === 'json'
        ? '{"marches":{"marche":[\n'
        : '<?xml version="1.0" encoding="UTF-8"?>\n<marches>\n',
    );
    let i = 0;
    const more = () => {
      while (i < N) {
        const r = marche(i);
        r.acheteur = { id: BUYERS[format] };
        const ok = out.write(
          format === 'json'
            ? `${i ? ',\n' : ''}${JSON.stringify(r)}`
            : jsonRecordToXml(schemaRoot, 'marche', r),
        );
        i++;
        if (!ok) {
          out.once('drain', more);
          return;
        }
      }
      out.end(format === 'json' ? '\n]}}\n' : '</marches>\n', () => resolve());
    };
    more();
  });
  return { file, size: (await stat(file)).size };
}

/* ── 1. Import through the watched-folder path, streamed, on SQLite ──────────────────────── */

// A full collection before each RSS reading (the bench's own garbage is not the import's).
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;
const files: Record<string, { file: string; size: number }> = {};
for (const format of FORMATS) {
  files[format] = await writeFileOf(format);
}
gc();
const rtBefore = process.memoryUsage();
const rt = await createApiRuntime(config, { relay: false });
const services = createServices(rt.components.orm.em.fork(), rt.components, systemViewer('bench'));
const queued = path.join(path.dirname(path.resolve(config.decp.dir)), 'queued');
await mkdir(queued, { recursive: true });
const mb = (b: number) => `${(b / 1048576).toFixed(0)} MB`;
const rate = (n: number, s: number) => `${Math.round(n / s).toLocaleString('en')} records/s`;
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
const lines: string[] = [
  `DECP files: ${N.toLocaleString('en')} marchés, ${FORMATS.map((f) => `${f.toUpperCase()} ${mb(files[f]!.size)}`).join(', ')}; load average ${load()} on ${os.cpus().length} cores`,
  `RSS before the runtime ${mb(rtBefore.rss)} (tsx, the bench's own modules); the runtime adds the rest`,
];

/** Runs `f` sampling RSS and heap every 20 ms; wall and CPU seconds. */
async function measured<T>(f: () => Promise<T>) {
  gc();
  const before = process.memoryUsage();
  let rssPeak = before.rss;
  let heapPeak = before.heapUsed;
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    rssPeak = Math.max(rssPeak, m.rss);
    heapPeak = Math.max(heapPeak, m.heapUsed);
  }, 20);
  const cpuBefore = process.cpuUsage();
  const t0 = performance.now();
  const value = await f();
  const wallS = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  clearInterval(sampler);
  return { value, wallS, cpuS: (cpu.user + cpu.system) / 1e6, before, rssPeak, heapPeak };
}

const imported: Record<string, { wallS: number; cpuS: number }> = {};
for (const format of FORMATS) {
  let m: Awaited<
    ReturnType<typeof measured<{ status?: string; created?: number; refused?: number }[]>>
  >;
  if (DIST) {
    const child = spawnSync(
      process.execPath,
      [
        path.join(path.dirname(new URL(import.meta.url).pathname), 'decp-import-child.mjs'),
        dir, // the same database: the exports below read what it imported
        files[format]!.file,
      ],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const r = JSON.parse(child.stdout.trim().split('\n').at(-1)!);
    m = { ...r, value: [r] };
    lines.push(
      `  (built platform in a plain Node.js process: RSS ${mb(r.start.rss)} at its start, before the runtime)`,
    );
  } else {
    const dropped = path.join(queued, `bench__decp.${format}`);
    await rm(dropped, { force: true });
    await copyFile(files[format]!.file, dropped);
    m = await measured(() => services.contractImports.ingestFolderFile(dropped));
  }
  const imp = m.value[0];
  imported[format] = m;
  lines.push(
    `${format.toUpperCase()} import (streamed, checked, repaired, written to SQLite): ${rate(N, m.wallS)} (${m.wallS.toFixed(1)} s), status ${imp?.status}, created ${imp?.created}, refused ${imp?.refused}; load ${load()}`,
    `  CPU ${m.cpuS.toFixed(1)} s: ${rate(N, m.cpuS)} per CPU-second (${((m.cpuS / N) * 1e6).toFixed(0)} µs per record)`,
    `  RSS before ${mb(m.before.rss)} (V8 heap ${mb(m.before.heapTotal)}, ${mb(m.before.heapUsed)} used; external ${mb(m.before.external)} incl. array buffers ${mb(m.before.arrayBuffers)}; the rest code, native libraries, WebAssembly), peak ${mb(m.rssPeak)} (+${mb(m.rssPeak - m.before.rss)}; heap used peak ${mb(m.heapPeak)}, sampled every 20 ms)`,
  );
}
if (IMPORT_ONLY) {
  process.stdout.write(lines.join('\n') + '\n');
  await rt.close();
  await rm(dir, { recursive: true, force: true });
  process.exit(0);
}

const exported: Record<string, number> = {};
// libxml2 loaded first: under tsx its first import alone adds ~120 MB (see bench/README.md).
await rt.components.decpSchemas.loadXsd();
/* ── 2. Exports of the same records to JSON and XML (before the floors hold their records) ── */

for (const format of FORMATS) {
  const where = { year: YEAR, organization: { siren: BUYERS[format]!.slice(0, 9) } };
  const m = await measured(() =>
    format === 'json'
      ? services.decpExport.writeJson('bench', YEAR, where)
      : services.decpExport.writeXml('bench', YEAR, where),
  );
  await rm(m.value.file.tmp, { force: true });
  exported[format] = m.wallS;
  lines.push(
    `${format.toUpperCase()} export (streamed from the DB, ${format === 'json' ? '2.0.3 + 2.0.2 checks' : 'each element checked against the XSD'}): ${rate(m.value.rows, m.wallS)} (${m.wallS.toFixed(1)} s, CPU ${((m.cpuS / m.value.rows) * 1e6).toFixed(0)} µs per record, ${m.value.issues.length} issues, ${mb(m.value.file.size)}), RSS ${mb(m.before.rss)} → peak ${mb(m.rssPeak)} (+${mb(m.rssPeak - m.before.rss)}); load ${load()}`,
  );
}
/* ── Floors: bare Ajv validation of the same records, bare saxes parse of the XML bytes ──── */

// ajv and saxes are dependencies of the api package, not of the root.
const { Ajv } = require('ajv') as {
  Ajv: new (o: object) => {
    addSchema(s: object, key: string): void;
    getSchema(key: string): ((data: unknown) => boolean) | undefined;
  };
};
const schema = structuredClone(schemaRoot);
delete schema.$id;
const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
ajv.addSchema(schema, 'root');
const validate = ajv.getSchema('root#/definitions/marche')!;
const jsonFile = files.json ?? (await writeFileOf('json'));
let t = performance.now();
const records = JSON.parse(await readFile(jsonFile.file, 'utf8')).marches.marche as unknown[];
const parseS = (performance.now() - t) / 1000;
const ajvCpu = process.cpuUsage();
t = performance.now();
let invalid = 0;
for (const r of records) {
  invalid += validate(r) ? 0 : 1;
}
const ajvS = (performance.now() - t) / 1000;
const ajvCpuU = process.cpuUsage(ajvCpu);
const ajvCpuS = (ajvCpuU.user + ajvCpuU.system) / 1e6;
lines.push(
  `bare Ajv validation, same records, same schema: ${rate(N, ajvS)} (${ajvS.toFixed(2)} s, CPU ${((ajvCpuS / N) * 1e6).toFixed(0)} µs per record, ${invalid} invalid; JSON.parse of the whole file apart: ${parseS.toFixed(2)} s); ${FORMATS.map((f) => `${f.toUpperCase()} import/Ajv ${(imported[f]!.wallS / ajvS).toFixed(1)}× wall, ${(imported[f]!.cpuS / ajvCpuS).toFixed(1)}× CPU`).join(', ')}`,
);
if (files.xml) {
  const { SaxesParser } = require('saxes') as {
    SaxesParser: new () => { write(s: string): void; close(): void };
  };
  const text = await readFile(files.xml.file, 'utf8');
  const c0 = process.cpuUsage();
  t = performance.now();
  const p = new SaxesParser();
  for (let i = 0; i < text.length; i += 65536) {
    p.write(text.slice(i, i + 65536));
  }
  p.close();
  const saxS = (performance.now() - t) / 1000;
  const c1 = process.cpuUsage(c0);
  lines.push(
    `bare saxes parse of the XML bytes (no handler): ${rate(N, saxS)} (${saxS.toFixed(2)} s, CPU ${((c1.user + c1.system) / N).toFixed(0)} µs per record)`,
  );
}

t = performance.now();
const plain = JSON.stringify({ marches: { marche: records } });
const stringifyS = (performance.now() - t) / 1000;
lines.push(
  `plain JSON.stringify of the same records: ${rate(N, stringifyS)} (${stringifyS.toFixed(2)} s, ${mb(plain.length)}); ${FORMATS.map((f) => `${f.toUpperCase()} export/stringify ${(exported[f]! / stringifyS).toFixed(1)}×`).join(', ')}`,
);
const both = await measured(() => services.decpExport.export(BUYER.slice(0, 9), YEAR));
lines.push(
  `full yearly export of the JSON buyer (JSON + XML, files replaced when valid): ${both.wallS.toFixed(1)} s, valid ${both.value.map((d) => d.valid).join('/')}`,
  `process peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}`,
);
process.stdout.write(lines.join('\n') + '\n');
await rt.close();
if (process.env.BENCH_KEEP) {
  process.stdout.write(`kept ${dir}\n`);
} else {
  await rm(dir, { recursive: true, force: true });
}
