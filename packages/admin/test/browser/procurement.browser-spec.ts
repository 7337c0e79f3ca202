// Marchés publics in the admin, against the built platform: a DECP file imported with its
// report, the contracts listed, a contract entered with a form checked as staff type, a source,
// and the widget's snippet and preview; axe-core at 1280 and 360 px.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPage, createOrganization, navigate, signIn } from '../support/admin';
import {
  SIREN,
  axeViolations,
  launchBrowser,
  openPage,
  seedMarches,
  startPlatform,
  watchProblems,
  type Platform,
} from '@opendata/worker/testing';

describe('Marchés publics in the admin', () => {
  let platform: Platform;
  let browser: Browser;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    platform = await startPlatform();
    const token = await platform.adminToken();
    await createOrganization(platform, token, SIREN, 'Commune de Vitré-sur-Test', '21350238800019');
    browser = await launchBrowser();
    page = await openPage(browser);
    problems = watchProblems(page);
    await signIn(page, platform);
  });
  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  const tab = (name: string) => page.getByRole('tab', { name }).click();

  it('imports a DECP file: the defective record is refused with its rank, id, place and message, the others listed', async () => {
    await navigate(page, 'Marchés publics');
    await page.getByRole('heading', { name: 'Marchés publics', level: 1 }).waitFor();
    await tab('Imports');
    const records = seedMarches();
    delete records[2]!.objet;
    await page.locator('input[type="file"]').setInputFiles({
      name: 'decp-2024.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ marches: { marche: records } })),
    });
    await page.getByRole('button', { name: 'Importer' }).click();
    const report = page.getByTestId('contract-import').first();
    await report.getByText(/6 enregistrement\(s\) : 5 créé\(s\)/).waitFor();
    const refused = report.getByRole('row', { name: /MAR-2024-11/ });
    expect(await refused.innerText()).toMatch(
      /3\s+MAR-2024-11\s+\/marches\/marche\/2\s+Champ obligatoire manquant : objet/,
    );
    await checkPage(page, 'admin-procurement-imports');
    await tab('Contrats');
    await expect
      .poll(() => page.getByTestId('contracts-table').locator('tbody tr').count())
      .toBe(5);
    await page.setViewportSize({ width: 360, height: 800 });
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('enters a contract with a form that checks it with the import’s rules while typing', async () => {
    await page.getByRole('button', { name: 'Saisir un contrat' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Identifiant du marché (16 caractères au plus)').fill('SAISIE-01');
    await dialog.getByLabel('Objet').fill('Achat de mobilier pour la mairie');
    await dialog.getByLabel('Code CPV (ex. 45000000)').fill('3910');
    await dialog.getByLabel('Montant HT (€)').fill('52000');
    await dialog.getByLabel('SIRET du titulaire').fill('44332211000019');
    await dialog
      .getByText(/Code CPV invalide/)
      .first()
      .waitFor();
    expect(await dialog.getByRole('button', { name: 'Enregistrer' }).isDisabled()).toBe(true);
    // The dialog with its errors shown, at both widths.
    expect(await axeViolations(page), 'dialog with errors').toEqual([]);
    await dialog.getByLabel('Code CPV (ex. 45000000)').fill('39100000');
    await dialog.getByText('Conforme au format DECP 2.0.').waitFor();
    await page.setViewportSize({ width: 360, height: 800 });
    expect(await axeViolations(page), 'valid dialog at 360 px').toEqual([]);
    await page.setViewportSize({ width: 1280, height: 800 });
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText(/Contrat enregistré/).waitFor();
    await page
      .getByTestId('contracts-table')
      .getByRole('row', { name: /SAISIE-01/ })
      .waitFor();
  });

  it('adds a source and shows the widget’s snippet and preview', async () => {
    await tab('Sources');
    await page.getByLabel('Adresse de la source (https://…)').fill('https://exemple.fr/decp.json');
    await page.getByRole('button', { name: 'Ajouter' }).click();
    await page.getByRole('cell', { name: 'https://exemple.fr/decp.json' }).waitFor();
    expect(await page.getByText('Jamais récupérée').count()).toBe(1);
    await checkPage(page, 'admin-procurement-sources');
    await tab('Widget');
    const snippet = await page.getByTestId('widget-snippet').locator('textarea').inputValue();
    expect(snippet).toContain(`/widgets/marches/?siren=${SIREN}`);
    expect(snippet).toContain('/widgets/embed.js');
    await page
      .frameLocator('[data-test="procurement-preview"]')
      .locator('[data-test="contract"]')
      .first()
      .waitFor();
    await checkPage(page, 'admin-procurement-widget');
  });

  it('had no console error or failed request', () => {
    expect(problems).toEqual([]);
  });
});
