import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CRACH_SIREN,
  buildBudgetDeposit,
  totemBytes,
  totemFixturesSkipReason,
  writeDeposit,
} from '@opendata/api/fixtures';
import {
  launchBrowser,
  openPage,
  startPlatform,
  waitFor,
  watchProblems,
  type Platform,
} from '@opendata/worker/testing';
import { checkPage, chooseOption, createOrganization, signIn } from '../support/admin';

describe.skipIf(totemFixturesSkipReason())(
  'admin budgets pages, against the built platform',
  () => {
    let platform: Platform;
    let browser: Browser;
    let page: Page;
    let problems: string[];

    beforeAll(async () => {
      platform = await startPlatform();
      const token = await platform.adminToken();
      await createOrganization(platform, token, CRACH_SIREN, 'Commune de Crach');
      const incoming = path.join(platform.dataDir, 'deposits', 'incoming');
      await writeDeposit(
        incoming,
        await buildBudgetDeposit(totemBytes('BP_2022'), { number: 'BUDGET_2022_BP' }),
        'bp.zip',
      );
      await writeDeposit(
        incoming,
        await buildBudgetDeposit('<pasdutotem/>', {
          number: 'BUDGET_CASSE',
          fileName: 'casse.xml',
        }),
        'casse.zip',
      );
      await waitFor(async () => {
        const d = await platform.graphql<{ staffBudgetDocuments: { status: string }[] }>(
          'query($s: String!) { staffBudgetDocuments(siren: $s) { status } }',
          { s: CRACH_SIREN },
          token,
        );
        return (
          d.staffBudgetDocuments.length >= 2 &&
          d.staffBudgetDocuments.every((x) => x.status !== 'PENDING')
        );
      }, 'both budget documents read');
      browser = await launchBrowser();
      page = await openPage(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
      problems = watchProblems(page);
      await signIn(page, platform);
    });

    afterAll(async () => {
      await browser?.close();
      await platform?.stop();
    });

    it('lists the budget documents with their status, report and error, and re-imports one', async () => {
      await page.getByRole('link', { name: 'Budgets', exact: true }).click();
      await page.getByRole('heading', { name: 'Budgets', level: 1 }).waitFor();
      const cards = page.getByTestId('budget-document');
      await expect
        .poll(() => cards.count())
        .toBe(2)
        .catch(async (e: unknown) => {
          throw new Error(`${String(e)}: ${await page.locator('main').innerText()}`);
        });
      const bp = cards.filter({ hasText: 'Budget primitif 2022' });
      expect(await bp.getByText('Lu', { exact: true }).count()).toBe(1);
      const broken = cards.filter({ hasText: 'Illisible' });
      await broken.getByRole('button', { name: /Rapport de lecture/ }).click();
      const error = broken.getByTestId('budget-error');
      await error.waitFor();
      expect(await error.innerText()).toMatch(/Code : budget\//);
      await checkPage(page, 'admin-budgets');
      await bp.getByTestId('budget-reimport').click();
      await page.getByText('Nouvelle lecture du document demandée.').waitFor();
      await expect
        .poll(async () => bp.getByText('Lu', { exact: true }).count(), { timeout: 30_000 })
        .toBe(1);
    });

    it('shows an unreadable budget file in the deposits list and on its act', async () => {
      await page.getByRole('link', { name: 'Dépôts', exact: true }).click();
      await page.getByRole('heading', { name: 'Dépôts', level: 1 }).waitFor();
      const line = page.getByTestId('deposit-budget-error');
      await line.first().waitFor();
      expect(await line.count()).toBe(1);
      expect(await line.innerText()).toMatch(/^Budget illisible : /);
      await checkPage(page, 'admin-deposits-budget');
      const row = page.getByRole('row').filter({ has: line });
      await row.getByRole('link', { name: /^Acte BUDGET_CASSE/ }).click();
      const card = page.getByTestId('act-budget');
      await card.waitFor();
      expect(await card.getByTestId('act-budget-error').innerText()).toMatch(
        /^Le fichier budgétaire n’a pas pu être lu : .*\nCode : budget\//s,
      );
      await checkPage(page, 'admin-act-budget');
      await card.getByRole('link', { name: /Voir les documents budgétaires/ }).click();
      await page.getByRole('heading', { name: 'Budgets', level: 1 }).waitFor();
    });

    it('configures the budget widget: one chart, its title, live preview and snippet', async () => {
      await page.getByRole('link', { name: 'Marque blanche des budgets' }).click();
      await page.getByRole('heading', { name: 'Marque blanche des budgets', level: 1 }).waitFor();
      const preview = page.getByTestId('widget-preview');
      await expect.poll(() => preview.getAttribute('src')).toContain('/widgets/budget/?siren=');
      await page.getByRole('combobox', { name: 'Contenu intégré' }).focus();
      await page.keyboard.press('Enter');
      await page.getByRole('option', { name: /Un seul graphique : Principales dépenses/ }).click();
      await page.getByLabel('Titre : Principales dépenses').fill('Nos plus gros postes');
      await expect
        .poll(() => preview.getAttribute('src'))
        .toContain('graphique=top-depenses&titre_top_depenses=Nos+plus+gros+postes');
      const snippet = page.getByTestId('widget-snippet').locator('textarea');
      await expect
        .poll(() => snippet.inputValue())
        .toContain('titre_top_depenses=Nos+plus+gros+postes');
      const widget = page.frameLocator('[data-test="widget-preview"]');
      await widget.getByRole('heading', { name: 'Nos plus gros postes' }).waitFor();
      await checkPage(page, 'admin-budget-widget');
    });

    it('adds a budget by upload: the TOTEM file as main document is read like a deposit', async () => {
      await page.goto(`${platform.url}/admin/actes/nouveau`);
      await page.getByRole('heading', { name: 'Ajouter un acte' }).waitFor();
      const dir = await mkdtemp(path.join(tmpdir(), 'budget-upload-'));
      const xml = path.join(dir, 'CA 2021 Crach.xml');
      const note = path.join(dir, 'Note de présentation.txt');
      await writeFile(xml, totemBytes('CA_2021'));
      await writeFile(note, 'pas un PDF');
      await page.getByLabel('Numéro de l’acte').fill('CA-2021-UPLOAD');
      await page.getByLabel('Date de l’acte').fill('2022-03-01');
      await page
        .getByLabel('Objet')
        .fill('Compte administratif 2021 du budget du lotissement Le Boceno');
      // A text file is not a main document, even for a budget.
      await chooseOption(page, 'Nature', 'Document budgétaire et financier');
      await page.getByTestId('budget-hint').waitFor();
      await page.getByTestId('main-file').locator('input[type="file"]').setInputFiles(note);
      await page.getByRole('button', { name: 'Créer l’acte' }).click();
      await page
        .getByTestId('file-problems')
        .getByText(/doit être un PDF ou le fichier budgétaire TOTEM \(XML\)/)
        .waitFor();
      await page.getByTestId('main-file').locator('input[type="file"]').setInputFiles(xml);
      await page.getByRole('button', { name: 'Créer l’acte' }).click();
      await page.getByRole('heading', { name: 'Acte CA-2021-UPLOAD', level: 1 }).waitFor();
      expect(await page.getByTestId('document').allInnerTexts()).toEqual([
        expect.stringContaining('CA 2021 Crach.xml'),
      ]);
      // The worker reads it: the act's budget card, then the Budgets page, say so.
      const card = page.getByTestId('act-budget');
      await card.waitFor({ timeout: 30_000 });
      await expect
        .poll(async () => (await page.getByTestId('act-budget').innerText()).replace(/\s+/g, ' '), {
          timeout: 30_000,
        })
        .toMatch(/Compte administratif 2021/);
      await page.getByRole('link', { name: 'Budgets', exact: true }).click();
      const ca = page
        .getByTestId('budget-document')
        .filter({ hasText: 'Compte administratif 2021' });
      await ca.waitFor();
      expect(await ca.getByText('Lu', { exact: true }).count()).toBe(1);
      await checkPage(page, 'admin-budget-upload');
    });

    it('had no console error or failed request', () => {
      expect(problems).toEqual([]);
    });
  },
);
