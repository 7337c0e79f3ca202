import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { breakdown } from './budget-breakdown.js';
import { BudgetDirection, BudgetView } from './budget.enums.js';
import { parseBudgetFile } from './budget-parse.js';
import { PLANS_DIR, PlanCatalog } from './plan-catalog.js';

/** Every plan de comptes shipped: [year, norm, declination]. */
const shipped = JSON.parse(readFileSync(path.join(PLANS_DIR, 'index.json'), 'utf8')) as [
  number,
  string,
  string,
][];

const budget = (nomenclature: string, year: number, lines: string) =>
  `<?xml version="1.0" encoding="ISO-8859-1"?>
<DocumentBudgetaire xmlns="http://www.minefi.gouv.fr/cp/demat/docbudgetaire">
<Scellement md5="x" date="${year}-04-01T10:00:00+02:00"/>
<EnTeteDocBudgetaire><LibelleColl V="COMMUNE D'ESSAI"/><IdColl V="21560046100085"/></EnTeteDocBudgetaire>
<Budget><EnTeteBudget><LibelleEtab V="BUDGET"/><IdEtab V="21560046100085"/><Nomenclature V="${nomenclature}"/></EnTeteBudget>
<BlocBudget><NatDec V="01"/><Exer V="${year}"/></BlocBudget>${lines}</Budget></DocumentBudgetaire>`;

/**
 * Documents written the way every nomenclature's issuers write them when they leave `ContNat`
 * out: the chapitre and section must come from the shipped plan, whatever the norm (M14, M4x,
 * M52, M57 and its declinations, M61, M71) and year.
 */
describe('every shipped plan de comptes reads a document of its declination', () => {
  const plans = new PlanCatalog();
  it.each(shipped.map(([year, norm, decl]) => [`${norm}-${decl} ${year}`, year, norm, decl]))(
    '%s',
    async (_name, year, norm, decl) => {
      const plan = (await plans.choose(decl as string, year as number))!.plan;
      const pick = (kind: 'DR' | 'RR') =>
        [...plan.accounts.values()]
          .filter((a) => a.children.length === 0 && plan.defaultChapter(a.code, kind))
          .filter((a) => plan.chapterOf(plan.defaultChapter(a.code, kind)!)?.section)
          .slice(0, 4);
      const expenses = pick('DR');
      const revenues = pick('RR');
      expect(expenses.length + revenues.length, 'accounts with a default chapitre').toBeGreaterThan(
        0,
      );
      const xml = budget(
        `${norm}-${decl}`,
        year as number,
        [
          ...expenses.map((a, i) => ({ a, rd: 'D', v: `${i + 1}00.25` })),
          ...revenues.map((a, i) => ({ a, rd: 'R', v: `${i + 1}000.10` })),
        ]
          .map(
            ({ a, rd, v }) =>
              `<LigneBudget><Nature V="${a.code}"/><CodRD V="${rd}"/><OpBudg V="0"/><MtPrev V="${v}"/></LigneBudget>`,
          )
          .join(''),
      );
      const r = await parseBudgetFile(Buffer.from(xml, 'latin1'), '215600461', plans);
      expect(r).toMatchObject({ planYear: year, planFallback: false });
      expect(r.warnings.filter((w) => /introuvable/.test(w))).toEqual([]);
      for (const l of r.lines) {
        expect(l.c, `chapitre of ${l.n}`).not.toBe('');
        expect(['F', 'I'], `section of ${l.n}`).toContain(l.s);
      }
      for (const [direction, rd, count] of [
        [BudgetDirection.EXPENSE, 'D', expenses.length],
        [BudgetDirection.REVENUE, 'R', revenues.length],
      ] as const) {
        const ofDirection = r.lines.filter((l) => l.d === rd);
        expect(ofDirection).toHaveLength(count);
        const sum = ofDirection.reduce((s, l) => s + Math.round(Number(l.v) * 100), 0);
        const byChapter = breakdown(r.lines, plan, { direction, view: BudgetView.CHAPTER });
        expect(Math.round(Number(byChapter.total) * 100)).toBe(sum);
        expect(byChapter.items.every((i) => i.code !== '?')).toBe(true);
      }
    },
  );
});
