// The operator's schedules and the publication statistics, against the built platform: change a
// time, run a job now and watch its outcome arrive live; read the statistics as charts and as
// tables. axe-core at 1280 and 360 px.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPage, createAct, createOrganization, navigate, signIn } from '../support/admin';
import {
  axeViolations,
  launchBrowser,
  openPage,
  startPlatform,
  watchProblems,
  type Platform,
} from '@opendata/worker/testing';

const SIREN = '215600461';

describe('schedules and statistics in the admin', () => {
  let platform: Platform;
  let browser: Browser;
  let page: Page;
  let problems: string[];

  const narrowToo = async () => {
    await page.setViewportSize({ width: 360, height: 800 });
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 800 });
  };

  beforeAll(async () => {
    platform = await startPlatform();
    const token = await platform.adminToken();
    await createOrganization(platform, token, SIREN, 'Commune de Crach', '21560046100085');
    await createAct(platform, token, {
      siren: SIREN,
      number: 'D2025-001',
      subject: 'Budget primitif',
      publish: true,
    });
    await createAct(platform, token, { siren: SIREN, number: 'D2025-002', subject: 'Voirie' });
    browser = await launchBrowser();
    page = await openPage(browser);
    problems = watchProblems(page);
    await signIn(page, platform);
  });
  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  it('changes the time of a repeating job and shows its next run', async () => {
    await navigate(page, 'Tâches planifiées');
    await page.getByRole('heading', { name: 'Tâches planifiées', level: 1 }).waitFor();
    const card = page.getByRole('region', { name: 'Régénération de tous les fichiers open data' });
    await card.getByTestId('next-run').waitFor();
    expect(await card.getByTestId('next-run').innerText()).not.toMatch(/Aucune/);
    await card.getByLabel(/Horaire \(cron\)/).fill('30 2 * * *');
    await card.getByRole('button', { name: /Enregistrer/ }).click();
    await page.getByText('Horaire enregistré.').waitFor();
    await expect.poll(() => card.getByLabel(/Horaire \(cron\)/).inputValue()).toBe('30 2 * * *');
    await checkPage(page, 'admin-schedules');
    await narrowToo();
  });

  it('runs a job now and shows its outcome live', async () => {
    const card = page.getByRole('region', {
      name: 'Enrichissement des collectivités depuis Sirene',
    });
    await card.getByRole('button', { name: /Lancer maintenant/ }).click();
    // No SIRENE key on this platform: the run ends with « Rien à faire » and says why.
    await card.getByTestId('outcome').getByText('Rien à faire').waitFor({ timeout: 30_000 });
    await card.getByText(/API Sirene non configurée/).waitFor();
  });

  it('shows the statistics as charts, each with the table of its figures', async () => {
    await navigate(page, 'Statistiques');
    await page.getByRole('heading', { name: 'Statistiques de publication', level: 1 }).waitFor();
    await page.getByRole('radio', { name: 'Toute la plateforme' }).check();
    // The acts are dated 3 February 2025: widen the period (the last 12 months by default).
    await page.getByLabel('Du').fill('2025-01-01');
    const figures = page.getByTestId('stats-figures');
    await expect.poll(() => figures.innerText()).toMatch(/Actes reçus\s+2/);
    expect(await figures.innerText()).toMatch(/Publiés\s+1/);
    const byNature = page.getByRole('region', { name: 'Actes par nature' });
    await byNature.getByRole('img').waitFor();
    expect(await byNature.getByRole('row', { name: /Délibération/ }).innerText()).toMatch(
      /1\s+0\s+1/,
    );
    await page
      .getByRole('region', { name: 'Actes par collectivité' })
      .getByRole('row', {
        name: /Commune de Crach/,
      })
      .waitFor();
    await checkPage(page, 'admin-stats');
    await narrowToo();
  });

  it('shows the operator which files are invalid, beside the decision queue', async () => {
    await navigate(page, 'Collectivités');
    const row = page.getByRole('row', { name: /Commune de Crach/ });
    await row.getByTestId('invalid-files').waitFor();
    expect(await row.getByTestId('invalid-files').innerText()).toBe('Fichiers valides');
    expect(problems).toEqual([]);
  });
});
