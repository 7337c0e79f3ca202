import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganization, eventually, navigate, signIn } from '../support/admin';
import {
  axeViolations,
  launchBrowser,
  openPage,
  screenshots,
  startPlatform,
  watchProblems,
  type Platform,
} from '@opendata/worker/testing';

const ORG = { siren: '213502388', name: 'Commune de Vitré-sur-Test' };
const MEMBER = { email: 'nina.nouvelle@vitre.test', name: 'Nina Nouvelle' };

/** No axe-core violation at 360 and at 1280 px, then screenshots at both widths. */
async function checkBoth(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => undefined);
  const original = page.viewportSize() ?? { width: 1280, height: 800 };
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await page.waitForTimeout(300);
    expect(await axeViolations(page), `${name} at ${width} px: axe-core`).toEqual([]);
  }
  await page.setViewportSize(original);
  await screenshots(page, name);
}

/** A quoted-printable body decoded (soft breaks, =XX bytes, then UTF-8). */
function decodeQuotedPrintable(raw: string): string {
  const soft = raw.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < soft.length; i++) {
    const hex = soft.slice(i + 1, i + 3);
    if (soft[i] === '=' && /^[0-9A-F]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(soft.charCodeAt(i));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** The link of the latest mail to `to` whose text matches, read from DATA_DIR/mail/*.eml. */
async function linkFromMail(platform: Platform, to: string, body: RegExp): Promise<string> {
  const dir = path.join(platform.dataDir, 'mail');
  let link = '';
  await eventually(`a mail « ${body.source} » to ${to} in ${dir}`, async () => {
    const names = (await readdir(dir).catch(() => [] as string[]))
      .filter((n) => n.endsWith('.eml'))
      .sort()
      .reverse();
    for (const name of names) {
      const raw = await readFile(path.join(dir, name), 'utf8');
      const decoded = decodeQuotedPrintable(raw);
      if (
        new RegExp(`^To: ${to.replace(/\./g, '\\.')}\\r?$`, 'm').test(raw) &&
        body.test(decoded)
      ) {
        link = /https?:\/\/\S+#jeton=[A-Za-z0-9_-]+/.exec(decoded)?.[0] ?? '';
        return !!link;
      }
    }
    return false;
  });
  return link;
}

describe('accounts by e-mail in a browser, against the built platform', () => {
  let platform: Platform;
  let browser: Browser;
  let operator: Page;
  let member: Page;
  let problems: string[][];

  beforeAll(async () => {
    platform = await startPlatform();
    await createOrganization(platform, await platform.adminToken(), ORG.siren, ORG.name);
    browser = await launchBrowser();
    operator = await openPage(browser);
    member = await openPage(browser);
    problems = [watchProblems(operator), watchProblems(member)];
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  it('an operator adds a member by e-mail: a clear confirmation, the invitation pending, an .eml file', async () => {
    await signIn(operator, platform);
    await navigate(operator, 'Paramètres');
    await operator.getByRole('tab', { name: 'Membres' }).click();
    await operator.getByTestId('members-empty').waitFor();
    await checkBoth(operator, 'accounts-members-empty');
    await operator.getByRole('button', { name: 'Ajouter un membre' }).click();
    const dialog = operator.getByRole('dialog', { name: 'Ajouter un membre' });
    await dialog.getByLabel('Adresse e-mail').fill(MEMBER.email);
    await dialog.getByLabel('Nom affiché').fill(MEMBER.name);
    // No single sign-on on this platform: the dialog does not mention it.
    expect(await dialog.getByTestId('invite-explained').innerText()).not.toContain(
      'authentification unique',
    );
    await checkBoth(operator, 'accounts-add-member');
    await dialog.getByRole('button', { name: 'Ajouter' }).click();
    const note = operator.getByTestId('notification');
    await expect
      .poll(() => note.innerText())
      .toBe(
        `Invitation envoyée à ${MEMBER.email}. ${MEMBER.name} rejoindra la collectivité en suivant le lien reçu par e-mail (valable 7 jours).`,
      );
    await operator.getByTestId('invitations').getByText(MEMBER.email, { exact: true }).waitFor();
    await checkBoth(operator, 'accounts-invitation-pending');
    expect(await linkFromMail(platform, MEMBER.email, /invité à rejoindre/)).toMatch(
      new RegExp(`^${platform.url}/admin/invitation#jeton=inv_`),
    );
  });

  it('the member chooses a password through the link, then signs in', async () => {
    const link = await linkFromMail(platform, MEMBER.email, /invité à rejoindre/);
    await member.goto(link);
    await member.getByTestId('invitation-summary').waitFor();
    expect(await member.getByTestId('invitation-summary').innerText()).toContain(ORG.name);
    // The token left the address bar at once.
    expect(new URL(member.url()).hash).toBe('');
    await checkBoth(member, 'accounts-invitation');
    await member.getByLabel('Mot de passe', { exact: true }).fill('mon-premier-mdp');
    await member.getByLabel('Confirmez le mot de passe').fill('mon-premier-mdp');
    await member.getByRole('button', { name: 'Créer mon compte' }).click();
    await member.getByText('Invitation acceptée : connectez-vous').waitFor();
    expect(await member.getByLabel('Adresse e-mail').inputValue()).toBe(MEMBER.email);
    await member.getByLabel('Mot de passe').fill('mon-premier-mdp');
    await member.getByRole('button', { name: 'Se connecter' }).click();
    await member.getByRole('heading', { name: 'Tableau de bord' }).waitFor();
    // The link served once.
    await member.goto(link);
    await member.getByTestId('invitation-invalid').waitFor();
  });

  it('a member changes their password from the user menu', async () => {
    await member.goto(`${platform.url}/admin/`);
    await member.getByRole('button', { name: `Compte de ${MEMBER.name}` }).click();
    await member.getByText('Changer mon mot de passe', { exact: true }).click();
    const dialog = member.getByRole('dialog', { name: 'Changer mon mot de passe' });
    await dialog.getByLabel('Mot de passe actuel').fill('mon-premier-mdp');
    await dialog.getByLabel('Nouveau mot de passe').fill('mon-deuxieme-mdp');
    await dialog.getByLabel('Confirmez le mot de passe').fill('mon-deuxieme-mdp');
    await checkBoth(member, 'accounts-change-password');
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await expect
      .poll(() => member.getByTestId('notification').innerText())
      .toBe('Mot de passe changé. Vos autres sessions ont été fermées.');
  });

  it('a forgotten password is reset through the e-mailed link', async () => {
    await member.evaluate(() => localStorage.clear());
    await member.goto(`${platform.url}/admin/connexion`);
    await member.getByRole('link', { name: 'Mot de passe oublié ?' }).click();
    await member.getByRole('heading', { name: 'Mot de passe oublié' }).waitFor();
    await member.getByLabel('Adresse e-mail').fill(MEMBER.email);
    await checkBoth(member, 'accounts-forgot-password');
    await member.getByRole('button', { name: 'Recevoir un lien' }).click();
    await member.getByTestId('reset-sent').waitFor();
    await checkBoth(member, 'accounts-forgot-password-sent');
    const link = await linkFromMail(
      platform,
      MEMBER.email,
      /choisir un nouveau mot de passe, ouvrez ce lien/,
    );
    await member.goto(link);
    await member.getByRole('heading', { name: 'Choisir un nouveau mot de passe' }).waitFor();
    await checkBoth(member, 'accounts-new-password');
    await member.getByLabel('Nouveau mot de passe').fill('mon-troisieme-mdp');
    await member.getByLabel('Confirmez le mot de passe').fill('mon-troisieme-mdp');
    await member.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
    await member.getByText('Votre mot de passe est enregistré').waitFor();
    await member.getByLabel('Adresse e-mail').fill(MEMBER.email);
    await member.getByLabel('Mot de passe').fill('mon-troisieme-mdp');
    await member.getByRole('button', { name: 'Se connecter' }).click();
    await member.getByRole('heading', { name: 'Tableau de bord' }).waitFor();
  });

  it('the operator reads the mails written to files in « Courriels envoyés »', async () => {
    await operator.goto(`${platform.url}/admin/`);
    await operator.getByRole('heading', { name: 'Tableau de bord' }).waitFor();
    await navigate(operator, 'Courriels envoyés');
    await operator.getByRole('heading', { name: 'Courriels envoyés' }).waitFor();
    const list = operator.getByTestId('sent-mails');
    await expect.poll(() => list.getByRole('button').count()).toBe(2);
    await list.getByRole('button').first().click();
    await operator.getByText('Choisir un nouveau mot de passe').first().waitFor();
    await checkBoth(operator, 'accounts-sent-mails');
  });

  it('had no console error or failed request', () => {
    expect(problems.flat()).toEqual([]);
  });
});
