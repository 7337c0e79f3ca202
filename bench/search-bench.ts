/**
 * Search benchmark (on demand, not a test). Builds N synthetic French acts (~2 KB of PDF text
 * each) in a temporary directory and prints index time, disk size, RSS and search latencies.
 *
 *   npx tsx bench/search-bench.ts                 # 100k acts, 500 authorities (largest 12.6k)
 *   npx tsx bench/search-bench.ts --docs 1000000 --orgs 7000 --skew 0.8  # 1M, largest ~40k
 *   npx tsx bench/search-bench.ts --keep          # keep the index directory
 *   npx tsx bench/search-bench.ts --reuse DIR     # only query an index kept earlier
 *   MEILI_URL=http://127.0.0.1:7700 npx tsx bench/search-bench.ts --engine meili
 *
 * Options: --orgs legacy|N and --skew S (authority sizes ∝ 1/rank^S; `legacy` is the historical
 * 500 authorities), --batch N (acts per upsert), --rounds N (queries per class), --only REGEX,
 * --cache MiB and --mmap MiB (embedded engine options).
 * Queries pick their authority with the same weights as the acts (busy authorities are
 * searched more). Served queries are scoped to one authority like `searchActs`; platform-wide
 * ones are reported apart.
 */
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import {
  actsIndexDefinition,
  toActSearchDocument,
  MeiliSearchEngine,
  type SearchEngine,
  type SearchFilter,
  type SearchQuery,
  SqliteSearchEngine,
} from '@opendata/api/testing';

const args = process.argv.slice(2);
const arg = (name: string, def: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : def;
};
const reuse = args.includes('--reuse') ? arg('reuse', '') : '';
/** Corpus options are stored beside a kept index, so `--reuse` queries it with the same authorities. */
const stored =
  reuse && existsSync(path.join(reuse, 'bench.json'))
    ? (JSON.parse(readFileSync(path.join(reuse, 'bench.json'), 'utf8')) as Record<string, string>)
    : {};
const opt = (name: string, def: string) => stored[name] ?? arg(name, def);
const DOCS = Number(opt('docs', '100000'));
const ORGS = opt('orgs', 'legacy');
const SKEW = Number(opt('skew', '0.8'));
const ENGINE = arg('engine', 'sqlite');
const BATCH = Number(arg('batch', '1000'));
const ROUNDS = Number(arg('rounds', '20'));
const ONLY = new RegExp(arg('only', '.'));
/** Build through the online rebuild (bulk load into a new file) instead of upsert batches. */
const REBUILD = args.includes('--rebuild');
const SQLITE_OPTIONS = {
  cacheMiB: args.includes('--cache') ? Number(arg('cache', '')) : undefined,
  mmapMiB: args.includes('--mmap') ? Number(arg('mmap', '')) : undefined,
};

// Deterministic pseudo-random numbers (mulberry32).
let seed = 42;
const rand = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
/** Zipf-like: small indexes much more frequent. */
const zipf = <T>(xs: readonly T[]) => xs[Math.floor(xs.length * rand() ** 3)];

const COMMON = `le la les de des du un une et à au aux en pour par sur dans avec est sont a été
  commune conseil municipal délibération arrêté maire adjoint budget subvention association
  travaux voirie école médiathèque piscine gymnase marché public convention contrat avenant
  personnel emploi poste création suppression tarif redevance taxe foncier immobilier terrain
  cession acquisition bail location urbanisme plan local permis construire aménagement réseau
  eau assainissement électricité éclairage transport scolaire cantine restauration enfance
  jeunesse culture sport tourisme environnement déchets collecte rapport annuel exercice
  compte administratif primitif décision modificative emprunt garantie dotation fonds
  investissement fonctionnement crédit dépense recette montant euros hors taxes toutes
  article considérant vu code général collectivités territoriales loi décret approuve autorise
  signer présent document séance membres présents représentés votants pour contre abstention`
  .split(/\s+/)
  .filter(Boolean);
const SYLLABLES =
  'ba be bi bo bu ca ce ci co cu da de di do du fa fe fi fo fu ga ge gi go gu la le li lo lu ma me mi mo mu na ne ni no nu pa pe pi po pu ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo vu tion ment eur ier ette age'.split(
    ' ',
  );
/** 40k rarer words: place names, people, technical terms, OCR noise. */
const RARE = Array.from({ length: 40_000 }, () =>
  Array.from({ length: 2 + Math.floor(rand() * 3) }, () => pick(SYLLABLES)).join(''),
);
const NATURES = [
  'DELIBERATION',
  'ARRETE_REGLEMENTAIRE',
  'ARRETE_INDIVIDUEL',
  'CONTRAT_CONVENTION',
  'BUDGET',
  'AUTRE',
];
const CODES = [
  '1.1',
  '1.4',
  '2.1',
  '2.2',
  '3.1',
  '3.2',
  '3.5',
  '4.1',
  '4.2',
  '5.2',
  '5.7',
  '6.1',
  '7.1',
  '7.5.1',
  '7.10',
  '8.1',
  '8.9',
  '9.1',
];
const SUBJECTS = [
  'Délibération relative à',
  'Arrêté portant',
  'Convention de',
  'Attribution d’une subvention pour',
  'Approbation du',
  'Création d’un poste pour',
];
const OBJECTS = [
  'la médiathèque municipale',
  'la piscine intercommunale',
  'la voirie communale',
  'le budget primitif',
  'la cantine scolaire',
  'l’éclairage public',
  'le plan local d’urbanisme',
  'les tarifs de la restauration',
  'le gymnase',
  'la collecte des déchets',
];
const SIRENS = Array.from({ length: ORGS === 'legacy' ? 500 : Number(ORGS) }, (_, i) =>
  String(210000000 + i * 7919).padStart(9, '0'),
);
/** Cumulative weights of a power law (rank^-SKEW) over SIRENS, when not `legacy`. */
const CUMULATIVE = (() => {
  let sum = 0;
  const c = SIRENS.map((_, i) => (sum += (i + 1) ** -SKEW));
  return c.map((x) => x / sum);
})();
/** An authority, weighted by its number of acts. */
function org(): string {
  if (ORGS === 'legacy') {
    return zipf(SIRENS);
  }
  const u = rand();
  let lo = 0;
  let hi = CUMULATIVE.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (CUMULATIVE[mid] < u) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return SIRENS[lo];
}

function sentence(): string {
  const words = Array.from({ length: 8 + Math.floor(rand() * 10) }, () =>
    rand() < 0.8 ? zipf(COMMON) : zipf(RARE),
  );
  return `${words.join(' ')}.`;
}

function makeAct(i: number) {
  let text = '';
  while (text.length < 2000) {
    text += `${sentence()} `;
  }
  const year = 2015 + Math.floor(rand() * 11);
  const date = `${year}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`;
  return toActSearchDocument({
    id: `act-${i}`,
    siren: org(),
    subject: `${pick(SUBJECTS)} ${pick(OBJECTS)} ${zipf(RARE)}`,
    number: `${year}-${String(i % 1000).padStart(3, '0')}`,
    text,
    nature: zipf(NATURES),
    classificationCode: pick(CODES),
    date,
    publishedAt: `${date}T10:00:00Z`,
  });
}

function dirSize(dir: string): number {
  return readdirSync(dir, { recursive: true })
    .map((f) => path.join(dir, String(f)))
    .filter((f) => statSync(f).isFile())
    .reduce((n, f) => n + statSync(f).size, 0);
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;
// What `searchActs` sends (public-act.service.ts): facets, highlights, public natures only.
const FACETS = ['nature', 'year', 'classificationL1'];
const HL = { fields: ['subject', 'text'], maxLength: 240 };
const PUBLIC = NATURES.filter((n) => n !== 'ARRETE_INDIVIDUEL');
const scoped = (...more: SearchFilter[]): SearchFilter[] => [
  { field: 'siren', op: 'eq', value: org() },
  { field: 'nature', op: 'in', value: PUBLIC },
  ...more,
];
const served = (q: SearchQuery): SearchQuery => ({ facets: FACETS, highlight: HL, ...q });
const WORDS = ['subvention', 'médiathèque', 'voirie', 'piscine'];
const TYPOS = ['deliberaton', 'subventoin', 'mediateque', 'urbanisne'];
const PAIRS = ['conseil municipal', 'budget primitif', 'cantine scolaire'];

/** Served queries: scoped to one authority (the public widget, staff search). */
const SERVED: Record<string, () => SearchQuery> = {
  'word + siren': () => served({ text: pick(WORDS), filters: scoped() }),
  'two words + siren': () => served({ text: pick(PAIRS), filters: scoped() }),
  'typo + siren': () => served({ text: pick(TYPOS), filters: scoped() }),
  'typing prefix + siren': () =>
    served({
      text: pick(['mé', 'méd', 'médiat', 'subv', 'cantine sco', 'plan loc']),
      filters: scoped(),
    }),
  'filters only + siren': () =>
    served({
      filters: [
        { field: 'siren', op: 'eq', value: org() },
        { field: 'nature', op: 'eq', value: 'DELIBERATION' },
        { field: 'date', op: 'gte', value: '2020-01-01' },
      ],
    }),
  'text+ranges+sort+siren': () =>
    served({
      text: pick(['délibération', 'travaux', 'convention']),
      filters: scoped(
        { field: 'year', op: 'gte', value: 2022 },
        { field: 'classificationCode', op: 'prefix', value: '7' },
      ),
      sort: [{ field: 'date', direction: 'desc' }],
    }),
  'page 5 + siren': () => served({ filters: scoped(), offset: 80 }),
  'word + siren, page 5': () => served({ text: pick(WORDS), filters: scoped(), offset: 80 }),
};

/**
 * Staff acts lists (`acts(filter: { text })`, any status): one organisation, the few a staff
 * member belongs to (`siren in`, as act-staff-search.ts sends beside `access`), with the same
 * facets, highlights and typos as the public search.
 */
const fewOrgs = (): SearchFilter => ({
  field: 'siren',
  op: 'in',
  value: [...new Set([org(), org(), org(), org()])],
});
const STAFF: Record<string, () => SearchQuery> = {
  'staff word, 1 org': () =>
    served({ text: pick(WORDS), filters: [{ field: 'siren', op: 'eq', value: org() }] }),
  'staff 2 words, 1 org': () =>
    served({ text: pick(PAIRS), filters: [{ field: 'siren', op: 'eq', value: org() }] }),
  'staff typo, 1 org': () =>
    served({ text: pick(TYPOS), filters: [{ field: 'siren', op: 'eq', value: org() }] }),
  'staff word, 4 orgs': () => served({ text: pick(WORDS), filters: [fewOrgs()] }),
  'staff 2 words, 4 orgs': () => served({ text: pick(PAIRS), filters: [fewOrgs()] }),
  'staff typo, 4 orgs': () => served({ text: pick(TYPOS), filters: [fewOrgs()] }),
  'staff prefix, 4 orgs': () =>
    served({ text: pick(['méd', 'médiat', 'subv', 'plan loc']), filters: [fewOrgs()] }),
  'staff no text, 4 orgs': () => served({ filters: [fewOrgs()], offset: 20 }),
};

/** Platform-wide queries: not served (every public search names an authority). */
const PLATFORM: Record<string, () => SearchQuery> = {
  'typo, all sirens': () => served({ text: pick(TYPOS) }),
  'two words, all': () => served({ text: pick(PAIRS) }),
  'rare word, all': () => served({ text: zipf(RARE.slice(5000)) }),
  'all, page 5': () => ({ facets: FACETS, offset: 80, limit: 20 }),
};

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

function report(
  name: string,
  times: number[],
  cpu: number[],
  totals: number,
  phases: Record<string, number>,
) {
  const ph = Object.values(phases)
    .map((v) => v.toFixed(1))
    .join(' / ');
  const f = (x: number) => x.toFixed(1).padStart(6);
  console.log(
    `${name.padEnd(23)} ${f(pct(times, 50))}  ${f(pct(times, 95))}  ${f(Math.max(...times))}  ${f(pct(cpu, 50))}  ${f(pct(cpu, 95))}  ${(totals / times.length).toFixed(0).padStart(9)}  ${ph}`,
  );
}

/** CPU time (user + system) of this process since `from`, in ms: the engine is synchronous. */
const cpuMs = (from: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(from);
  return (u.user + u.system) / 1000;
};

async function runMix(engine: SearchEngine, label: string, mix: Record<string, () => SearchQuery>) {
  const all: number[] = [];
  const allCpu: number[] = [];
  console.log(
    `${label.padEnd(23)} p50 ms  p95 ms  max ms  cpu p50 cpu p95  avg total  avg ms: expand / count / page / highlight`,
  );
  for (const [name, make] of Object.entries(mix)) {
    if (!ONLY.test(name)) {
      continue;
    }
    const times: number[] = [];
    const cpu: number[] = [];
    const phases: Record<string, number> = {};
    let totals = 0;
    for (let r = 0; r < ROUNDS; r++) {
      const q = make();
      const c = process.cpuUsage();
      const t = performance.now();
      totals += (await engine.search(q)).total;
      times.push(performance.now() - t);
      cpu.push(cpuMs(c));
      const timings = engine instanceof SqliteSearchEngine ? engine.lastTimings : undefined;
      for (const [k, v] of Object.entries(timings ?? {})) {
        phases[k] = (phases[k] ?? 0) + v / ROUNDS;
      }
    }
    all.push(...times);
    allCpu.push(...cpu);
    report(name, times, cpu, totals, phases);
  }
  if (all.length) {
    const f = (x: number) => x.toFixed(1).padStart(6);
    console.log(
      `${`ALL ${all.length} ${label}`.padEnd(23)} ${f(pct(all, 50))}  ${f(pct(all, 95))}  ${''.padStart(6)}  ${f(pct(allCpu, 50))}  ${f(pct(allCpu, 95))}`,
    );
  }
}

/**
 * Floor of a platform-wide search with text: FTS5 alone counting the matches of the same words
 * (typos: only the word they correct), no join, no facet, no page. Any exact total over FTS5
 * costs at least this.
 */
function platformFloor(dir: string) {
  type Sqlite = new (
    file: string,
    options: { readonly: boolean },
  ) => { prepare(sql: string): { get(...params: unknown[]): unknown }; close(): void };
  const Sqlite = createRequire(
    path.join(path.dirname(new URL(import.meta.url).pathname), '../packages/api/package.json'),
  )('libsql') as Sqlite;
  // After an online rebuild (`--rebuild`) the index lives in the file its pointer names.
  const pointer = path.join(dir, 'acts.current');
  const file = existsSync(pointer) ? readFileSync(pointer, 'utf8').trim() : 'acts.sqlite';
  const db = new Sqlite(path.join(dir, file), { readonly: true });
  const fixed: Record<string, string> = {
    deliberaton: 'deliberation',
    subventoin: 'subvention',
    mediateque: 'mediatheque',
    urbanisne: 'urbanisme',
  };
  const classes: Record<string, string[]> = {
    'typo, all sirens': Object.values(fixed),
    'two words, all': PAIRS,
  };
  const count = db.prepare('SELECT count(*) AS n FROM fts WHERE fts MATCH ?');
  console.log(`floor: FTS5 count   p50 ms  p95 ms  max ms  cpu p50 cpu p95  avg total`);
  for (const [name, texts] of Object.entries(classes)) {
    if (!ONLY.test(name)) {
      continue;
    }
    const times: number[] = [];
    const cpu: number[] = [];
    let totals = 0;
    for (let r = 0; r < ROUNDS; r++) {
      const words = texts[r % texts.length].split(' ');
      const c = process.cpuUsage();
      const t = performance.now();
      totals += (count.get(words.map((w) => `"${w}"`).join(' AND ')) as { n: number }).n;
      times.push(performance.now() - t);
      cpu.push(cpuMs(c));
    }
    report(name, times, cpu, totals, {});
  }
  db.close();
}

const loadavg = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

async function main() {
  const dir = reuse || mkdtempSync(path.join(os.tmpdir(), 'search-bench-'));
  const open = (): SearchEngine =>
    ENGINE === 'meili'
      ? new MeiliSearchEngine(actsIndexDefinition, 'bench_acts', {
          url: process.env.MEILI_URL!,
          apiKey: process.env.MEILI_MASTER_KEY,
        })
      : new SqliteSearchEngine(actsIndexDefinition, dir, 'acts', SQLITE_OPTIONS);
  let engine = open();
  await engine.init();
  if (!reuse) {
    await engine.clear();
    writeFileSync(
      path.join(dir, 'bench.json'),
      JSON.stringify({ docs: String(DOCS), orgs: ORGS, skew: String(SKEW) }),
    );
  }
  console.log(
    `engine ${engine.engine}, ${reuse ? await engine.count() : DOCS} acts, authorities ${ORGS}${ORGS === 'legacy' ? '' : ` skew ${SKEW}`}, dir ${dir}; load average ${loadavg()}`,
  );
  const sizes = new Map<string, number>();
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  let peakRss = 0;
  let upsertMs = 0;
  const batches = async (add: (docs: ReturnType<typeof makeAct>[]) => Promise<void>) => {
    for (let i = 0; i < (reuse ? 0 : DOCS); i += BATCH) {
      const batch = Array.from({ length: Math.min(BATCH, DOCS - i) }, (_, j) => makeAct(i + j));
      batch.forEach((a) => sizes.set(a.siren, (sizes.get(a.siren) ?? 0) + 1));
      const tu = performance.now();
      await add(batch);
      upsertMs += performance.now() - tu;
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
      if (Math.floor((i + BATCH) / 20_000) > Math.floor(i / 20_000)) {
        process.stdout.write(
          `  ${i + BATCH} ${REBUILD ? 'staged' : 'indexed'}, ${((performance.now() - t0) / 1000).toFixed(0)} s, RSS ${mb(process.memoryUsage().rss)}, load ${loadavg()}\n`,
        );
      }
    }
  };
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 200);
  /** Peak RSS of the process (Linux): the sampler above cannot run while SQLite works. */
  const hwm = () => {
    const m = /VmHWM:\s+(\d+) kB/.exec(
      existsSync('/proc/self/status') ? readFileSync('/proc/self/status', 'utf8') : '',
    );
    return m ? Number(m[1]) * 1024 : 0;
  };
  if (REBUILD && !reuse && engine instanceof SqliteSearchEngine) {
    const tr = performance.now();
    await engine.rebuild(batches);
    console.log(
      `  online rebuild ${((performance.now() - tr) / 1000).toFixed(1)} s: staging calls ${(upsertMs / 1000).toFixed(1)} s; phases (s) ${Object.entries(
        engine.lastBuildPhases,
      )
        .map(([k, v]) => `${k} ${(v / 1000).toFixed(1)}`)
        .join(', ')}`,
    );
  } else {
    await batches((b) => engine.upsert(b));
  }
  clearInterval(sampler);
  const cpu = process.cpuUsage(cpu0);
  console.log(
    `  build CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s (user ${(cpu.user / 1e6).toFixed(1)}, system ${(cpu.system / 1e6).toFixed(1)}), peak RSS ${mb(Math.max(peakRss, hwm()))}; load ${loadavg()}`,
  );
  const indexS = (performance.now() - t0) / 1000;
  if (!reuse) {
    const s = [...sizes.values()].sort((a, b) => b - a);
    console.log(
      `authorities: ${s.length} with acts; largest ${s.slice(0, 5).join(', ')}; 10th ${s[9]}, 100th ${s[99]}, median ${s[s.length >> 1]}`,
    );
  }
  console.log(
    `${reuse ? 'reused index; ' : ''}index: ${indexS.toFixed(1)} s (${(DOCS / indexS).toFixed(0)} acts/s; upsert calls ${(upsertMs / 1000).toFixed(1)} s, the rest generates acts), disk ${ENGINE === 'sqlite' ? mb(dirSize(dir)) : 'n/a'}, RSS ${mb(process.memoryUsage().rss)}`,
  );

  await engine.close();
  const tOpen = performance.now();
  engine = open();
  await engine.init();
  const opened = performance.now() - tOpen;
  await engine.search({
    text: 'délibération',
    filters: [{ field: 'siren', op: 'eq', value: SIRENS[0] }],
    facets: FACETS,
  });
  console.log(
    `restart: open ${opened.toFixed(0)} ms, then first (cold) query ${(performance.now() - tOpen - opened).toFixed(0)} ms; count ${await engine.count()}; load average ${loadavg()}`,
  );
  // Same queries whatever was built before (fresh or reused index).
  seed = 4242;
  await runMix(engine, 'served (siren)', SERVED);
  await runMix(engine, 'platform-wide', PLATFORM);
  if (ENGINE === 'sqlite') {
    platformFloor(dir);
  }
  await runMix(engine, 'staff lists', STAFF);
  console.log(`RSS ${mb(process.memoryUsage().rss)}; load average ${loadavg()}`);
  await engine.close();
  if (!args.includes('--keep') && !reuse) {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
