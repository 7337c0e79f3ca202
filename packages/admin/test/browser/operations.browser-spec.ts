// Day-to-day journeys against the built platform: retry a failed deposit, datasets, configure
// and copy the acts widget, change settings, watch a job progress live.
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badDeposits, buildDeposit } from '@opendata/api/fixtures';
import {
  checkPage,
  chooseOption,
  createAct,
  createOrganization,
  eventually,
  navigate,
  signIn,
} from '../support/admin';
import {
  launchBrowser,
  openPage,
  watchProblems,
  startPlatform,
  type Platform,
} from '@opendata/worker/testing';

// The SIREN of the deposit fixture, so that a fixed deposit lands in this organisation.
const SIREN = '213502388';
const ORG = 'Commune de Rennes-sur-Test';

describe('operations in the admin', () => {
  let platform: Platform;
  let browser: Browser;
  let page: Page;
  let token: string;
  let problems: string[];

  beforeAll(async () => {
    platform = await startPlatform();
    token = await platform.adminToken();
    await createOrganization(platform, token, SIREN, ORG, '21350238800019');
    await createAct(platform, token, {
      siren: SIREN,
      number: 'D2025-100',
      subject: 'Plan de mobilité',
      publish: true,
    });
    browser = await launchBrowser();
    page = await openPage(browser);
    await page
      .context()
      .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: platform.url });
    problems = watchProblems(page);
    await signIn(page, platform);
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  it('shows a failed deposit with its French reason, and retries it after a fix', async () => {
    await writeFile(
      path.join(platform.dataDir, 'deposits', 'incoming', 'depot-casse.zip'),
      await badDeposits.missingFile(),
    );
    await navigate(page, 'Dépôts');
    await page.getByRole('heading', { name: 'Dépôts', level: 1 }).waitFor();
    // An unreadable deposit names no organisation: platform administrators see it with « toutes ».
    await page.getByRole('checkbox', { name: /Toutes les collectivités/ }).check();
    const row = page.getByRole('row', { name: /depot-casse\.zip/ });
    await row.getByText('En échec').waitFor({ timeout: 20_000 });
    expect(await row.getByTestId('deposit-error').innerText()).toMatch(
      /Annexe 9 - Pièce absente\.pdf/,
    );
    await checkPage(page, 'admin-deposits');

    // The operator fixes the quarantined zip, then retries it from the admin.
    const quarantine = path.join(platform.dataDir, 'deposits', 'quarantine');
    const [stored] = (await readdir(quarantine)).filter((f) => f.endsWith('depot-casse.zip'));
    await writeFile(path.join(quarantine, stored!), await buildDeposit());
    await row.getByRole('button', { name: 'Relancer le dépôt depot-casse.zip' }).click();
    await page.getByTestId('notification').getByText('Dépôt « depot-casse.zip » relancé').waitFor();
    await row.getByText('Traité').waitFor({ timeout: 20_000 });
    await row.getByRole('link', { name: 'Acte D2024_001' }).waitFor();
  });

  it('lists the datasets with their report, and regenerates one with live progress', async () => {
    await navigate(page, 'Jeux de données');
    await page.getByRole('heading', { name: 'Jeux de données', level: 1 }).waitFor();
    const card = page.getByTestId('dataset').filter({ hasText: 'Délibérations 2025' });
    await eventually('the 2025 file', async () => {
      if (await card.count()) {
        return true;
      }
      await page.reload();
      return false;
    });
    // The CSV and the same rows for spreadsheets.
    const xlsx = card.getByRole('link', { name: 'Version tableur (.xlsx)' });
    const href = (await xlsx.getAttribute('href')) ?? '';
    expect(href).toBe(`${platform.url}/opendata/${SIREN}/deliberations/2025.xlsx`);
    expect((await fetch(href)).headers.get('content-type')).toMatch(/spreadsheetml/);
    await card.getByRole('button', { name: /Rapport de validation/ }).click();
    await card.getByTestId('dataset-report').waitFor();
    await checkPage(page, 'admin-datasets');
    await card.getByRole('button', { name: 'Régénérer 2025' }).click();
    await card
      .getByTestId('dataset-job')
      .getByText('Génération : terminée')
      .waitFor({ timeout: 20_000 });
  });

  it('edits a dataset’s catalogue metadata, served by the DCAT catalogue, then goes back to the defaults', async () => {
    const entry = page.getByTestId('catalog-entry').filter({ hasText: /^Délibérations/ });
    await entry.waitFor();
    expect(await entry.innerText()).toMatch(/valeurs par défaut/);
    await entry
      .getByRole('button', { name: /^Modifier les métadonnées de « Délibérations/ })
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Titre' }).fill('Délibérations du conseil de Rennes');
    await checkPage(page, 'admin-catalog-dialog');
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await page
      .getByTestId('notification')
      .getByText('Métadonnées de « Délibérations du conseil de Rennes » enregistrées.')
      .waitFor();
    const edited = page.getByTestId('catalog-entry').filter({ hasText: 'du conseil de Rennes' });
    await edited.getByText(/modifié le/).waitFor();
    const ttl = await (await fetch(`${platform.url}/opendata/${SIREN}/catalog.ttl`)).text();
    expect(ttl).toContain('Délibérations du conseil de Rennes');
    await edited.getByRole('button', { name: /^Modifier les métadonnées/ }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: 'Revenir aux valeurs par défaut' })
      .click();
    await page.getByTestId('notification').getByText('Valeurs par défaut rétablies.').waitFor();
    await expect
      .poll(() =>
        page.getByTestId('catalog-entry').filter({ hasText: 'du conseil de Rennes' }).count(),
      )
      .toBe(0);
  });

  it('configures the acts widget with a live contrast check, previews it and copies the snippet', async () => {
    await navigate(page, 'Marque blanche');
    await page.getByRole('heading', { name: 'Marque blanche', level: 1 }).waitFor();
    const title = page.getByRole('textbox', { name: 'Titre du widget' });
    await expect.poll(() => title.inputValue()).toBe(`Actes publiés de ${ORG}`);
    await title.fill('Délibérations de Rennes-sur-Test');
    const text = page.getByRole('textbox', { name: 'Couleur du texte' });
    await text.fill('#999999');
    const report = page.getByTestId('contrast-report');
    await report.getByText('Texte sur le fond : 2,84:1 — insuffisant').waitFor();
    const save = page.getByRole('button', { name: 'Enregistrer les réglages' });
    expect(await save.isDisabled()).toBe(true);
    await text.fill('#1a1a1a');
    await page.getByRole('textbox', { name: 'Couleur principale' }).fill('#a3001b');
    await expect.poll(() => report.getByText('insuffisant').count()).toBe(0);
    await chooseOption(page, 'Natures', 'Délibération');
    await page.keyboard.press('Escape');
    // The preview shows the unsaved settings.
    const preview = page.getByTestId('widget-preview');
    await expect
      .poll(async () =>
        new URL((await preview.getAttribute('src')) ?? 'http://x/').searchParams.get('titre'),
      )
      .toBe('Délibérations de Rennes-sur-Test');
    await page
      .frameLocator('[data-test="widget-preview"]')
      .getByText('Délibérations de Rennes-sur-Test')
      .first()
      .waitFor();
    await checkPage(page, 'admin-widget');

    await save.click();
    await page
      .getByTestId('notification')
      .getByText(/Réglages du widget enregistrés/)
      .waitFor();
    const saved = await platform.graphql<{
      publicWidgetSettings: { title: string; primaryColor: string; natures: string[] };
    }>(`query { publicWidgetSettings(siren: "${SIREN}") { title primaryColor natures } }`);
    expect(saved.publicWidgetSettings).toEqual({
      title: 'Délibérations de Rennes-sur-Test',
      primaryColor: '#a3001b',
      natures: ['DELIBERATION'],
    });

    await page.getByRole('button', { name: 'Copier le code' }).click();
    await page
      .getByTestId('notification')
      .getByText('Code du widget copié dans le presse-papiers.')
      .waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(`src="${platform.url}/widgets/actes/?siren=${SIREN}"`);
    expect(copied).toContain('title="Délibérations de Rennes-sur-Test"');
    expect(copied).toContain('loading="lazy"');
    expect(copied).toContain(`<script src="${platform.url}/widgets/embed.js" async></script>`);
  });

  it('changes a setting, with a warning before turning open data off', async () => {
    await navigate(page, 'Paramètres');
    await page.getByRole('heading', { name: 'Paramètres', level: 1 }).waitFor();
    const siret = page.getByRole('textbox', { name: 'SIRET' });
    await expect.poll(() => siret.inputValue()).toBe('21350238800019');
    await siret.fill('21350238800018');
    await page
      .getByText('Ce SIRET n’existe pas : sa clé de contrôle est fausse (vérifiez les chiffres).')
      .waitFor();
    await siret.fill('21350238800019');
    await checkPage(page, 'admin-settings');

    await page.getByRole('checkbox', { name: 'Open data actif' }).uncheck();
    await page
      .getByTestId('open-data-warning')
      .getByText(/plus rien de la collectivité n’est public/)
      .waitFor();
    await page.getByRole('button', { name: 'Enregistrer les paramètres' }).click();
    const dialog = page.getByRole('dialog', {
      name: 'Désactiver l’open data de la collectivité ?',
    });
    await dialog.getByRole('button', { name: 'Désactiver l’open data' }).click();
    await page.getByTestId('notification').getByText('Paramètres enregistrés.').waitFor();
    const org = await platform.graphql<{ organization: { openDataActive: boolean } }>(
      `query { organization(siren: "${SIREN}") { openDataActive } }`,
      {},
      token,
    );
    expect(org.organization.openDataActive).toBe(false);
    await page.getByRole('checkbox', { name: 'Open data actif' }).check();
    await page.getByRole('button', { name: 'Enregistrer les paramètres' }).click();
    await expect
      .poll(
        async () =>
          (
            await platform.graphql<{ organization: { openDataActive: boolean } }>(
              `query { organization(siren: "${SIREN}") { openDataActive } }`,
              {},
              token,
            )
          ).organization.openDataActive,
      )
      .toBe(true);
  });

  it('adds a member and creates an API key shown once', async () => {
    await page.getByRole('tab', { name: 'Membres' }).click();
    await page.getByRole('button', { name: 'Ajouter un membre' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ajouter un membre' });
    await dialog.getByRole('textbox', { name: 'Adresse e-mail' }).fill('agent@rennes-sur-test.fr');
    await dialog.getByRole('textbox', { name: 'Nom affiché' }).fill('Agnès Agent');
    await dialog.getByRole('button', { name: 'Ajouter' }).click();
    // A new address: an invitation is sent; the person joins by following its link.
    await page
      .getByTestId('invitations')
      .getByRole('row', { name: /Agnès Agent/ })
      .waitFor();
    await expect
      .poll(() => page.getByTestId('notification').innerText())
      .toMatch(/^Invitation envoyée à agent@rennes-sur-test\.fr\./);
    await checkPage(page, 'admin-settings-members');

    await page.getByRole('tab', { name: 'Clés d’API' }).click();
    await page.getByRole('button', { name: 'Créer une clé' }).click();
    const keyDialog = page.getByRole('dialog', { name: 'Nouvelle clé d’API' });
    await keyDialog.getByRole('textbox', { name: 'Nom de la clé' }).fill('Site de la mairie');
    await keyDialog.getByRole('button', { name: 'Créer la clé' }).click();
    const secret = page.getByTestId('api-key-secret').getByRole('textbox');
    await expect.poll(() => secret.inputValue()).toMatch(/^key_/);
    await page.getByRole('button', { name: 'J’ai copié la clé' }).click();
    await page
      .getByTestId('api-keys')
      .getByRole('row', { name: /Site de la mairie/ })
      .waitFor();
    await checkPage(page, 'admin-settings-keys');
  });

  it('shows jobs and colleagues’ changes live on the activity page', async () => {
    await navigate(page, 'Activité');
    await page.getByRole('heading', { name: 'Activité', level: 1 }).waitFor();
    await page.getByTestId('jobs').waitFor();
    await checkPage(page, 'admin-activity');
    const before = await page.getByTestId('job').count();
    // A colleague regenerates a file and publishes an act: both appear without reloading.
    await platform.graphql(
      `mutation { regenerateDataset(siren: "${SIREN}", year: 2024) }`,
      {},
      token,
    );
    const act = await createAct(platform, token, {
      siren: SIREN,
      number: 'D2025-101',
      subject: 'Voirie',
    });
    await platform.graphql(
      'mutation($ids: [ID!]!) { publishActs(ids: $ids) { updated { id } } }',
      { ids: [act] },
      token,
    );
    await expect
      .poll(() => page.getByTestId('job').count(), { timeout: 15_000 })
      .toBeGreaterThan(before);
    const job = page
      .getByTestId('job')
      .filter({ hasText: 'Génération d’un jeu de données' })
      .first();
    await job.getByText('Terminée').waitFor({ timeout: 20_000 });
    await page
      .getByTestId('live-feed')
      .getByText('Acte publié')
      .first()
      .waitFor({ timeout: 15_000 });
  });

  it('links a file blocked by a missing SIRET to the settings; a link to a tab opens that tab', async () => {
    await createOrganization(platform, token, '200012342', 'Syndicat sans SIRET');
    await createAct(platform, token, {
      siren: '200012342',
      number: 'S2025-001',
      subject: 'Adhésion',
      publish: true,
    });
    await page.getByRole('combobox', { name: 'Collectivité' }).fill('sans SIRET');
    await page.getByRole('option', { name: /Syndicat sans SIRET/ }).click();
    await navigate(page, 'Jeux de données');
    const card = page.getByTestId('dataset').filter({ hasText: 'Délibérations 2025' });
    await eventually('the blocked 2025 file', async () => {
      if (await card.count()) {
        return true;
      }
      await page.reload();
      return false;
    });
    await card.getByText('Pas de fichier : le SIRET manque.').waitFor();
    await card.getByRole('link', { name: 'Renseigner le SIRET dans les paramètres' }).click();
    await page.getByRole('heading', { name: 'Paramètres', level: 1 }).waitFor();
    await page.getByRole('textbox', { name: 'SIRET' }).waitFor();

    // Loaded directly, ?onglet=membres shows the members, not the first tab.
    await page.goto(`${platform.url}/admin/parametres?onglet=membres`);
    await page.getByRole('button', { name: 'Ajouter un membre' }).waitFor();
    expect(await page.getByRole('tab', { name: 'Membres' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    expect(new URL(page.url()).searchParams.get('onglet')).toBe('membres');
  });

  it('had no console error or failed request', () => {
    expect(problems).toEqual([]);
  });
});
