// « Publication sur data.gouv.fr » in the admin, against the built platform and a local udata
// fake: the key saved and never shown again, « Publier maintenant » running the push in the
// worker, the push listed with its result; axe-core at 1280 and 360 px.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UdataFake } from '@opendata/api/fixtures';
import { checkPage, createOrganization, navigate, signIn } from '../support/admin';
import {
  SIREN,
  launchBrowser,
  openPage,
  startPlatform,
  watchProblems,
  type Platform,
} from '@opendata/worker/testing';

const SIRET = '21350238800019';
const KEY = 'udata_browser-test-key-1234';

describe('Publication sur data.gouv.fr in the admin', () => {
  let platform: Platform;
  let browser: Browser;
  let page: Page;
  let problems: string[];
  let fake: UdataFake;

  beforeAll(async () => {
    fake = await new UdataFake().start();
    fake.addKey(KEY, [fake.addOrg('Commune de Vitré-sur-Test', SIRET)]);
    platform = await startPlatform({ DATAGOUV_API_URL: fake.url, DATAGOUV_MIN_INTERVAL_MS: '0' });
    const token = await platform.adminToken();
    await createOrganization(platform, token, SIREN, 'Commune de Vitré-sur-Test', SIRET);
    browser = await launchBrowser();
    page = await openPage(browser);
    problems = watchProblems(page);
    await signIn(page, platform);
  });
  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
    await fake?.stop();
  });

  it('saves a write-only key, publishes now and lists the push', async () => {
    await navigate(page, 'Paramètres');
    await page.getByRole('tab', { name: 'data.gouv.fr' }).click();
    const section = page.getByRole('region', { name: 'Publication sur data.gouv.fr' });
    await section.getByText(/Aucune clé enregistrée/).waitFor();
    await section.getByLabel('Publier sur data.gouv.fr par l’API').check();
    await section.getByLabel('Nouvelle clé d’API data.gouv.fr').fill(KEY);
    await section.getByRole('button', { name: 'Enregistrer' }).click();
    await section.getByText(/se termine par « 1234 »/).waitFor();
    expect(await section.getByLabel('Nouvelle clé d’API data.gouv.fr').inputValue()).toBe('');
    expect(await page.content()).not.toContain(KEY);
    await checkPage(page, 'admin-datagouv-settings');

    await section.getByRole('button', { name: 'Publier maintenant' }).click();
    await section
      .getByTestId('push')
      .first()
      .getByText(/Réussie/)
      .waitFor({ timeout: 30_000 });
    expect(fake.keysSeen).toEqual(new Set([KEY]));
    await section.getByTestId('push').first().click();
    await checkPage(page, 'admin-datagouv-pushes');
    expect(await page.content()).not.toContain(KEY);
    expect(problems).toEqual([]);
  });
});
