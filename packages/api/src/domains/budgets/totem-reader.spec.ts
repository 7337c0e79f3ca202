import { describe, expect, it } from 'vitest';
import { decodeXmlBytes } from '../../infra/xml/xml-text.js';
import { breakdown } from './budget-breakdown.js';
import { BudgetDirection, BudgetView } from './budget.enums.js';
import { parseBudgetFile } from './budget-parse.js';
import { markSuperseded, numberDecisions } from './budget-supersede.js';
import { PlanCatalog } from './plan-catalog.js';
import { readTotem } from './totem-reader.js';

const doc = (natDec: string, lines: string, exer = '2023', nomenclature = 'M57-M57_A') =>
  `<DocumentBudgetaire xmlns="http://www.minefi.gouv.fr/cp/demat/docbudgetaire">
  <Scellement md5="x" date="2024-04-30T10:00:00+02:00"/>
  <EnTeteDocBudgetaire><LibelleColl V="VILLE D'ESSAI"/><IdColl V="21560046100085"/></EnTeteDocBudgetaire>
  <Budget><EnTeteBudget><LibelleEtab V="BUDGET PRINCIPAL"/><IdEtab V="21560046100085"/><Nomenclature V="${nomenclature}"/></EnTeteBudget>
  <BlocBudget><NatDec V="${natDec}"/><Exer V="${exer}"/><DteDec V="2024-04-15"/></BlocBudget>${lines}</Budget></DocumentBudgetaire>`;
const line = (nature: string, codRD: string, amounts: string, extra = '', attrs = '') =>
  `<LigneBudget${attrs}><Nature V="${nature}"/>${extra}<CodRD V="${codRD}"/><OpBudg V="0"/>${amounts}</LigneBudget>`;

describe('TOTEM reading', () => {
  it('reads the budget part of a CFU, skips calculated lines, takes MtReal, derives chapitres (M57_A 2023)', async () => {
    const lines = [
      line('6042', 'D', '<MtPrev V="100.00"/><MtReal V="90.10"/>', '<Fonction V="020"/>'),
      line('73111', 'R', '<MtReal V="1000.05"/>', '<Fonction V="01"/>'),
      line('60', 'D', '<MtReal V="999999.99"/>', '', ' calculated="true"'),
    ].join('');
    const cfu = `<?xml version="1.0" encoding="UTF-8"?>
<doccfu:CompteFinancierUnique xmlns:doccfu="http://www.minefi.gouv.fr/cp/demat/doccfu">
<doccfu:DocumentComptable><EnTete><Nomenclature V="M57_A"/><Exer V="1999"/></EnTete></doccfu:DocumentComptable>
${doc('10', lines)}</doccfu:CompteFinancierUnique>`;
    const plans = new PlanCatalog();
    const r = await parseBudgetFile(Buffer.from(cfu), '215600461', plans);
    expect(r.doc).toMatchObject({
      stage: 'CFU',
      year: 2023,
      declination: 'M57_A',
      calculatedSkipped: 1,
    });
    expect(r.lines.map((l) => [l.n, l.c, l.s, l.v])).toEqual([
      ['6042', '011', 'F', '90.10'],
      ['73111', '731', 'F', '1000.05'],
    ]);
    expect(r.lines[0]!.fl).not.toBe('');
    const plan = (await plans.choose('M57_A', 2023))!.plan;
    const byFunction = breakdown(r.lines, plan, {
      direction: BudgetDirection.EXPENSE,
      view: BudgetView.FUNCTION,
    });
    expect(byFunction.total).toBe('90.10');
    expect(byFunction.items[0]!.hasChildren).toBe(true);
  });

  it('falls back on the nearest year of the same declination, and says so', async () => {
    const r = await parseBudgetFile(
      Buffer.from(doc('01', line('6042', 'D', '<MtPrev V="1.00"/>'), '2026')),
      '215600461',
      new PlanCatalog(),
    );
    expect(r).toMatchObject({ planYear: 2024, planFallback: true });
    expect(r.warnings.join(' ')).toMatch(/plan 2024 utilisé/);
  });

  it('reads a file on a single line and the DM amount rule (MtPropNouv + MtRARPrec)', () => {
    const text = doc(
      '02',
      line('6042', 'D', '<MtRARPrec V="10.01"/><MtPropNouv V="-3.00"/><MtPrev V="55"/>'),
    ).replace(/\n\s*/g, '');
    const t = readTotem(decodeXmlBytes(Buffer.from(text)));
    expect(t).toMatchObject({
      stage: 'DM',
      decisionDate: '2024-04-15',
      lines: [{ MtRARPrec: '10.01', MtPropNouv: '-3.00' }],
    });
  });
});

describe('superseded documents and DM numbers', () => {
  const mk = (stage: string, sealed: string, decisionDate = '2024-01-01', siret = 'S') => ({
    stage: stage as never,
    siret,
    year: 2024,
    decisionDate,
    sealedAt: new Date(sealed),
    createdAt: new Date(0),
    superseded: false,
    decisionNumber: null as number | null,
  });
  it('the newest seal of a decision wins; two DMs of different dates are two decisions', () => {
    const old = mk('BP', '2024-01-01');
    const fresh = mk('BP', '2024-02-01');
    const dm2 = mk('DM', '2024-06-01', '2024-05-30');
    const dm1 = mk('DM', '2024-03-01', '2024-02-28');
    const dm1bis = mk('DM', '2024-03-05', '2024-02-28');
    const other = mk('BP', '2023-01-01', '2024-01-01', 'T');
    markSuperseded([old, fresh, dm2, dm1, dm1bis, other]);
    expect([old, fresh, dm2, dm1, dm1bis, other].map((d) => d.superseded)).toEqual([
      true,
      false,
      false,
      true,
      false,
      false,
    ]);
    numberDecisions([dm2, dm1, dm1bis]);
    expect([dm1.decisionNumber, dm1bis.decisionNumber, dm2.decisionNumber]).toEqual([1, 1, 2]);
  });
});
