import type { Browser, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  LINKED_CONTRACT,
  SIREN,
  axeViolations,
  contractCount,
  dropDecp,
  dropDeposit,
  launchBrowser,
  openPage,
  publicCount,
  screenshots,
  seedMarches,
  startHostSite,
  startPlatform,
  waitFor,
  watchProblems,
  type HostSite,
  type Platform,
} from '@opendata/worker/testing';

/** A deliberation of classification 1.1 naming the contract: it is linked automatically. */
const DELIBERATION = {
  file: 'attribution.zip',
  text: 'Délibération attribuant le marché de réfection de la toiture de la médiathèque.',
  number: 'D2024_077',
  subject: `Attribution du marché ${LINKED_CONTRACT} : toiture de la médiathèque`,
  nature: '1',
  date: '2024-06-20',
  classification: '1.1 Marchés publics',
};

describe('procurement widget embedded on another origin, against the built platform', () => {
  let platform: Platform;
  let site: HostSite;
  let browser: Browser;
  let host: Page;
  let problems: string[];
  const widgetUrl = (query = '') => `${platform.url}/widgets/marches/?siren=${SIREN}${query}`;
  const widget = (page: Page = host): FrameLocator => page.frameLocator('iframe');
  const cards = (page: Page = host) => widget(page).locator('[data-test="contract"]');

  beforeAll(async () => {
    platform = await startPlatform({ RATE_LIMIT_ANONYMOUS: '100000' });
    await dropDeposit(platform, DELIBERATION);
    await waitFor(async () => (await publicCount(platform)) >= 1, 'the deliberation');
    await dropDecp(platform, seedMarches());
    await waitFor(async () => (await contractCount(platform)) === 6, 'imported contracts');
    site = await startHostSite(platform.url);
    browser = await launchBrowser();
    host = await openPage(browser);
    problems = watchProblems(host);
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await platform?.stop();
  });

  it('lists the contracts, searches as you type, filters, and shows totals with tables and CSV', async () => {
    await host.goto(site.page(widgetUrl()));
    await expect.poll(() => cards().count()).toBe(6);
    await expect.poll(() => widget().locator('#list-title').innerText()).toMatch(/6\s+contrats/);
    await widget().getByLabel('Rechercher (objet, identifiant, titulaire)').fill('cantine');
    await expect.poll(() => cards().count()).toBe(1);
    expect(await cards().first().innerText()).toMatch(/Fourniture de repas/);
    await widget().getByLabel('Rechercher (objet, identifiant, titulaire)').fill('');
    await widget()
      .getByRole('combobox', { name: /^Année/ })
      .selectOption('2025');
    await expect.poll(() => cards().count()).toBe(3);
    await widget()
      .getByRole('combobox', { name: /^Procédure/ })
      .selectOption('Procédure adaptée');
    await expect.poll(() => cards().count()).toBe(1);
    await widget()
      .getByRole('combobox', { name: /^Procédure/ })
      .selectOption('');
    await widget().getByLabel('Montant HT minimum (€)').fill('100000');
    await expect.poll(() => cards().count(), { timeout: 5000 }).toBe(1);
    // Charts come with their tables and a CSV of the same figures.
    const years = widget().locator('section.stats').first();
    expect(await years.locator('canvas[role="img"]').count()).toBe(1);
    expect(await years.locator('tbody tr').allInnerTexts()).toEqual([
      expect.stringMatching(/^2024\s+3\s+/),
      expect.stringMatching(/^2025\s+3\s+/),
    ]);
    const csv = await years.getByRole('link', { name: /CSV/ }).getAttribute('href');
    expect(decodeURIComponent(csv!.split(',')[1]!)).toMatch(/Année;Nombre de contrats;Montant HT/);
  });

  it('sizes the iframe to its content through embed.js', async () => {
    await host.goto(site.page(widgetUrl()));
    await expect.poll(() => cards().count()).toBe(6);
    const frame = host.frames().find((f) => f.url().includes('/widgets/marches/'))!;
    await expect
      .poll(async () => {
        const outer = await host
          .locator('iframe')
          .evaluate((f) => f.getBoundingClientRect().height);
        const inner = await frame.evaluate(
          () => document.getElementById('app')!.getBoundingClientRect().height,
        );
        return Math.abs(outer - inner) < 1 && outer > 600;
      })
      .toBe(true);
  });

  it('opens a contract page with holders, the modifications as a timeline and the deliberation PDF; Back returns', async () => {
    await host.goto(site.page(widgetUrl()));
    await widget()
      .getByRole('link', { name: /toiture de la médiathèque/ })
      .click();
    const page = widget().locator('article.contract');
    await expect.poll(() => page.locator('h2').innerText()).toMatch(/Réfection de la toiture/);
    const text = await page.innerText();
    expect(text).toMatch(/212\s500\s€/);
    expect(text).toMatch(/initialement 185\s000\s€/);
    expect(await page.locator('.timeline__item').count()).toBe(3);
    expect(text).toMatch(/SIRET 44332211000010/);
    const pdf = page.getByRole('link', { name: /Lire la délibération/ });
    expect(await pdf.getAttribute('href')).toMatch(/\.pdf$/);
    expect((await fetch((await pdf.getAttribute('href'))!)).status).toBe(200);
    await widget()
      .getByRole('button', { name: /Retour à la liste/ })
      .click();
    await expect.poll(() => cards().count()).toBe(6);
  });

  it('opens a permalink directly', async () => {
    const page = await openPage(browser);
    try {
      await page.goto(widgetUrl());
      await page.locator('[data-test="contract"]').first().waitFor();
      await page.getByRole('link', { name: /toiture de la médiathèque/ }).click();
      await page.locator('article.contract h2').waitFor();
      const url = page.url();
      expect(url).toMatch(/contrat=[0-9a-f-]{36}/);
      const other = await openPage(browser);
      await other.goto(url);
      await expect.poll(() => other.locator('article.contract h2').innerText()).toMatch(/toiture/);
      await other.context().close();
    } finally {
      await page.context().close();
    }
  });

  it('works with the keyboard alone', async () => {
    const page = await openPage(browser);
    try {
      await page.goto(widgetUrl());
      await page.locator('[data-test="contract"]').first().waitFor();
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe(
        'recherche',
      );
      await page.keyboard.type('toiture');
      await expect.poll(() => page.locator('[data-test="contract"]').count()).toBe(1);
      await page.locator('[data-test="contract"] a').focus();
      await page.keyboard.press('Enter');
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.id))
        .toBe('contract-title');
    } finally {
      await page.context().close();
    }
  });

  it('passes axe-core on the list and the contract page, at 360 and 1280 px', async () => {
    const page = await openPage(browser);
    try {
      for (const width of [1280, 360]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(widgetUrl());
        await page.locator('[data-test="contract"]').first().waitFor();
        expect(await axeViolations(page), `list ${width}`).toEqual([]);
        await page.getByRole('link', { name: /toiture de la médiathèque/ }).click();
        await page.locator('article.contract h2').waitFor();
        expect(await axeViolations(page), `contract ${width}`).toEqual([]);
      }
      await screenshots(page, 'widget-marches');
    } finally {
      await page.context().close();
    }
  });

  it('framed, adds no landmark of its own and passes axe-core in the host page', async () => {
    await host.goto(site.page(widgetUrl()));
    await expect.poll(() => cards().count()).toBe(6);
    const frame = host.frames().find((f) => f.url().includes('/widgets/marches/'))!;
    expect(await frame.locator('main, header[role], [role="main"], body > header').count()).toBe(0);
    expect(await axeViolations(host)).toEqual([]);
  });

  it('had no console error or failed request on the host page', () => {
    expect(problems).toEqual([]);
  });
});
