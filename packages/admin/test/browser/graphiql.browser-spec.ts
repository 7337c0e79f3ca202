import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  launchBrowser,
  openPage,
  screenshots,
  watchProblems,
  ADMIN_EMAIL,
  startPlatform,
  type Platform,
} from '@opendata/worker/testing';

const ORG = { siren: '200046977', name: 'Syndicat mixte de Test' };

describe('self-hosted GraphiQL at /graphql', () => {
  let platform: Platform;
  let browser: Browser;
  let page: Page;
  /** Every frame the page sends on a /graphql WebSocket, from the first one (a socket may be
   * opened before the subscription test starts, so the listener is set with the page). */
  const sent: string[] = [];
  let problems: string[];
  const external: string[] = [];

  beforeAll(async () => {
    platform = await startPlatform();
    const token = await platform.adminToken();
    await platform.graphql(
      'mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }',
      { input: ORG },
      token,
    );
    browser = await launchBrowser();
    page = await openPage(browser);
    page.on('websocket', (ws) => {
      if (ws.url().endsWith('/graphql')) {
        ws.on('framesent', (f) => sent.push(String(f.payload)));
      }
    });
    problems = watchProblems(page);
    // Works offline: any request leaving the platform's origin is recorded and blocked.
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(platform.url) || url.startsWith('data:')) {
        return route.continue();
      }
      external.push(url);
      return route.abort();
    });
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  it('renders GraphiQL with a French title and no external request', async () => {
    await page.goto(`${platform.url}/graphql`, { waitUntil: 'networkidle' });
    expect(await page.title()).toBe('Explorateur GraphQL · API open data');
    await page.locator('.graphiql-container').waitFor();
    await page.locator('.graphiql-query-editor .CodeMirror').waitFor();
    expect(external).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await screenshots(page, 'graphiql');
  });

  it('runs a query typed in the editor', async () => {
    await setQuery(page, `{ publicOrganization(siren: "${ORG.siren}") { name } }`);
    await run(page);
    await expect.poll(() => responseText(page), { timeout: 10_000 }).toContain(ORG.name);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('sends the Authorization header set in the headers editor', async () => {
    const token = await platform.adminToken();
    await setQuery(page, '{ me { email } }');
    await setHeaders(page, { Authorization: `Bearer ${token}` });
    await run(page);
    await expect.poll(() => responseText(page), { timeout: 10_000 }).toContain(ADMIN_EMAIL);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('runs a subscription right after pasting it, over WebSocket with the header in connectionParams', async () => {
    const token = await platform.adminToken();
    const posted: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().endsWith('/graphql')) {
        posted.push(r.postData() ?? '');
      }
    });
    await setHeaders(page, { Authorization: `Bearer ${token}` });
    // Pasted over the previous query and run at once: GraphiQL's parsed document is still the
    // old one at that moment.
    await setQuery(page, 'subscription { depositProcessed { depositId status errorCode } }');
    await run(page);
    const subscribed = () => sent.some((f) => f.includes('"subscribe"'));
    await expect.poll(subscribed, { timeout: 20_000 }).toBe(true);
    expect(posted.filter((b) => b.includes('subscription'))).toEqual([]);
    const init = JSON.parse(sent.find((f) => f.includes('connection_init'))!) as {
      payload: { authorization: string };
    };
    expect(init.payload.authorization).toBe(`Bearer ${token}`);

    // A deposit that is not a zip: the platform quarantines it and announces it.
    const incoming = path.join(platform.dataDir, 'deposits', 'incoming');
    await mkdir(incoming, { recursive: true });
    await writeFile(path.join(incoming, 'pas-un-zip.zip'), 'ceci n’est pas une archive');
    await expect.poll(() => responseText(page), { timeout: 30_000 }).toContain('depositId');
    await run(page); // stop the subscription
  });

  it('offers the Explorer plugin to build a query by ticking fields', async () => {
    await page.getByRole('button', { name: 'Show GraphiQL Explorer' }).click();
    await page.locator('.graphiql-explorer-root').waitFor();
    // The current operation's fields, ticked; « Add new Query » lists every query to tick.
    await expect
      .poll(() => page.locator('.graphiql-explorer-root').innerText())
      .toContain('depositProcessed');
    await page
      .getByRole('combobox', { name: 'Type de la nouvelle opération' })
      .selectOption('query');
    await page.getByRole('button', { name: 'Ajouter une opération de ce type' }).click();
    await expect
      .poll(() => page.locator('.graphiql-explorer-root').innerText())
      .toContain('publicOrganization');
    expect(await axeViolations(page)).toEqual([]);
    await screenshots(page, 'graphiql-explorer');
  });

  it('had no console error, failed request or external request', () => {
    expect(problems).toEqual([]);
    expect(external).toEqual([]);
  });
});

async function setEditor(page: Page, selector: string, value: string) {
  await page
    .locator(selector)
    .first()
    .evaluate((el, v) => {
      (el as unknown as { CodeMirror: { setValue(v: string): void } }).CodeMirror.setValue(v);
    }, value);
}

function setQuery(page: Page, query: string) {
  return setEditor(page, '.graphiql-query-editor .CodeMirror', query);
}

async function setHeaders(page: Page, headers: Record<string, string>) {
  await page.getByRole('button', { name: 'Headers', exact: true }).click();
  await setEditor(
    page,
    '.graphiql-editor-tool .graphiql-editor:not(.hidden) .CodeMirror',
    JSON.stringify(headers),
  );
}

async function run(page: Page) {
  await page.locator('.graphiql-execute-button').click();
}

function responseText(page: Page) {
  return page.locator('.graphiql-response').innerText();
}
