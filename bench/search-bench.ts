/**
 * Search benchmark (on demand, not a test). Builds N synthetic French acts (~2 KB of PDF text
 * each) in a temporary directory and prints index time, disk size, RSS and search latencies.
 *
 *   npx tsx bench/search-bench.ts                 # 100k acts, embedded engine
 *   npx tsx bench/search-bench.ts --docs 1000000  # 1M (long: index time grows linearly)
 *   npx tsx bench/search-bench.ts --keep          # keep the index directory
 *   npx tsx bench/search-bench.ts --reuse DIR     # only query an index kept earlier
 *   MEILI_URL=http://127.0.0.1:7700 npx tsx bench/search-bench.ts --engine meili
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { actsIndexDefinition, toActSearchDocument } from '../packages/api/src/search/acts-index.js';
import { MeiliSearchEngine } from '../packages/api/src/search/meili-search-engine.js';
import type { SearchEngine, SearchQuery } from '../packages/api/src/search/search-engine.js';
import { SqliteSearchEngine } from '../packages/api/src/search/sqlite-search-engine.js';

const args = process.argv.slice(2);
const arg = (name: string, def: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : def;
};
const DOCS = Number(arg('docs', '100000'));
const ENGINE = arg('engine', 'sqlite');
const BATCH = 1000;
const ROUNDS = Number(arg('rounds', '20'));

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
const SIRENS = Array.from({ length: 500 }, (_, i) => String(210000000 + i * 7919).padStart(9, '0'));

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
    siren: zipf(SIRENS),
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
const FACETS = ['nature', 'classificationL1', 'year'];
const HL = { fields: ['subject', 'text'], maxLength: 200 };
const siren = () => ({ field: 'siren', op: 'eq' as const, value: zipf(SIRENS) });

/** Query mix: typos, search-as-you-type prefixes, filters, facets, highlights. */
const MIX: Record<string, () => SearchQuery> = {
  'word + siren': () => ({
    text: pick(['subvention', 'médiathèque', 'voirie', 'piscine']),
    filters: [siren()],
    facets: FACETS,
    highlight: HL,
  }),
  'typo + siren': () => ({
    text: pick(['deliberaton', 'subventoin', 'mediateque', 'urbanisne']),
    filters: [siren()],
    facets: FACETS,
    highlight: HL,
  }),
  'typo, all sirens': () => ({
    text: pick(['deliberaton', 'subventoin', 'mediateque', 'urbanisne']),
    facets: FACETS,
    highlight: HL,
  }),
  'two words': () => ({
    text: pick(['conseil municipal', 'budget primitif', 'cantine scolaire']),
    facets: FACETS,
    highlight: HL,
  }),
  'typing prefix': () => ({
    text: pick(['mé', 'méd', 'médiat', 'subv', 'cantine sco', 'plan loc']),
    filters: [siren()],
    facets: FACETS,
    highlight: HL,
  }),
  'rare word in text': () => ({ text: zipf(RARE.slice(5000)), facets: FACETS, highlight: HL }),
  'filters only': () => ({
    filters: [
      siren(),
      { field: 'nature', op: 'eq', value: 'DELIBERATION' },
      { field: 'date', op: 'gte', value: '2020-01-01' },
    ],
    facets: FACETS,
    highlight: HL,
  }),
  'text + range + sort': () => ({
    text: pick(['délibération', 'travaux', 'convention']),
    filters: [
      { field: 'year', op: 'gte', value: 2022 },
      { field: 'classificationCode', op: 'prefix', value: '7' },
    ],
    sort: [{ field: 'date', direction: 'desc' }],
    facets: FACETS,
    highlight: HL,
  }),
  'all, page 5': () => ({ facets: FACETS, offset: 80, limit: 20 }),
};

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

async function main() {
  const reuse = args.includes('--reuse') ? arg('reuse', '') : '';
  const dir = reuse || mkdtempSync(path.join(os.tmpdir(), 'search-bench-'));
  const open = (): SearchEngine =>
    ENGINE === 'meili'
      ? new MeiliSearchEngine(actsIndexDefinition, 'bench_acts', {
          url: process.env.MEILI_URL!,
          apiKey: process.env.MEILI_MASTER_KEY,
        })
      : new SqliteSearchEngine(actsIndexDefinition, dir, 'acts');
  let engine = open();
  await engine.init();
  if (!reuse) {
    await engine.clear();
  }
  console.log(`engine ${engine.engine}, ${reuse ? await engine.count() : DOCS} acts, dir ${dir}`);
  const t0 = performance.now();
  for (let i = 0; i < (reuse ? 0 : DOCS); i += BATCH) {
    await engine.upsert(
      Array.from({ length: Math.min(BATCH, DOCS - i) }, (_, j) => makeAct(i + j)),
    );
    if ((i / BATCH) % 20 === 19) {
      process.stdout.write(
        `  ${i + BATCH} indexed, ${((performance.now() - t0) / 1000).toFixed(0)} s, RSS ${mb(process.memoryUsage().rss)}\n`,
      );
    }
  }
  const indexS = (performance.now() - t0) / 1000;
  console.log(
    `${reuse ? 'reused index; ' : ''}index: ${indexS.toFixed(1)} s (${(DOCS / indexS).toFixed(0)} acts/s), disk ${ENGINE === 'sqlite' ? mb(dirSize(dir)) : 'n/a'}, RSS ${mb(process.memoryUsage().rss)}`,
  );

  await engine.close();
  const tOpen = performance.now();
  engine = open();
  await engine.init();
  const opened = performance.now() - tOpen;
  await engine.search({ text: 'délibération', facets: FACETS });
  console.log(
    `restart: open ${opened.toFixed(0)} ms, then first (cold) query ${(performance.now() - tOpen - opened).toFixed(0)} ms; count ${await engine.count()}; load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );

  const all: number[] = [];
  console.log(
    'query                  p50 ms  p95 ms  max ms  avg total  avg ms: expand count page highlight',
  );
  for (const [name, make] of Object.entries(MIX)) {
    const times: number[] = [];
    const phases: Record<string, number> = {};
    let totals = 0;
    for (let r = 0; r < ROUNDS; r++) {
      const t = performance.now();
      totals += (await engine.search(make())).total;
      times.push(performance.now() - t);
      if (engine instanceof SqliteSearchEngine) {
        for (const [k, v] of Object.entries(engine.lastTimings ?? {})) {
          phases[k] = (phases[k] ?? 0) + v / ROUNDS;
        }
      }
    }
    all.push(...times);
    const ph = Object.values(phases)
      .map((v) => v.toFixed(1))
      .join(' / ');
    console.log(
      `${name.padEnd(22)} ${pct(times, 50).toFixed(1).padStart(6)}  ${pct(times, 95).toFixed(1).padStart(6)}  ${Math.max(
        ...times,
      )
        .toFixed(1)
        .padStart(6)}  ${(totals / ROUNDS).toFixed(0).padStart(9)}  ${ph}`,
    );
  }
  console.log(
    `ALL ${all.length} queries: p50 ${pct(all, 50).toFixed(1)} ms, p95 ${pct(all, 95).toFixed(1)} ms; RSS ${mb(process.memoryUsage().rss)}; load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  await engine.close();
  if (!args.includes('--keep') && !reuse) {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
