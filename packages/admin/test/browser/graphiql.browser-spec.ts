import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchBrowser, screenshots, watchProblems } from '../support/browser';
import { startPlatform, type Platform } from '../support/platform';

const ORG = { siren: '200046977', name: 'Syndicat mixte de Test' };

describe('self-hosted GraphiQL at /graphql', () => {
  let platform: Platform;
  let browser: Browser;
  let page: Page;
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
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
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
    await page.getByRole('button', { name: /Execute query/i }).click();
    const response = page.locator('.graphiql-response');
    await expect.poll(() => response.innerText(), { timeout: 10_000 }).toContain(ORG.name);
  });

  it('sends the Authorization header set in the headers editor', async () => {
    const token = await platform.adminToken();
    await setQuery(page, '{ me { email } }');
    await page.getByRole('button', { name: /^headers$/i }).click();
    await setEditor(page, '.graphiql-editor-tool .CodeMirror', `{"Authorization": "Bearer ${token}"}`);
    await page.getByRole('button', { name: /Execute query/i }).click();
    const response = page.locator('.graphiql-response');
    await expect.poll(() => response.innerText(), { timeout: 10_000 }).toContain('@');
  });

  it('had no console error, failed request or external request', () => {
    expect(problems).toEqual([]);
    expect(external).toEqual([]);
  });
});

async function setEditor(page: Page, selector: string, value: string) {
  await page.locator(selector).first().evaluate((el, v) => {
    (el as unknown as { CodeMirror: { setValue(v: string): void } }).CodeMirror.setValue(v);
  }, value);
}

function setQuery(page: Page, query: string) {
  return setEditor(page, '.graphiql-query-editor .CodeMirror', query);
}
