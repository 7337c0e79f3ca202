// Acts journeys against the built platform: decide a queue in bulk, open an act and withhold an
// annex, create an act with an upload; every page checked by axe-core and screenshotted.
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { minimalPdf } from '@opendata/api/fixtures';
import {
  checkPage,
  chooseOption,
  createAct,
  createOrganization,
  navigate,
  signIn,
} from '../support/admin';
import {
  axeViolations,
  launchBrowser,
  openPage,
  watchProblems,
  startPlatform,
  type Platform,
} from '@opendata/worker/testing';

const SIREN = '213502388';
const ORG = 'Commune de Vitré-sur-Test';

describe('acts in the admin', () => {
  let platform: Platform;
  let browser: Browser;
  let page: Page;
  let token: string;
  let problems: string[];
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    platform = await startPlatform();
    token = await platform.adminToken();
    await createOrganization(platform, token, SIREN, ORG, '21350238800019');
    for (const n of [1, 2, 3, 4]) {
      ids[`D${n}`] = await createAct(platform, token, {
        siren: SIREN,
        number: `D2025-00${n}`,
        subject: `Délibération à décider n° ${n}`,
      });
    }
    ids.published = await createAct(platform, token, {
      siren: SIREN,
      number: 'D2025-010',
      subject: 'Budget primitif 2025 voté',
      publish: true,
      annex: true,
    });
    browser = await launchBrowser();
    page = await openPage(browser);
    problems = watchProblems(page);
    await signIn(page, platform);
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  it('decides a queue of acts in bulk, with a confirmation, progress and a summary', async () => {
    await navigate(page, 'À statuer');
    await page.getByRole('heading', { name: 'À statuer', level: 1 }).waitFor();
    await expect.poll(() => page.getByTestId('acts-count').innerText()).toBe('4 actes à statuer');
    expect(page.url()).toContain('/admin/actes/a-statuer');
    await checkPage(page, 'admin-acts-to-decide');

    for (const n of [1, 2, 3]) {
      await page.getByRole('checkbox', { name: `Sélectionner l’acte D2025-00${n}` }).check();
    }
    await expect
      .poll(() => page.getByTestId('bulk-bar').innerText())
      .toContain('3 actes sélectionnés');
    await page.getByTestId('bulk-bar').getByRole('button', { name: 'Publier' }).click();
    const dialog = page.getByRole('dialog', { name: 'Publier 3 actes ?' });
    await dialog.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Publier' }).click();

    const summary = page.getByTestId('bulk-summary');
    await summary.getByText('3 actes publiés.').waitFor();
    // The propagation job (search index, public files) is followed live to its end.
    await summary
      .getByText('Propagation terminée : les changements sont en ligne.')
      .waitFor({ timeout: 20_000 });
    await expect.poll(() => page.getByTestId('acts-count').innerText()).toBe('1 acte à statuer');
    const left = await page.getByTestId('act-link').allInnerTexts();
    expect(left).toEqual(['Délibération à décider n° 4']);
  });

  it('takes the last act out of the queue, then undoes it', async () => {
    await page.getByRole('checkbox', { name: 'Sélectionner l’acte D2025-004' }).check();
    await page.getByTestId('bulk-bar').getByRole('button', { name: 'Retirer de la file' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Retirer de la file' }).click();
    await page.getByTestId('bulk-summary').getByText('1 acte retiré de la file.').waitFor();
    await expect
      .poll(() => page.getByTestId('acts-count').innerText())
      .toBe('Aucun acte à statuer');
    await page.getByTestId('bulk-undo').click();
    await page
      .getByTestId('bulk-summary')
      .getByText('Action annulée : 1 acte remis dans la file.')
      .waitFor();
    await expect.poll(() => page.getByTestId('acts-count').innerText()).toBe('1 acte à statuer');
  });

  it('shows a colleague’s change without reloading', async () => {
    await platform.graphql(
      'mutation($ids: [ID!]!) { publishActs(ids: $ids) { updated { id } } }',
      { ids: [ids.D4] },
      token,
    );
    await expect
      .poll(() => page.getByTestId('acts-count').innerText(), { timeout: 10_000 })
      .toBe('Aucun acte à statuer');
  });

  it('lists every publication with filters and sorting kept in the URL', async () => {
    await navigate(page, 'Toutes les publications');
    await page.getByRole('heading', { name: 'Toutes les publications', level: 1 }).waitFor();
    await expect.poll(() => page.getByTestId('acts-count').innerText()).toBe('5 actes au total');
    await page
      .getByRole('textbox', { name: 'Rechercher (objet, numéro, texte des PDF)' })
      .fill('budget');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('budget');
    await expect.poll(() => page.getByTestId('acts-count').innerText()).toBe('1 acte au total');
    // The engine of the citizens' search: a typo, and the words found marked in the PDF extract.
    await page
      .getByRole('textbox', { name: 'Rechercher (objet, numéro, texte des PDF)' })
      .fill('primitf');
    await expect.poll(() => page.getByTestId('acts-count').innerText()).toBe('1 acte au total');
    await expect
      .poll(() => page.getByTestId('acts-table').locator('mark').first().innerText(), {
        timeout: 10_000,
      })
      .toBe('primitif');
    await page.getByRole('textbox', { name: 'Rechercher (objet, numéro, texte des PDF)' }).fill('');
    await page.getByRole('columnheader', { name: 'Numéro', exact: true }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('tri')).toBe('NUMBER');
    await checkPage(page, 'admin-acts-all');
    await page.reload();
    await expect.poll(() => page.getByTestId('acts-count').innerText()).toBe('5 actes au total');
    expect(new URL(page.url()).searchParams.get('tri')).toBe('NUMBER');
  });

  it('opens an act, previews a document and withholds its annex', async () => {
    await page.getByRole('link', { name: 'Budget primitif 2025 voté' }).click();
    await page.getByRole('heading', { name: 'Acte D2025-010', level: 1 }).waitFor();
    const docs = page.getByTestId('document');
    await expect.poll(() => docs.count()).toBe(2);
    const annexUrl = await page
      .getByRole('link', { name: /Adresse publique d’Annexe D2025-010\.pdf/ })
      .getAttribute('href');
    expect((await fetch(annexUrl!)).status).toBe(200);

    await checkPage(page, 'admin-act-detail');
    await page.getByRole('button', { name: 'Aperçu de D2025-010.pdf' }).click();
    await page
      .getByRole('dialog', { name: 'Aperçu de « D2025-010.pdf »' })
      .getByTestId('document-preview')
      .waitFor();
    await page.getByRole('dialog').getByRole('button', { name: 'Fermer' }).click();

    const annexSwitch = page.getByRole('checkbox', {
      name: 'Publier l’annexe « Annexe D2025-010.pdf »',
    });
    expect(await annexSwitch.isChecked()).toBe(true);
    await annexSwitch.uncheck();
    await page
      .getByTestId('notification')
      .getByText('Annexe « Annexe D2025-010.pdf » retenue : elle ne sera pas publiée.')
      .waitFor();
    await docs
      .nth(1)
      .getByText(/Non public · Retenue/)
      .waitFor();
    // Public URLs are checked on every request: the annex is gone at once, the main PDF stays.
    expect((await fetch(annexUrl!)).status).toBe(404);
    await page.getByTestId('act-history').getByText('Annexe retenue').waitFor();
  });

  it('edits the subject, refusing an empty one', async () => {
    await page.getByRole('button', { name: 'Modifier l’objet' }).click();
    const field = page.getByLabel('Objet de l’acte');
    await field.fill('   ');
    await page.getByRole('button', { name: 'Enregistrer l’objet' }).click();
    await page.getByText('L’objet ne peut pas être vide.').waitFor();
    await field.fill('Budget primitif 2025 voté à l’unanimité');
    await page.getByRole('button', { name: 'Enregistrer l’objet' }).click();
    await expect
      .poll(() => page.getByTestId('act-subject').innerText())
      .toBe('Budget primitif 2025 voté à l’unanimité');
    await page.getByTestId('act-history').getByText('Modification de l’objet').waitFor();
  });

  it('creates an act with an uploaded PDF and annex', async () => {
    await page.goto(`${platform.url}/admin/actes/nouveau`);
    await page.getByRole('heading', { name: 'Ajouter un acte' }).waitFor();
    await page.getByRole('button', { name: 'Créer l’acte' }).click();
    await page.getByText('Le numéro est obligatoire.').waitFor();
    await page
      .getByTestId('file-problems')
      .getByText('Joignez le document principal (PDF).')
      .waitFor();
    await checkPage(page, 'admin-act-create');

    const dir = tmpdir();
    const main = path.join(dir, 'PV séance du 3 février.pdf');
    const annex = path.join(dir, 'Liste des présents.pdf');
    await writeFile(main, minimalPdf('Procès-verbal de la séance du 3 février 2025'));
    await writeFile(annex, minimalPdf('Liste des présents'));
    await page.getByLabel('Numéro de l’acte').fill('PV-2025-02');
    await page.getByLabel('Date de l’acte').fill('2025-02-03');
    await chooseOption(page, 'Nature', 'Hors contrôle de légalité');
    await page
      .getByLabel('Objet')
      .fill('Procès-verbal de la séance du conseil municipal du 3 février 2025');
    await page.getByTestId('main-file').locator('input[type="file"]').setInputFiles(main);
    await page.getByTestId('annex-files').locator('input[type="file"]').setInputFiles(annex);
    await page.getByRole('button', { name: 'Créer l’acte' }).click();
    await page.getByRole('heading', { name: 'Acte PV-2025-02', level: 1 }).waitFor();
    await page.getByTestId('notification').getByText('Acte PV-2025-02 créé.').waitFor();
    expect(await page.getByTestId('document').allInnerTexts()).toEqual([
      expect.stringContaining('PV séance du 3 février.pdf'),
      expect.stringContaining('Liste des présents.pdf'),
    ]);
  });

  it('had no console error or failed request', () => {
    expect(problems).toEqual([]);
  });
});
