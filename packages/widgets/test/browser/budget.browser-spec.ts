import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Frame, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CRACH_SIREN,
  buildBudgetDeposit,
  totemBytes,
  totemFixturesSkipReason,
  writeDeposit,
} from '@opendata/api/fixtures';
import {
  axeViolations,
  launchBrowser,
  openPage,
  screenshots,
  startHostSite,
  startPlatform,
  waitFor,
  watchProblems,
  type HostSite,
  type Platform,
} from '@opendata/worker/testing';

interface Doc {
  id: string;
  year: number;
  stage: string;
  siret: string;
  superseded: boolean;
}
interface Breakdown {
  total: string;
  items: { code: string; label: string; amount: string; hasChildren: boolean }[];
}

const DOCS = `query($s: String!) { budgetDocuments(siren: $s) { id year stage siret superseded } }`;
const BREAKDOWN = `query($id: ID!, $d: BudgetDirection!, $v: BudgetView!, $p: [String!]) {
  budgetBreakdown(documentId: $id, direction: $d, view: $v, path: $p) {
    total items { code label amount hasChildren }
  }
}`;

/** « 1234.5 » → 123450n (the test reads amounts as exactly as the widget must). */
const cents = (amount: string) => {
  const [int, frac = ''] = amount.replace('-', '').split('.');
  const v = BigInt(int!) * 100n + BigInt((frac + '00').slice(0, 2));
  return amount.startsWith('-') ? -v : v;
};
/** 123456789n → « 1 234 567,89 € » as the widget prints it (no-break spaces normalised). */
const euros = (c: bigint) =>
  `${new Intl.NumberFormat('fr-FR').format(c / 100n)},${String(c % 100n).padStart(2, '0')} €`.replace(
    /[\u00a0\u202f]/g,
    ' ',
  );
const norm = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

describe.skipIf(totemFixturesSkipReason())(
  'budget widget with the real Crach TOTEM files, embedded on another origin',
  () => {
    let platform: Platform;
    let site: HostSite;
    let browser: Browser;
    let host: Page;
    let problems: string[];
    let bp: Doc;
    let top: Breakdown;
    const widgetUrl = (query = '') =>
      `${platform.url}/widgets/budget/?siren=${CRACH_SIREN}${query}`;

    beforeAll(async () => {
      platform = await startPlatform({ RATE_LIMIT_ANONYMOUS: '100000' });
      const token = await platform.adminToken();
      await platform.graphql(
        'mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }',
        { i: { siren: CRACH_SIREN, name: 'Commune de Crach' } },
        token,
      );
      const incoming = path.join(platform.dataDir, 'deposits', 'incoming');
      const bpZip = await buildBudgetDeposit(totemBytes('BP_2022'), {
        number: 'BUDGET_2022_BP',
        date: '2022-04-07',
      });
      const caZip = await buildBudgetDeposit(totemBytes('CA_2021'), {
        number: 'BUDGET_2021_CA',
        date: '2022-03-01',
      });
      await writeDeposit(incoming, bpZip, 'bp2022.zip');
      await writeDeposit(incoming, caZip, 'ca2021.zip');
      const docs = await waitFor(async () => {
        const d = await platform.graphql<{ budgetDocuments: Doc[] }>(DOCS, { s: CRACH_SIREN });
        return d.budgetDocuments.length >= 2 && d.budgetDocuments;
      }, 'two published budget documents');
      bp = docs.find((d) => d.stage === 'BP')!;
      top = (
        await platform.graphql<{ budgetBreakdown: Breakdown }>(BREAKDOWN, {
          id: bp.id,
          d: 'EXPENSE',
          v: 'FUNCTION',
          p: [],
        })
      ).budgetBreakdown;
      site = await startHostSite(platform.url);
      browser = await launchBrowser();
      host = await openPage(browser, { acceptDownloads: true });
      problems = watchProblems(host);
    });

    afterAll(async () => {
      await browser?.close();
      await site?.close();
      await platform?.stop();
    });

    const widget = (): FrameLocator => host.frameLocator('iframe');
    const frame = (): Frame => {
      const f = host.frames().find((x) => x.url().includes('/widgets/budget/'));
      if (!f) {
        throw new Error('widget frame not found');
      }
      return f;
    };
    const expenses = () => widget().locator('[data-chart="depenses"]');
    const param = (name: string) => new URL(frame().url()).searchParams.get(name);
    const embed = async (query = '') => {
      await host.goto(site.page(widgetUrl(query)));
      await widget().locator('[data-test="chart-summary"]').first().waitFor();
    };
    /** The browser's Back and Forward buttons (the iframe's entries are in the joint history). */
    const back = () => frame().evaluate(() => history.back());
    const forward = () => frame().evaluate(() => history.forward());

    it('shows the 2022 budget with exact totals, in words, as a chart and as a table', async () => {
      await embed(`&annee=2022&etape=bp`);
      expect(param('etab')).toBe(bp.siret);
      const summary = norm(await expenses().locator('[data-test="chart-summary"]').innerText());
      expect(summary).toContain(`Dépenses par fonction : ${euros(cents(top.total))} au total`);
      expect(cents(top.total)).toBeGreaterThan(0n); // BP amounts are not zero
      expect(await expenses().locator('canvas[role="img"]').getAttribute('aria-label')).toBe(
        await expenses().locator('[data-test="chart-summary"]').innerText(),
      );
      // The table alternative: every item, exact amounts that add up to the total.
      await expenses().getByText('Afficher les données du graphique').click();
      const rows = expenses().locator('[data-test="chart-table"] tbody tr');
      expect(await rows.count()).toBe(top.items.length);
      const amounts = await rows.locator('td:first-of-type').allInnerTexts();
      expect(amounts.map(norm)).toEqual(top.items.map((i) => euros(cents(i.amount))));
      expect(top.items.reduce((s, i) => s + cents(i.amount), 0n)).toBe(cents(top.total));
    });

    it('downloads exactly what the chart shows as CSV, and the chart as PNG', async () => {
      const [csv] = await Promise.all([
        host.waitForEvent('download'),
        expenses().locator('[data-test="csv"]').click(),
      ]);
      expect(csv.suggestedFilename()).toMatch(/^budget-2022-bp-depenses-par-fonction\.csv$/);
      const text = (await readFile((await csv.path())!, 'utf8')).replace(/^\ufeff/, '');
      const lines = text.trim().split('\r\n');
      expect(lines[0]).toBe('Code;Fonction;Montant (€);Part (%)');
      const rows = lines.slice(1).map((l) => l.split(';'));
      expect(rows.map((r) => r[0])).toEqual(top.items.map((i) => i.code));
      expect(rows.reduce((s, r) => s + cents(r[2]!.replace(',', '.')), 0n)).toBe(cents(top.total));
      const [png] = await Promise.all([
        host.waitForEvent('download'),
        expenses().locator('[data-test="png"]').click(),
      ]);
      const bytes = await readFile((await png.path())!);
      expect(png.suggestedFilename()).toMatch(/\.png$/);
      expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    });

    it('drills down and back up with the keyboard only; Back returns to the previous level', async () => {
      await embed(`&annee=2022&etape=bp&vue=nature`);
      const byNature = (
        await platform.graphql<{ budgetBreakdown: Breakdown }>(BREAKDOWN, {
          id: bp.id,
          d: 'EXPENSE',
          v: 'NATURE',
          p: [],
        })
      ).budgetBreakdown;
      const drillable = byNature.items.find((i) => i.hasChildren);
      expect(drillable, 'an account with sub-accounts').toBeDefined();
      const button = expenses()
        .locator('[data-test="drill"]')
        .filter({ hasText: drillable!.label })
        .first();
      await button.focus();
      await host.keyboard.press('Enter');
      await expenses().locator('[data-test="breadcrumb"]').waitFor();
      expect(param('chemin_depenses')).toBe(drillable!.code);
      const current = expenses().locator('[data-test="crumb-current"]');
      expect(norm(await current.innerText())).toBe(drillable!.label);
      await expect.poll(() => current.evaluate((el) => el === document.activeElement)).toBe(true);
      const sub = (
        await platform.graphql<{ budgetBreakdown: Breakdown }>(BREAKDOWN, {
          id: bp.id,
          d: 'EXPENSE',
          v: 'NATURE',
          p: [drillable!.code],
        })
      ).budgetBreakdown;
      expect(sub.total).toBe(drillable!.amount);
      await expect
        .poll(async () => norm(await expenses().locator('[data-test="chart-summary"]').innerText()))
        .toContain(`${euros(cents(sub.total))} au total`);
      // Back (the browser's button) returns to the top level.
      await back();
      await expect.poll(() => param('chemin_depenses')).toBeNull();
      await expect.poll(() => expenses().locator('[data-test="breadcrumb"]').count()).toBe(0);
      await forward();
      await expenses().locator('[data-test="breadcrumb"]').waitFor();
      // Up with the keyboard: Shift+Tab from the current level reaches « Toutes les natures ».
      await current.focus();
      await host.keyboard.press('Shift+Tab');
      await host.keyboard.press('Enter');
      await expect.poll(() => param('chemin_depenses')).toBeNull();
    });

    it('includes the order operations on demand, in the totals and in the URL', async () => {
      await embed(`&annee=2022&etape=bp&vue=chapitre`);
      const totalOf = async (includeOrder: boolean) =>
        (
          await platform.graphql<{ budgetBreakdown: Breakdown }>(
            `query($id: ID!, $o: Boolean) {
              budgetBreakdown(documentId: $id, direction: EXPENSE, view: CHAPTER, includeOrder: $o) {
                total items { code label amount hasChildren }
              }
            }`,
            { id: bp.id, o: includeOrder },
          )
        ).budgetBreakdown.total;
      const real = await totalOf(false);
      const all = await totalOf(true);
      expect(cents(all), 'the BP 2022 has order operations among its expenses').not.toBe(
        cents(real),
      );
      const summary = () =>
        expenses().locator('[data-test="chart-summary"]').innerText().then(norm);
      await expect.poll(summary).toContain(`${euros(cents(real))} au total`);
      const box = widget().getByLabel('Inclure les opérations d’ordre');
      expect(await box.isChecked()).toBe(false);
      await box.focus();
      await host.keyboard.press('Space');
      await expect.poll(() => param('operations')).toBe('toutes');
      await expect.poll(summary).toContain(`${euros(cents(all))} au total`);
      expect(await summary()).toContain('opérations d’ordre comprises');
      expect(await axeViolations(host)).toEqual([]);
      // Back returns to real operations only.
      await back();
      await expect.poll(() => param('operations')).toBeNull();
      await expect.poll(summary).toContain(`${euros(cents(real))} au total`);
      expect(await box.isChecked()).toBe(false);
    });

    it('lets citizens change year and document; the CA 2021 shows actual amounts', async () => {
      await embed();
      await widget().getByLabel('Année').selectOption('2021');
      await expect.poll(() => param('etape')).toBe('ca');
      await expect
        .poll(async () => norm(await widget().locator('[data-test="document-shown"]').innerText()))
        .toContain('Compte administratif 2021');
      await back();
      await expect.poll(() => param('annee')).toBe('2022');
    });

    it('sizes the iframe to its content and has no axe-core violation at 360 and 1280 px', async () => {
      await embed(`&annee=2022&etape=bp`);
      await expect
        .poll(async () => {
          const frameHeight = await host.locator('iframe').evaluate((f) => f.clientHeight);
          const content = await frame().evaluate(() =>
            Math.ceil(document.getElementById('app')!.getBoundingClientRect().height),
          );
          return Math.abs(frameHeight - content) <= 1;
        })
        .toBe(true);
      for (const width of [360, 1280]) {
        await host.setViewportSize({ width, height: 800 });
        await host.waitForTimeout(300);
        expect(await axeViolations(host), `axe at ${width} px`).toEqual([]);
        const overflow = await frame().evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        expect(overflow, `no horizontal scroll at ${width} px`).toBeLessThanOrEqual(0);
      }
      await screenshots(host, 'budget-widget');
      // Opened directly (not framed): the page has its own landmarks; also clean.
      const direct = await openPage(browser);
      await direct.goto(widgetUrl('&vue=chapitre&section=fonctionnement'));
      await direct.locator('[data-chart="depenses"] [data-test="chart-summary"]').waitFor();
      expect(await axeViolations(direct)).toEqual([]);
      await direct.close();
    });

    it('shows one chart alone with its own title', async () => {
      await embed(`&graphique=top-depenses&titre_top_depenses=Nos+plus+gros+postes`);
      const cards = widget().locator('[data-chart]');
      expect(await cards.count()).toBe(1);
      expect(await cards.locator('h2').innerText()).toBe('Nos plus gros postes');
      expect(await axeViolations(host)).toEqual([]);
    });

    it('had no console error or failed request', () => {
      expect(problems).toEqual([]);
    });
  },
);
