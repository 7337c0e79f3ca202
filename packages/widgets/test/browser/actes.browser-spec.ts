import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  launchBrowser,
  openPage,
  screenshots,
  watchProblems,
} from '../support/browser';
import { startPlatform, type Platform } from '../support/platform';

const ACTIVE = { siren: '213502388', name: 'Commune de Vitré-sur-Test' };
const INACTIVE = { siren: '200046977', name: 'Syndicat sans open data' };

describe('acts widget in a browser, against the built platform', () => {
  let platform: Platform;
  let browser: Browser;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    platform = await startPlatform();
    const token = await platform.adminToken();
    for (const input of [ACTIVE, INACTIVE]) {
      await platform.graphql(
        'mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }',
        { input },
        token,
      );
    }
    await platform.graphql(
      'mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id } }',
      { input: { siren: INACTIVE.siren, openDataActive: false } },
      token,
    );
    browser = await launchBrowser();
    page = await openPage(browser);
    problems = watchProblems(page);
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  it('shows the organisation named by ?siren=, in French and accessible', async () => {
    await page.goto(`${platform.url}/widgets/actes/?siren=${ACTIVE.siren}`, {
      waitUntil: 'networkidle',
    });
    const name = page.locator('[data-test="organization-name"]');
    await name.waitFor();
    expect(await name.innerText()).toBe(ACTIVE.name);
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await page.title()).toBe(`Actes publiés · ${ACTIVE.name}`);
    expect(await axeViolations(page)).toEqual([]);
    await screenshots(page, 'widget-actes');
  });

  it('explains in French when the SIREN is unknown or its open data is off', async () => {
    for (const siren of ['999999999', INACTIVE.siren]) {
      await page.goto(`${platform.url}/widgets/actes/?siren=${siren}`, {
        waitUntil: 'networkidle',
      });
      const notice = page.locator('[data-test="unknown-siren"]');
      await notice.waitFor();
      expect(await notice.innerText()).toMatch(/inconnue ou n’a pas activé/);
      expect(await page.getByText(INACTIVE.name).count()).toBe(0);
    }
    expect(await axeViolations(page)).toEqual([]);
  });

  it('never shows a blank page for invalid parameters, and warns the integrator', async () => {
    const warnings: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'warning') {
        warnings.push(m.text());
      }
    });
    await page.goto(`${platform.url}/widgets/actes/?siren=abc&theme=fluo`, {
      waitUntil: 'networkidle',
    });
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').innerText()).toMatch(/paramètre « siren »/);
    expect(warnings.join('\n')).toMatch(/siren/);
    expect(warnings.join('\n')).toMatch(/theme/);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('tells its host page, on another origin, it is ready and how tall it is', async () => {
    const src = `${platform.url}/widgets/actes/?siren=${ACTIVE.siren}&theme=vert-tours`;
    const hostPage = `<!doctype html><html lang="fr"><head><title>Site de la commune</title></head>
      <body><script>window.received = [];
      addEventListener('message', (e) => window.received.push(e.data));</script>
      <iframe title="Actes publiés" style="border:0;width:100%" src="${src}"></iframe></body></html>`;
    const site = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(hostPage);
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    const host = await openPage(browser);
    try {
      await host.goto(`http://127.0.0.1:${(site.address() as AddressInfo).port}/`);
      const received = () =>
        host.evaluate(
          () => (window as unknown as { received: { type: string; height?: number }[] }).received,
        );
      await expect
        .poll(async () => (await received()).map((m) => m.type))
        .toEqual(expect.arrayContaining(['ready', 'resize']));
      const resize = (await received()).find((m) => m.type === 'resize');
      expect(resize).toMatchObject({ source: 'opendata-widget', version: 1, widget: 'actes' });
      expect(resize!.height).toBeGreaterThan(50);
    } finally {
      await host.close();
      site.close();
    }
  });

  it('had no console error or failed request', () => {
    expect(problems).toEqual([]);
  });
});
