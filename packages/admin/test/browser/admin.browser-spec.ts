import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPage, createOrganization } from '../support/admin';
import {
  axeViolations,
  launchBrowser,
  openPage,
  watchProblems,
  ADMIN_EMAIL,
  ADMIN_PASSWORD,
  startPlatform,
  type Platform,
} from '@opendata/worker/testing';

const ORG = { siren: '213502388', name: 'Commune de Vitré-sur-Test' };

describe('admin in a browser, against the built platform', () => {
  let platform: Platform;
  let browser: Browser;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    platform = await startPlatform();
    const token = await platform.adminToken();
    await createOrganization(platform, token, ORG.siren, ORG.name);
    await createOrganization(platform, token, '200012342', 'Syndicat de Brocéliande');
    browser = await launchBrowser();
    page = await openPage(browser);
    problems = watchProblems(page);
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  it('sends a visitor to the sign-in page, in French and accessible', async () => {
    await page.goto(`${platform.url}/admin/`, { waitUntil: 'networkidle' });
    await expect.poll(() => new URL(page.url()).pathname).toBe('/admin/connexion');
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    await page.getByRole('heading', { name: 'Connexion' }).waitFor();
    expect(await page.getByText('Connectez-vous pour accéder').count()).toBe(1);
    await checkPage(page, 'admin-sign-in');
  });

  it('shows a French error for wrong credentials', async () => {
    await page.getByLabel('Adresse e-mail').fill(ADMIN_EMAIL);
    await page.getByLabel('Mot de passe').fill('pas-le-bon-mot-de-passe');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    const alert = page.locator('[data-test="sign-in-error"]');
    await alert.waitFor();
    expect(await alert.innerText()).toBe('Adresse e-mail ou mot de passe incorrect.');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('signs in through the form and shows the dashboard of the organisation', async () => {
    await page.getByLabel('Adresse e-mail').fill(ADMIN_EMAIL);
    await page.getByLabel('Mot de passe').fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('heading', { name: 'Tableau de bord' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/admin/');
    // A platform administrator starts on the first organisation (alphabetical order).
    await page.getByTestId('greeting').getByText(`Collectivité : ${ORG.name}.`).waitFor();
    expect(await page.getByTestId('greeting').innerText()).toMatch(/^Bonjour .+\./);
    const cards = page.getByTestId('stat-card');
    await expect.poll(() => cards.count()).toBe(4);
    await expect.poll(() => cards.first().getByTestId('stat-value').innerText()).toBe('0');
    expect(await cards.first().getAttribute('href')).toBe('/admin/actes/a-statuer');
    expect(await page.title()).toBe('Tableau de bord · Administration open data');
    await checkPage(page, 'admin-dashboard');
  });

  it('lets a platform administrator search organisations by name or SIREN', async () => {
    await page.getByRole('combobox', { name: 'Collectivité' }).fill('213 50');
    await page.getByRole('option', { name: /Commune de Vitré-sur-Test/ }).waitFor();
    await page.getByRole('combobox', { name: 'Collectivité' }).fill('Brocéliande');
    await page.getByRole('option', { name: /Syndicat de Brocéliande/ }).click();
    await page
      .getByTestId('greeting')
      .getByText('Collectivité : Syndicat de Brocéliande.')
      .waitFor();
    expect(
      await page.evaluate(() => localStorage.getItem('opendata.admin.organization')),
    ).toContain('200012342');
  });

  it('had no console error or failed request so far', () => {
    // The refused sign-in is answered 401, which Chromium reports as a failed resource.
    expect(problems.filter((p) => !p.includes('status of 401'))).toEqual([]);
  });

  it('returns to the sign-in page with a French message when the session is revoked', async () => {
    // Revoke the session behind the admin's back, then reload: the api refuses the token.
    const token = await page.evaluate(() => {
      const raw = localStorage.getItem('opendata.admin.session');
      return raw ? (JSON.parse(raw) as { token: string }).token : '';
    });
    await platform.graphql('mutation { signOut }', {}, token);
    await page.reload({ waitUntil: 'networkidle' });
    await expect.poll(() => new URL(page.url()).pathname).toBe('/admin/connexion');
    await page.getByText('Votre session a expiré : reconnectez-vous.').waitFor({ timeout: 30_000 });
    expect(await axeViolations(page)).toEqual([]);
  });
});
