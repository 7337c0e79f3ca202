/* eslint-disable @typescript-eslint/no-explicit-any */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices } from '../../src/app/services.js';
import { systemViewer } from '../../src/core/viewer.js';
import { Act } from '../../src/domains/acts/act.entity.js';
import { BudgetDocument } from '../../src/domains/budgets/budget-document.entity.js';
import { datasetFile } from '../../src/domains/datasets/dataset-paths.js';
import { SCDL_BUDGET_SCHEMA } from '../../src/domains/budgets/scdl-budget.js';
import {
  validateCsv,
  validateCsvFile,
} from '../../src/infra/table-schema/table-schema-validator.js';
import { Organization } from '../../src/identity/tenants/organization.entity.js';
import {
  buildBudgetDeposit,
  CRACH_SIREN,
  TOTEM_DIR,
  TOTEM_FIXTURES,
  totemBytes,
  totemFixturesSkipReason,
} from '../fixtures/budget.fixture.js';
import { writeDeposit } from '../fixtures/deposit.fixture.js';
import { mysqlSkipReason } from '../support/test-db.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

const skip = mysqlSkipReason() ?? totemFixturesSkipReason();

/* ── An independent reading of a TOTEM file: regular expressions, no shared code ─────────── */

interface RawLine {
  fields: Record<string, string>;
}

function rawLines(xml: Buffer): RawLine[] {
  const text = xml.toString('latin1');
  const lines: RawLine[] = [];
  for (const m of text.matchAll(/<LigneBudget( calculated="true")?>([\s\S]*?)<\/LigneBudget>/g)) {
    if (m[1]) {
      continue;
    }
    const fields: Record<string, string> = {};
    for (const f of m[2]!.matchAll(/<(\w+) V="([^"]*)"(?: Code="(\w+)")?\/>/g)) {
      fields[f[3] ? `${f[1]}:${f[3]}` : f[1]!] = f[2]!;
    }
    lines.push({ fields });
  }
  return lines;
}

/** Default chapitre and chapitre sections of the official plan (its XML, read with regexes). */
function officialPlan(year: number, norm: string, declination: string) {
  const file = path.join(
    TOTEM_DIR,
    'plans_de_comptes',
    String(year),
    norm,
    declination,
    'planDeCompte.xml',
  );
  const text = readFileSync(file, 'utf8');
  const sections = new Map<string, string>();
  for (const m of text.matchAll(/<Chapitre Code="([^"]+)"[^>]*Section="([FI])"/g)) {
    sections.set(m[1]!, m[2]!);
  }
  const accounts = new Map<string, Record<string, string>>();
  for (const m of text.matchAll(/<Compte Code="([^"]+)"([^>]*)>/g)) {
    const attrs: Record<string, string> = {};
    for (const a of m[2]!.matchAll(/(\w+)="([^"]*)"/g)) {
      attrs[a[1]!] = a[2]!;
    }
    accounts.set(m[1]!, attrs);
  }
  return { sections, accounts };
}

/** Cents of a decimal string, by string surgery (no float). */
function cents(v: string | undefined): bigint {
  if (!v) {
    return 0n;
  }
  const [whole, frac = ''] = v.split('.');
  return BigInt(whole!) * 100n + BigInt(frac.padEnd(2, '0').slice(0, 2));
}

function money(c: bigint): string {
  const neg = c < 0n;
  const a = neg ? -c : c;
  return `${neg ? '-' : ''}${a / 100n}.${String(a % 100n).padStart(2, '0')}`;
}

/** Per "direction|real-or-order|chapitre|section": the stage's amount, summed independently. */
function independentSums(xml: Buffer, stage: 'BP' | 'CA', year: number) {
  const plan = officialPlan(year, 'M14', 'M14_COM_500_3500');
  const sums = new Map<string, bigint>();
  for (const { fields: f } of rawLines(xml)) {
    let chapter: string | undefined = f.ContNat;
    if (!chapter) {
      const kind =
        f.OpBudg === '1' ? `${f.CodRD}O${f.TypOpBudg === '1' ? 'IS' : 'ES'}` : `${f.CodRD}R`;
      chapter = plan.accounts.get(f.Nature!)?.[kind];
    }
    const section = plan.sections.get(chapter!) ?? f['CaracSup:Section'];
    const amount = stage === 'BP' ? cents(f.MtPrev) : cents(f.MtReal);
    const key = `${f.CodRD}|${f.OpBudg}|${chapter}|${section}`;
    sums.set(key, (sums.get(key) ?? 0n) + amount);
  }
  return sums;
}

describe.skipIf(skip)('budgets: real TOTEM documents through the deposit intake', () => {
  let app: TestApp;
  const em = () => app.runtime.components.orm.em.fork();
  const services = () => createServices(em(), app.runtime.components, systemViewer('test'));
  let seq = 0;
  /** Deposits a budget zip through the real intake, then runs its budget.import job's work. */
  const deposit = async (
    xml: Buffer | string,
    options: Parameters<typeof buildBudgetDeposit>[1] = {},
  ) => {
    seq++;
    const zip = await buildBudgetDeposit(xml, { number: `BUDGET_${seq}`, ...options });
    const file = await writeDeposit(app.config.depositDir, zip, `budget${seq}.zip`);
    const [outcome] = await services().depositIngest.ingestBatch([{ path: file }]);
    expect(outcome!.status).toBe('done');
    const s = services();
    expect(await s.budgetImport.afterActsChanged([outcome!.actId!], 'deposit')).toBe(1);
    const r = await s.budgetImport.importAct(outcome!.actId!);
    return { actId: outcome!.actId!, doc: r.doc!, depositId: outcome!.depositId! };
  };
  const gql = <T = any>(q: string, v?: Record<string, unknown>, token?: string) =>
    app.gql<T>(q, v, token);
  const DOCS = `query($s: String!) { budgetDocuments(siren: $s) { id year stage decisionNumber siret
    establishmentName nomenclature sealedAt lineCount superseded act { id } csvUrl } }`;
  const BREAKDOWN = `query($id: ID!, $d: BudgetDirection!, $v: BudgetView!, $s: BudgetSection, $p: [String!], $o: Boolean) {
    budgetBreakdown(documentId: $id, direction: $d, view: $v, section: $s, path: $p, includeOrder: $o) {
      total items { code label amount share hasChildren } } }`;

  beforeAll(async () => {
    app = await createTestApp('budgets');
    const e = em();
    e.create(Organization, {
      siren: CRACH_SIREN,
      siret: '21560046100010',
      name: 'Commune de Crach',
      openDataActive: true,
    });
    await e.flush();
  });
  afterAll(async () => {
    await app?.close();
  });

  let bp: Awaited<ReturnType<typeof deposit>>;
  let ca: Awaited<ReturnType<typeof deposit>>;

  it('reads the BP 2022 and the CA 2021 of Crach: stage, year, SIRET, names, nomenclature, seal', async () => {
    bp = await deposit(totemBytes('BP_2022'));
    ca = await deposit(totemBytes('CA_2021'), { number: 'CA_2021', date: '2022-03-01' });
    expect(bp.doc).toMatchObject({
      status: 'IMPORTED',
      stage: 'BP',
      year: 2022,
      siret: '21560046100085',
      establishmentName: 'LOTISSEMENT LE BOCENO',
      collectivityName: 'CRACH',
      nomenclature: 'M14-M14_COM_500_3500',
      planYear: 2022,
      planFallback: false,
      lineCount: 21,
      encoding: 'ISO-8859-1',
      mojibake: false,
    });
    expect(bp.doc.sealedAt?.toISOString()).toBe('2022-04-07T08:16:21.216Z');
    expect(ca.doc).toMatchObject({ status: 'IMPORTED', stage: 'CA', year: 2021, lineCount: 20 });
    const res = await gql(DOCS, { s: CRACH_SIREN });
    expect(res.errors).toBeUndefined();
    const docs = res.data.budgetDocuments;
    expect(docs.map((d: any) => `${d.stage} ${d.year}`)).toEqual(['BP 2022', 'CA 2021']);
    expect(docs[0]).toMatchObject({
      id: bp.doc.id,
      siret: '21560046100085',
      superseded: false,
      act: { id: bp.actId },
      lineCount: 21,
      csvUrl: `${app.config.publicUrl}/opendata/${CRACH_SIREN}/budgets/documents/${bp.doc.id}.csv`,
    });
  });

  it('sums every chapitre and section exactly as an independent reading of the XML does; BP amounts are not zero', async () => {
    for (const [doc, name, stage, year] of [
      [bp, 'BP_2022', 'BP', 2022],
      [ca, 'CA_2021', 'CA', 2021],
    ] as const) {
      const expected = independentSums(totemBytes(name), stage, year);
      const got = new Map<string, bigint>();
      for (const d of ['EXPENSE', 'REVENUE']) {
        for (const s of ['OPERATING', 'INVESTMENT']) {
          const res = await gql(BREAKDOWN, { id: doc.doc.id, d, v: 'CHAPTER', s, o: true });
          expect(res.errors).toBeUndefined();
          for (const item of res.data.budgetBreakdown.items) {
            // Real and order operations apart: the chapitres tell them (0xx d'ordre), the sums must match anyway.
            for (const o of ['0', '1']) {
              const key = `${d === 'EXPENSE' ? 'D' : 'R'}|${o}|${item.code}|${s === 'OPERATING' ? 'F' : 'I'}`;
              if (expected.has(key)) {
                got.set(key, expected.get(key)!);
              }
            }
            const total = [...expected.entries()]
              .filter(
                ([k]) =>
                  k.endsWith(`|${item.code}|${s === 'OPERATING' ? 'F' : 'I'}`) &&
                  k.startsWith(d === 'EXPENSE' ? 'D' : 'R'),
              )
              .reduce((a, [, v]) => a + v, 0n);
            expect(item.amount, `${name} ${d} ${s} ${item.code}`).toBe(money(total));
          }
        }
      }
      expect(got.size, `${name}: every chapitre of the XML is in a breakdown`).toBe(expected.size);
    }
    const bpExpenses = await gql(BREAKDOWN, { id: bp.doc.id, d: 'EXPENSE', v: 'CHAPTER' });
    expect(cents(bpExpenses.data.budgetBreakdown.total)).toBeGreaterThan(0n);
    // Only the two lines voted at 0.00 in the file (002 carried result, 7788) are zero.
    const bpRevenue = await gql(BREAKDOWN, { id: bp.doc.id, d: 'REVENUE', v: 'NATURE', o: true });
    expect(
      bpRevenue.data.budgetBreakdown.items.filter((i: any) => i.amount === '0.00').length,
    ).toBeLessThanOrEqual(1);
    expect(
      bpExpenses.data.budgetBreakdown.items.filter((i: any) => i.amount !== '0.00').length,
    ).toBeGreaterThan(2);
  });

  it('derives a missing ContNat from the plan de comptes (BP 2022: 168748 → 16, 001, 7588 → 75…)', async () => {
    const res = await gql(BREAKDOWN, { id: bp.doc.id, d: 'REVENUE', v: 'CHAPTER', o: true });
    const codes = res.data.budgetBreakdown.items.map((i: any) => i.code);
    for (const c of ['16', '001', '75', '77', '70', '002']) {
      expect(codes).toContain(c);
    }
  });

  it('gives items summing to the total at every level of every view, with shares', async () => {
    const walk = async (
      id: string,
      d: string,
      v: string,
      s: string | null,
      o: boolean,
      p: string[],
      depth = 0,
    ): Promise<string> => {
      const res = await gql(BREAKDOWN, { id, d, v, s, p, o });
      expect(res.errors).toBeUndefined();
      const { total, items } = res.data.budgetBreakdown;
      expect(
        money(items.reduce((a: bigint, i: any) => a + cents(i.amount), 0n)),
        `${v} ${p.join('/')}`,
      ).toBe(total);
      for (const item of items) {
        if (item.hasChildren && depth < 6) {
          expect(await walk(id, d, v, s, o, [...p, item.code], depth + 1)).toBe(item.amount);
        }
      }
      return total;
    };
    for (const doc of [bp, ca]) {
      for (const v of ['CHAPTER', 'NATURE', 'FUNCTION']) {
        for (const d of ['EXPENSE', 'REVENUE']) {
          const all = await walk(doc.doc.id, d, v, null, true, []);
          const real = await walk(doc.doc.id, d, v, null, false, []);
          const op = await walk(doc.doc.id, d, v, 'OPERATING', true, []);
          const inv = await walk(doc.doc.id, d, v, 'INVESTMENT', true, []);
          expect(money(cents(op) + cents(inv))).toBe(all);
          expect(cents(real) <= cents(all) || cents(all) < 0n).toBe(true);
        }
      }
    }
    const nature = await gql(BREAKDOWN, { id: bp.doc.id, d: 'EXPENSE', v: 'NATURE', o: true });
    expect(nature.data.budgetBreakdown.items.some((i: any) => i.hasChildren)).toBe(true);
  });

  it('writes a valid SCDL Budget 0.8.1 file per organisation and year, listed by datasets', async () => {
    const s = services();
    const dataset = await s.budgetExport.exportBudgets(CRACH_SIREN, 2022);
    expect(dataset.errors).toEqual([]);
    expect(dataset).toMatchObject({ valid: true, rowCount: 21, kind: 'BUDGETS' });
    const file = datasetFile(app.config.dataDir, CRACH_SIREN, 2022, 'BUDGETS');
    const report = await validateCsvFile(file, SCDL_BUDGET_SCHEMA);
    expect(report.errors).toEqual([]);
    expect(report.valid).toBe(true);
    const csv = readFileSync(file, 'utf8').split('\n');
    expect(csv[1]).toMatch(
      /^budget primitif,2022,21560046100085,CRACH,16,Emprunts et dettes assimilées,168748,Autres communes,,,,investissement,réel,recette,,95000\.00,,62975\.00,62975\.00,62975\.00,,non spécialisé$/,
    );
    // The amount columns are those of the reference conversion (expected.csv), line for line.
    const expected = readFileSync(
      path.join(TOTEM_DIR, TOTEM_FIXTURES.BP_2022, 'expected.csv'),
      'utf8',
    )
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(',').slice(-8, -1).join(','));
    expect(csv.slice(1, -1).map((l) => l.split(',').slice(-8, -1).join(','))).toEqual(expected);
    const all = await s.budgetExport.exportBudgets(null, 2022);
    expect(all).toMatchObject({ valid: true, rowCount: 21 });
    const listed = await gql(
      'query($s: String!) { datasets(siren: $s) { kind year valid rowCount url xlsxUrl } }',
      { s: CRACH_SIREN },
      await app.loginAdmin(),
    );
    expect(listed.data.datasets).toContainEqual({
      kind: 'BUDGETS',
      year: 2022,
      valid: true,
      rowCount: 21,
      url: `${app.config.publicUrl}/opendata/${CRACH_SIREN}/budgets/2022.csv`,
      xlsxUrl: `${app.config.publicUrl}/opendata/${CRACH_SIREN}/budgets/2022.xlsx`,
    });
    const served = await fetch(`${app.url}/opendata/${CRACH_SIREN}/budgets/2022.csv`);
    expect(served.status).toBe(200);
    expect(await served.text()).toBe(readFileSync(file, 'utf8'));
    // The same rows as a spreadsheet beside it, for those who open files in a spreadsheet.
    const sheet = await fetch(`${app.url}/opendata/${CRACH_SIREN}/budgets/2022.xlsx`);
    expect(sheet.status).toBe(200);
    expect(sheet.headers.get('content-type')).toMatch(/spreadsheetml/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await sheet.arrayBuffer()) as never);
    const ws = book.worksheets[0]!;
    expect(ws.name).toBe('Budgets 2022');
    expect(ws.rowCount).toBe(csv.length - 1);
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(csv[0]!.split(','));
    expect((await fetch(`${app.url}/opendata/${CRACH_SIREN}/budgets/2022.json`)).status).toBe(404);
    const one = await fetch(
      `${app.url}/opendata/${CRACH_SIREN}/budgets/documents/${ca.doc.id}.csv`,
    );
    expect(one.status).toBe(200);
    const oneCsv = await one.text();
    expect(oneCsv.trim().split('\n')).toHaveLength(21);
    expect((await validateCsv(oneCsv, SCDL_BUDGET_SCHEMA)).valid).toBe(true);
  });

  it('changes nothing when the same bytes come again', async () => {
    const before = await em().findOneOrFail(BudgetDocument, { id: bp.doc.id });
    const r = await services().budgetImport.importAct(bp.actId);
    expect(r.changed).toBe(false);
    expect(await services().budgetImport.afterActsChanged([bp.actId], 'deposit')).toBe(0);
    const after = await em().findOneOrFail(BudgetDocument, { id: bp.doc.id });
    expect(after.updatedAt).toEqual(before.updatedAt);
  });

  it('lists an older sealed document of the same stage as superseded, and counts it nowhere', async () => {
    const older = totemBytes('BP_2022')
      .toString('latin1')
      .replace('date="2022-04-07T10:16:21.216+02:00"', 'date="2022-03-01T10:00:00.000+02:00"');
    const old = await deposit(Buffer.from(older, 'latin1'), {
      number: 'BP_OLD',
      date: '2022-03-01',
    });
    expect(old.doc.status).toBe('IMPORTED');
    const docs = (await gql(DOCS, { s: CRACH_SIREN })).data.budgetDocuments;
    expect(docs.find((d: any) => d.id === old.doc.id).superseded).toBe(true);
    expect(docs.find((d: any) => d.id === bp.doc.id).superseded).toBe(false);
    const dataset = await services().budgetExport.exportBudgets(CRACH_SIREN, 2022);
    expect(dataset).toMatchObject({ valid: true, rowCount: 21 });
    const trend = await gql(
      `query($s: String!, $t: String!) { budgetTrend(siren: $s, siret: $t, direction: EXPENSE, view: CHAPTER) { year stage documentId amount } }`,
      { s: CRACH_SIREN, t: '21560046100085' },
    );
    expect(trend.errors).toBeUndefined();
    expect(trend.data.budgetTrend.map((p: any) => `${p.year} ${p.stage}`)).toEqual([
      '2021 CA',
      '2022 BP',
    ]);
    expect(trend.data.budgetTrend[1].documentId).toBe(bp.doc.id);
    const chapter = await gql(
      `query($s: String!, $t: String!) { budgetTrend(siren: $s, siret: $t, direction: EXPENSE, view: CHAPTER, code: "011") { amount } }`,
      { s: CRACH_SIREN, t: '21560046100085' },
    );
    const bp011 = (
      await gql(BREAKDOWN, { id: bp.doc.id, d: 'EXPENSE', v: 'CHAPTER' })
    ).data.budgetBreakdown.items.find((i: any) => i.code === '011');
    expect(chapter.data.budgetTrend[1].amount).toBe(bp011.amount);
  });

  it('follows its act: unpublished, hidden, deleted or organisation switched off, it leaves every public surface', async () => {
    const admin = await app.loginAdmin();
    const publicIds = async () =>
      (await gql(DOCS, { s: CRACH_SIREN })).data.budgetDocuments.map((d: any) => d.id);
    const action = async (a: string) =>
      expect(
        (
          await gql(
            'mutation($ids: [ID!]!, $a: ActActionKind!) { applyActAction(action: $a, ids: $ids) { updated { id } } }',
            { ids: [ca.actId], a },
            admin,
          )
        ).errors,
      ).toBeUndefined();
    for (const [off, on] of [
      ['UNPUBLISH', 'PUBLISH'],
      ['DELETE', 'RESTORE'],
    ]) {
      await action(off!);
      expect(await publicIds()).not.toContain(ca.doc.id);
      const refused = await gql(BREAKDOWN, { id: ca.doc.id, d: 'EXPENSE', v: 'CHAPTER' });
      expect(refused.errors?.[0]?.extensions?.code).toBe('budget/not_found');
      expect(
        (await fetch(`${app.url}/opendata/${CRACH_SIREN}/budgets/documents/${ca.doc.id}.csv`))
          .status,
      ).toBe(404);
      if (off === 'UNPUBLISH') {
        // Staff still explore it.
        expect(
          (await gql(BREAKDOWN, { id: ca.doc.id, d: 'EXPENSE', v: 'CHAPTER' }, admin)).errors,
        ).toBeUndefined();
        const dataset = await services().budgetExport.exportBudgets(CRACH_SIREN, 2021);
        expect(dataset).toMatchObject({ valid: true, rowCount: 0 });
      }
      await action(on!);
      expect(await publicIds()).toContain(ca.doc.id);
    }
    const e = em();
    const org = await e.findOneOrFail(Organization, { siren: CRACH_SIREN });
    org.openDataActive = false;
    await e.flush();
    expect(await publicIds()).toEqual([]);
    expect((await fetch(`${app.url}/opendata/${CRACH_SIREN}/budgets/2022.csv`)).status).toBe(404);
    expect((await services().budgetExport.exportBudgets(null, 2022)).rowCount).toBe(0);
    org.openDataActive = true;
    await e.flush();
    expect(await publicIds()).toContain(bp.doc.id);
  });

  const NOT_XML = Buffer.from('%PDF-1.4 pas du tout du XML');
  const BAD_INPUTS: [string, () => Buffer | string, string, RegExp][] = [
    [
      'not XML',
      () => Buffer.from('Ceci n’est pas du XML, juste du texte.'),
      'budget/not_xml',
      /XML lisible/,
    ],
    [
      'XML of another kind',
      () => '<?xml version="1.0"?><facture><total V="3"/></facture>',
      'budget/not_totem',
      /racine « facture »/,
    ],
    ['truncated', () => totemBytes('BP_2022').subarray(0, 12_000), 'budget/truncated', /tronqué/],
    [
      'unknown nomenclature',
      () =>
        totemBytes('BP_2022')
          .toString('latin1')
          .replace('M14-M14_COM_500_3500', 'M99-M99_INCONNUE'),
      'budget/unknown_nomenclature',
      /Nomenclature inconnue/,
    ],
    [
      'year without a plan',
      () =>
        totemBytes('BP_2022').toString('latin1').replace('<Exer V="2022"/>', '<Exer V="2031"/>'),
      'budget/no_plan_for_year',
      /2031/,
    ],
    [
      'wrong SIRET',
      () => totemBytes('BP_2022').toString('latin1').replaceAll('21560046100085', '20006721300013'),
      'budget/wrong_siret',
      /autre organisme/,
    ],
    [
      'invalid SIRET',
      () =>
        totemBytes('BP_2022')
          .toString('latin1')
          .replace('<IdEtab V="21560046100085"/>', '<IdEtab V="12345678901234"/>'),
      'budget/wrong_siret',
      /invalide/,
    ],
    [
      'XXE',
      () =>
        totemBytes('BP_2022')
          .toString('latin1')
          .replace(
            '<DocumentBudgetaire',
            '<!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<DocumentBudgetaire',
          )
          .replace('CRACH', '&x;'),
      'budget/entities_forbidden',
      /DOCTYPE/,
    ],
    [
      'billion laughs',
      () =>
        `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('')}]><DocumentBudgetaire>&lol9;</DocumentBudgetaire>`,
      'budget/entities_forbidden',
      /DOCTYPE/,
    ],
    [
      'undeclared entity',
      () => totemBytes('BP_2022').toString('latin1').replace('CRACH', '&lol9;'),
      'budget/not_xml',
      /XML lisible/,
    ],
    [
      'unknown stage',
      () =>
        totemBytes('BP_2022').toString('latin1').replace('<NatDec V="01"/>', '<NatDec V="07"/>'),
      'budget/unknown_stage',
      /NatDec « 07 »/,
    ],
    [
      'invalid amount',
      () =>
        totemBytes('BP_2022')
          .toString('latin1')
          .replace('<MtPrev V="15000.00"/>', '<MtPrev V="15 000,00"/>'),
      'budget/invalid_amount',
      /illisible/,
    ],
  ];

  it.each(BAD_INPUTS)(
    'refuses %s with a clear French error; the act is still recorded, nothing half-stored',
    async (_, make, code, message) => {
      const xml = make();
      const r = await deposit(typeof xml === 'string' ? Buffer.from(xml, 'latin1') : xml, {
        number: `BAD_${code}_${seq}`,
      });
      expect(r.doc).toMatchObject({
        status: 'FAILED',
        errorCode: code,
        lineCount: 0,
        year: null,
        stage: null,
      });
      expect(r.doc.errorMessage).toMatch(message);
      const stored = await em().findOneOrFail(
        BudgetDocument,
        { id: r.doc.id },
        { populate: ['lines'] },
      );
      expect(stored.lines).toEqual([]);
      const act = await em().findOneOrFail(Act, { id: r.actId });
      expect(act.nature).toBe('BUDGET');
      expect(
        (await gql(DOCS, { s: CRACH_SIREN })).data.budgetDocuments.map((d: any) => d.id),
      ).not.toContain(r.doc.id);
      const admin = await app.loginAdmin();
      const staff = await gql(
        'query($s: String!) { staffBudgetDocuments(siren: $s) { id status errorCode errorMessage superseded act { id } } }',
        { s: CRACH_SIREN },
        admin,
      );
      expect(staff.data.staffBudgetDocuments).toContainEqual({
        id: r.doc.id,
        status: 'FAILED',
        errorCode: code,
        errorMessage: r.doc.errorMessage,
        // An unreadable document replaces nothing and is replaced by nothing (it used to fail).
        superseded: false,
        act: { id: r.actId },
      });
      const onAct = await gql(
        'query($id: ID!) { act(id: $id) { budgetDocument { status errorCode } } }',
        { id: r.actId },
        admin,
      );
      expect(onAct.data.act.budgetDocument).toEqual({ status: 'FAILED', errorCode: code });
      void NOT_XML;
    },
  );

  it('refuses a huge file before reading it, and reads a UTF-8 file declared ISO-8859-1, one line, flagging U+FFFD', async () => {
    const { parseBudgetFile, MAX_TOTEM_BYTES } =
      await import('../../src/domains/budgets/budget-parse.js');
    const plans = app.runtime.components.budgetPlans;
    await expect(
      parseBudgetFile(Buffer.alloc(MAX_TOTEM_BYTES + 1, 0x20), CRACH_SIREN, plans),
    ).rejects.toMatchObject({ code: 'budget/too_large' });
    const utf8 = Buffer.from(
      totemBytes('BP_2022')
        .toString('latin1')
        .replace(/\r?\n\s*/g, '')
        .replace('LOTISSEMENT LE BOCENO', 'LOTISSEMENT \uFFFD BOCÉNO'),
      'utf8',
    );
    expect(utf8.includes(0x0a)).toBe(false);
    const r = await deposit(utf8, { number: 'UTF8_ONE_LINE' });
    expect(r.doc).toMatchObject({
      status: 'IMPORTED',
      encoding: 'UTF-8',
      mojibake: true,
      lineCount: 21,
      establishmentName: 'LOTISSEMENT \uFFFD BOCÉNO',
    });
    expect(r.doc.warnings.join(' ')).toMatch(/U\+FFFD/);
  });

  it('re-imports on request (staff editor) and reports progress through the job', async () => {
    const admin = await app.loginAdmin();
    const res = await gql(
      'mutation($id: ID!) { reimportBudgetDocument(id: $id) }',
      { id: ca.doc.id },
      admin,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.reimportBudgetDocument).toBeTruthy();
    const shares: number[] = [];
    const r = await services().budgetImport.importAct(ca.actId, (s) => {
      shares.push(s);
    });
    expect(r).toMatchObject({ changed: true, doc: { status: 'IMPORTED', lineCount: 20 } });
    expect(shares.at(-1)).toBe(1);
    const anonymous = await gql('mutation($id: ID!) { reimportBudgetDocument(id: $id) }', {
      id: ca.doc.id,
    });
    // Its existence is not revealed to a caller who cannot read the organisation.
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('budget/not_found');
  });
  it('takes a TOTEM file as the main document of a budget act created by upload, and reads it', async () => {
    const admin = await app.loginAdmin();
    const upload = async (
      nature: string,
      number: string,
      bytes: Uint8Array = new Uint8Array(totemBytes('CA_2021')),
    ) => {
      const form = new FormData();
      form.append(
        'operations',
        JSON.stringify({
          query:
            'mutation($i: CreateActInput!, $f: [Upload!]!) { createAct(input: $i, files: $f) { id documents { fileName mediaType annex } } }',
          variables: {
            i: {
              siren: CRACH_SIREN,
              number,
              date: '2022-03-02',
              subject: 'Compte administratif 2021 (dépôt manuel)',
              nature,
              publish: true,
            },
            f: [null],
          },
        }),
      );
      form.append('map', JSON.stringify({ 0: ['variables.f.0'] }));
      form.append('0', new Blob([bytes]), 'ca-2021.xml');
      const res = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { authorization: `Bearer ${admin}`, 'apollo-require-preflight': 'true' },
        body: form,
      });
      return (await res.json()) as any;
    };
    // Only a budget act may have an XML main document.
    const refused = await upload('DELIBERATION', 'UPLOAD_DELIB_XML');
    expect(refused.errors?.[0]?.extensions?.code).toBe('acts/unsupported_file');
    expect(refused.errors?.[0]?.message).toBe(
      '« ca-2021.xml » : le document principal doit être un PDF.',
    );
    // Nor any XML that is not a TOTEM document (an HTML page, another kind of XML).
    for (const other of [
      '<html><script>alert(1)</script></html>',
      '<?xml version="1.0"?><marches/>',
    ]) {
      const notTotem = await upload('BUDGET', 'UPLOAD_NOT_TOTEM', new TextEncoder().encode(other));
      expect(notTotem.errors?.[0]?.extensions?.code).toBe('acts/unsupported_file');
      expect(notTotem.errors?.[0]?.message).toMatch(/fichier budgétaire TOTEM \(XML\)/);
    }
    const created = await upload('BUDGET', 'UPLOAD_CA_2021');
    expect(created.errors).toBeUndefined();
    expect(created.data.createAct.documents).toEqual([
      { fileName: 'ca-2021.xml', mediaType: 'application/xml', annex: false },
    ]);
    const actId = created.data.createAct.id as string;
    const s = services();
    expect(await s.budgetImport.afterActsChanged([actId], 'create')).toBe(1);
    const r = await s.budgetImport.importAct(actId);
    expect(r.doc).toMatchObject({ status: 'IMPORTED', stage: 'CA', year: 2021, lineCount: 20 });
  });
});
