import { it } from 'vitest';
import { createAct, createOrganization, signIn } from '../support/admin';
import { launchBrowser, openPage } from '../support/browser';
import { startPlatform } from '../support/platform';

it('debug', async () => {
  const platform = await startPlatform();
  const token = await platform.adminToken();
  await createOrganization(platform, token, '213502388', 'Commune de Test');
  const id = await createAct(platform, token, {
    siren: '213502388',
    number: 'X1',
    subject: 'Sujet',
    publish: true,
    annex: true,
  });
  const browser = await launchBrowser();
  const page = await openPage(browser);
  page.on('console', (m) => console.log('console', m.type(), m.text()));
  await signIn(page, platform);
  await page.goto(`${platform.url}/admin/marque-blanche`);
  await page.waitForTimeout(3000);
  const pending = new Set<string>();
  page.on('request', (r) => pending.add(r.url()));
  page.on('requestfinished', (r) => pending.delete(r.url()));
  page.on('requestfailed', (r) => pending.delete(r.url()));
  await page.getByRole('textbox', { name: 'Titre du widget' }).fill('Délibérations');
  await page.getByRole('textbox', { name: 'Couleur du texte' }).fill('#999999');
  await page.getByRole('textbox', { name: 'Couleur du texte' }).fill('#1a1a1a');
  await page.waitForTimeout(4000);
  console.log('pending', [...pending]);
  page.on('request', (r) =>
    console.log('req', r.method(), r.url().slice(0, 150), r.postData()?.slice(0, 60)),
  );
  await page.waitForTimeout(4000);
  await browser.close();
  await platform.stop();
}, 120_000);
