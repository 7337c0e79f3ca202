// The operator's day, against the built platform: organisations (create with a checked SIREN,
// check one created from a deposit), failed deposits closed or replaced by a corrected zip, and
// an unknown admin address.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badDeposits, buildDeposit } from '@opendata/api/fixtures';
import { checkPage, eventually, navigate, signIn } from '../support/admin';
import {
  launchBrowser,
  openPage,
  startPlatform,
  watchProblems,
  type Platform,
} from '@opendata/worker/testing';

const UNKNOWN = '200066462';

describe('the operator in the admin', () => {
  let platform: Platform;
  let browser: Browser;
  let page: Page;
  let problems: string[];
  const incoming = () => path.join(platform.dataDir, 'deposits', 'incoming');

  beforeAll(async () => {
    platform = await startPlatform();
    browser = await launchBrowser();
    page = await openPage(browser);
    problems = watchProblems(page);
    await signIn(page, platform);
  });
  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  it('creates an organisation, its SIREN checked with its key while typing', async () => {
    await navigate(page, 'Collectivités');
    await page.getByRole('heading', { name: 'Collectivités', level: 1 }).waitFor();
    await page.getByTestId('org-create').click();
    const dialog = page.getByRole('dialog', { name: 'Nouvelle collectivité' });
    await dialog.getByLabel('SIREN').fill('215600462');
    await dialog.getByText(/clé de contrôle est fausse/).waitFor();
    expect(await dialog.getByTestId('org-save').isDisabled()).toBe(true);
    await dialog.getByLabel('SIREN').fill('215600461');
    await dialog.getByLabel('Nom').fill('Commune de Crach');
    await dialog.getByLabel(/SIRET/).fill('21560046100085');
    await dialog.getByTestId('org-save').click();
    await page.getByText('Collectivité « Commune de Crach » créée.').waitFor();
    await page.getByRole('row', { name: /Commune de Crach/ }).waitFor();
    await checkPage(page, 'admin-organizations');
  });

  it('lists an organisation created from a deposit first, « à vérifier », until its open data is on', async () => {
    await writeFile(
      path.join(incoming(), 'inconnu.zip'),
      await buildDeposit({ metadata: { siren: UNKNOWN, entity_name: 'Syndicat inconnu' } }),
    );
    await eventually('the organisation created from the deposit', async () => {
      await page.reload();
      return (await page.getByRole('row', { name: /Syndicat inconnu/ }).count()) > 0;
    });
    await page
      .getByRole('row', { name: /Syndicat inconnu/ })
      .getByText('À vérifier')
      .waitFor();
    const row = page.getByRole('row', { name: /Syndicat inconnu/ });
    expect(await row.getByText('Désactivé').isVisible()).toBe(true);
    await row.getByRole('button', { name: /Modifier Syndicat inconnu/ }).click();
    const dialog = page.getByRole('dialog', { name: /Modifier Syndicat inconnu/ });
    await dialog.getByLabel(/Open data actif/).check();
    await dialog.getByTestId('org-save').click();
    await row.getByText('Actif').waitFor();
    await expect.poll(() => row.getByText('À vérifier').count()).toBe(0);
  });

  it('closes one failure with a reason and replaces another with a corrected zip', async () => {
    await writeFile(path.join(incoming(), 'a-clore.zip'), await badDeposits.truncatedZip());
    await writeFile(path.join(incoming(), 'a-corriger.zip'), await badDeposits.noMetadata());
    await navigate(page, 'Dépôts');
    await page.getByRole('checkbox', { name: /Toutes les collectivités/ }).check();
    await page
      .getByRole('row', { name: /a-corriger\.zip/ })
      .getByText('En échec')
      .waitFor({ timeout: 20_000 });
    await page
      .getByRole('row', { name: /a-clore\.zip/ })
      .getByText('En échec')
      .waitFor();

    await page.getByRole('button', { name: 'Clore l’échec du dépôt a-clore.zip' }).click();
    const close = page.getByRole('dialog', { name: 'Clore l’échec du dépôt' });
    await close.getByLabel('Raison').fill('Dépôt de test envoyé par erreur');
    await close.getByTestId('resolve-submit').click();
    await page
      .getByRole('row', { name: /a-clore\.zip/ })
      .getByTestId('deposit-closed')
      .waitFor();

    await page.getByRole('button', { name: 'Zip corrigé pour le dépôt a-corriger.zip' }).click();
    const replace = page.getByRole('dialog', { name: 'Envoyer un dépôt corrigé' });
    await replace.locator('input[type=file]').setInputFiles({
      name: 'a-corriger-v2.zip',
      mimeType: 'application/zip',
      buffer: await buildDeposit({ metadata: { numero_de_lacte: 'CORR_2025' } }),
    });
    await replace.getByTestId('resolve-submit').click();
    await page
      .getByRole('row', { name: /a-corriger-v2\.zip/ })
      .getByText('Traité')
      .waitFor({ timeout: 20_000 });
    await checkPage(page, 'admin-deposits-resolved');
    expect(problems).toEqual([]);
  });

  it('answers an unknown address with a French « page introuvable »', async () => {
    await page.goto(`${platform.url}/admin/nulle-part`);
    await page.getByRole('heading', { name: 'Page introuvable', level: 1 }).waitFor();
    await checkPage(page, 'admin-not-found');
  });
});
