import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  NOTABLE,
  ORG_NAME,
  SIREN,
  dropDeposit,
  filler,
  publicCount,
  waitFor,
  axeViolations,
  launchBrowser,
  openPage,
  watchProblems,
  startPlatform,
  type Platform,
} from '@opendata/worker/testing';

/** The public catalogue page `/donnees/` (server-rendered by the api), in Chromium. */
describe('public catalogue page /donnees/, against the built platform', () => {
  let platform: Platform;
  let browser: Browser;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    platform = await startPlatform({ RATE_LIMIT_ANONYMOUS: '100000' });
    const token = await platform.adminToken();
    await platform.graphql(
      'mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }',
      { i: { siren: '217500016', name: 'Ville sans données' } },
      token,
    );
    for (const act of [...Object.values(NOTABLE), ...filler(3)]) {
      await dropDeposit(platform, act);
    }
    await waitFor(async () => (await publicCount(platform)) >= 3, 'published acts');
    // The yearly listing of the acts' PDFs is written by the dataset export job (debounced),
    // shortly after publication: the organisation is listed once its first file exists.
    await waitFor(
      async () => (await (await fetch(`${platform.url}/donnees/`)).text()).includes(SIREN),
      'the organisation on /donnees/',
    );
    browser = await launchBrowser();
    page = await openPage(browser);
    problems = watchProblems(page);
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  it('lists the organisation with its datasets, files and links, in French, with no axe violation at 1280 and 360 px', async () => {
    const res = await page.goto(`${platform.url}/donnees/`);
    expect(res?.status()).toBe(200);
    expect(await page.title()).toMatch(/Données ouvertes/);
    expect(await page.locator('meta[name="description"]').getAttribute('content')).toBeTruthy();
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    await expect
      .poll(() => page.locator('h2').allInnerTexts())
      .toEqual([expect.stringContaining(ORG_NAME)]);
    expect(await page.locator('h3').first().innerText()).toContain('Actes administratifs');
    const download = page.locator('table a', { hasText: 'Télécharger' }).first();
    const href = await download.getAttribute('href');
    expect(href).toContain(`/opendata/${SIREN}/actes/`);
    const file = await page.request.get(href!, { maxRedirects: 0 });
    expect(file.status()).toBe(200);
    expect(await file.text()).toContain('acte_id,acte_numero');
    for (const name of [
      'Catalogue DCAT (Turtle)',
      'Catalogue DCAT (JSON-LD)',
      'Widget des actes',
    ]) {
      expect(await page.getByRole('link', { name }).count(), name).toBeGreaterThan(0);
    }
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 360, height: 800 });
    expect(await axeViolations(page)).toEqual([]);
    // Nothing wider than the screen but the scrollable tables.
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter((e) => !e.closest('.scroll') && e.getBoundingClientRect().right > innerWidth + 1)
        .map((e) => `${e.tagName}.${e.className}`),
    );
    expect(wide).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('filters by name or SIREN through the search form, and opens one organisation', async () => {
    await page.goto(`${platform.url}/donnees/`);
    await page.getByLabel('Rechercher une collectivité (nom ou SIREN)').fill('introuvable');
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await expect.poll(() => page.locator('[role="status"]').innerText()).toContain('Aucune');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Rechercher une collectivité (nom ou SIREN)').fill(SIREN);
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await expect.poll(() => page.locator('h2').allInnerTexts()).toHaveLength(1);
    await page.getByRole('link', { name: ORG_NAME }).first().click();
    await expect.poll(() => page.locator('h1').innerText()).toContain(ORG_NAME);
    expect(page.url()).toBe(`${platform.url}/donnees/${SIREN}`);
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 360, height: 800 });
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
