/**
 * Budget benchmark (on demand, not a test):
 *  1. import of a ~4 MB TOTEM file (≈1,700 lines and annexes, built from the real Crach BP 2022)
 *     — decode, streaming XML, TOTEM structure, plan de comptes, exact amounts — beside a bare
 *     streaming parse (decode + saxes, no handler) of the same bytes; target ≤ 3×;
 *  2. `budgetBreakdown` through the real GraphQL server on SQLite with N documents stored
 *     (default 1,000, each --lines lines; the queried ones have 1,700), p50/p95; target ≤ 15 ms.
 *
 *   node scripts/bench.mjs budget-bench [--docs 1000] [--lines 400] [--rounds 200]
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { createApiRuntime, loadConfig, setLogLevel, startServer } from '@opendata/api';
import {
  decodeXmlBytes,
  parseBudgetFile,
  PlanCatalog,
  readXml,
  totemBytes,
  totemFixturesSkipReason,
} from '@opendata/api/testing';

const args = process.argv.slice(2);
const opt = (name: string, def: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : def;
};
const DOCS = opt('docs', 1000);
const LINES = opt('lines', 400);
const ROUNDS = opt('rounds', 200);
if (totemFixturesSkipReason()) {
  process.exit(1);
}
setLogLevel('error');

const pct = (values: number[], p: number) => {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};
const ms = (v: number) => `${v.toFixed(2)} ms`;

/* ── 1. A 4 MB TOTEM: the BP's lines repeated over real accounts of its plan, plus annexes ── */

const plans = new PlanCatalog();
const plan = (await plans.choose('M14_COM_500_3500', 2022))!.plan;
const leaves = [...plan.accounts.values()].filter((a) => a.children.length === 0);
const bp = totemBytes('BP_2022').toString('latin1');
const [head, rest] = bp
  .split(/(?=<LigneBudget>)/)
  .reduce((acc, part, i) => (i === 0 ? [part, ''] : [acc[0], acc[1] + part]), ['', '']);
const tail = rest.slice(rest.lastIndexOf('</LigneBudget>') + '</LigneBudget>'.length);
const lines: string[] = [];
for (let i = 0; i < 1700; i++) {
  const a = leaves[i % leaves.length]!;
  const d = a.defaults[0] ? 'D' : 'R';
  const chapter = d === 'D' ? a.defaults[0] : a.defaults[1];
  lines.push(
    `<LigneBudget>\r\n  <Nature V="${a.code}"/>\r\n${chapter ? `  <ContNat V="${chapter}"/>\r\n` : ''}  <ArtSpe V="false"/>\r\n  <CodRD V="${d}"/>\r\n  <MtBudgPrec V="${(i * 37.11).toFixed(2)}"/>\r\n  <MtPropNouv V="${(i * 13.07).toFixed(2)}"/>\r\n  <MtPrev V="${(i * 13.07).toFixed(2)}"/>\r\n  <CredOuv V="${(i * 13.07).toFixed(2)}"/>\r\n  <OpBudg V="0"/>\r\n  <MtSup V="${(i * 37.11).toFixed(2)}" Code="BudgetHorsRAR"/>\r\n</LigneBudget>\r\n`,
  );
}
let annexes = '<Annexes><DATA_PERSONNEL>';
while (head.length + lines.join('').length + annexes.length < 4 * 1024 * 1024) {
  annexes += `<PERSONNEL><CodTypAgent V="T"/><EmploiGradeAgent V="Adjoint technique territorial principal de 2e classe"/><Categ V="C"/><CodSectAgentTitulaire V="TECH"/><RemunAgent V="23456.78"/><EffectifBud V="1"/><EffectifPourvu V="1"/><EffectifNonPourvu V="0"/></PERSONNEL>\r\n`;
}
annexes += '</DATA_PERSONNEL></Annexes>';
const big = Buffer.from(
  head +
    lines.join('') +
    annexes +
    tail.replace('</Budget>', '').replace('</DocumentBudgetaire>', '') +
    '</Budget></DocumentBudgetaire>',
  'latin1',
);

const time = async (fn: () => unknown, rounds: number) => {
  const t: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const s = performance.now();
    await fn();
    t.push(performance.now() - s);
  }
  return t;
};
await parseBudgetFile(big, '215600461', plans); // warm-up (plan loaded, JIT)
const bare = await time(() => readXml(decodeXmlBytes(big).text, {}), 10);
const full = await time(() => parseBudgetFile(big, '215600461', plans), 10);
const parsed = await parseBudgetFile(big, '215600461', plans);
process.stdout.write(
  `TOTEM ${(big.length / 1048576).toFixed(2)} MB, ${parsed.lines.length} lines\n` +
    `  bare streaming parse (decode + saxes): p50 ${ms(pct(bare, 50))}\n` +
    `  budget import (parse + plan + amounts): p50 ${ms(pct(full, 50))}  ratio ${(pct(full, 50) / pct(bare, 50)).toFixed(2)}×\n`,
);

/* ── 2. budgetBreakdown with N documents stored, through the GraphQL server ──────────────── */

const dir = await mkdtemp(path.join(os.tmpdir(), 'budget-bench-'));
const config = loadConfig({ DATA_DIR: dir, LOG_LEVEL: 'error', RATE_LIMIT_ANONYMOUS: '1000000' });
const warm = await createApiRuntime(config, { relay: false });
await warm.close();
const Database = createRequire(new URL('../packages/api/package.json', import.meta.url))(
  'libsql',
) as new (file: string) => {
  prepare(sql: string): { run(...a: unknown[]): unknown };
  transaction<A extends unknown[]>(fn: (...a: A) => void): (...a: A) => void;
  close(): void;
};
const db = new Database(config.database.kind === 'sqlite' ? config.database.path : '');
const orgId = randomUUID();
const now = Date.now();
db.prepare(
  'insert into organizations (id, created_at, updated_at, siren, siret, name, open_data_active, publish_annexes) values (?, ?, ?, ?, ?, ?, 1, 1)',
).run(orgId, now, now, '215600461', '21560046100010', 'Commune de Crach');
const insAct = db.prepare(
  `insert into acts (id, created_at, updated_at, organization_id, number, date, subject, nature, classification_unknown, publication_decision, status, hidden, published_at, source)
   values (?, ?, ?, ?, ?, '2022-04-04', 'Budget', 'BUDGET', 0, 'PUBLISH', 'PUBLISHED', 0, ?, 'DEPOSIT')`,
);
const insDoc = db.prepare(
  `insert into budget_documents (id, created_at, updated_at, act_id, organization_id, status, year, stage, siret, nomenclature, plan_year, plan_fallback, line_count, calculated_skipped, mojibake, warnings, lines)
   values (?, ?, ?, ?, ?, 'IMPORTED', ?, 'BP', '21560046100085', 'M14-M14_COM_500_3500', 2022, 0, ?, 0, 0, '[]', ?)`,
);
const small = JSON.stringify(parsed.lines.slice(0, LINES));
const full1700 = JSON.stringify(parsed.lines);
const queried: string[] = [];
db.transaction(() => {
  for (let i = 0; i < DOCS; i++) {
    const actId = randomUUID();
    const id = randomUUID();
    insAct.run(actId, now, now, orgId, `B${i}`, now);
    const isBig = i % 50 === 0;
    insDoc.run(
      id,
      now,
      now,
      actId,
      orgId,
      2000 + (i % 25),
      isBig ? 1700 : LINES,
      isBig ? full1700 : small,
    );
    if (isBig) {
      queried.push(id);
    }
  }
})();
db.close();
const runtime = await createApiRuntime(config, { relay: false });
const server = await startServer(
  { schema: runtime.schema, components: runtime.components },
  { port: 0, host: '127.0.0.1' },
);
const query = `query($id: ID!, $v: BudgetView!, $p: [String!]) { budgetBreakdown(documentId: $id, direction: EXPENSE, view: $v, path: $p) { total items { code label amount share hasChildren } } }`;
const ask = async (id: string, v: string, p: string[] = []) => {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables: { id, v, p } }),
  });
  const body = (await res.json()) as { errors?: unknown };
  if (body.errors) {
    throw new Error(JSON.stringify(body.errors));
  }
};
// Cold: the first question about each document (its lines read from the database and parsed).
await ask(queried[0]!, 'NATURE');
const unseen = queried.slice(1);
const cold = await time(async () => ask(unseen.pop()!, 'NATURE'), unseen.length);
process.stdout.write(
  `budgetBreakdown NATURE, first question about a document (cold, ${cold.length} documents): p50 ${ms(pct(cold, 50))} p95 ${ms(pct(cold, 95))}\n`,
);
for (const view of ['CHAPTER', 'NATURE', 'FUNCTION']) {
  const t = await time(
    () => ask(queried[Math.floor(Math.random() * queried.length)]!, view),
    ROUNDS,
  );
  process.stdout.write(
    `budgetBreakdown ${view} (1,700-line documents, ${DOCS} stored, drill-down: lines cached): p50 ${ms(pct(t, 50))} p95 ${ms(pct(t, 95))}\n`,
  );
}
await server.stop();
await runtime.close();
