// Chromium driven by playwright-core, plus axe-core and screenshot helpers, for every browser
// test and bench (admin, widgets).
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import {
  chromium,
  selectors,
  type Browser,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';
import { findChromium, NO_CHROMIUM } from './chromium.mjs';

/** Screenshots go to the calling package's test-results/ (gitignored). */
const resultsDir = path.resolve(process.cwd(), 'test-results');

/** CHROMIUM_PATH, else the first Chromium found (`npm test` sets CHROMIUM_PATH itself). */
export function chromiumPath(): string {
  const found = findChromium();
  if (!found) {
    throw new Error(NO_CHROMIUM);
  }
  return found;
}

export async function launchBrowser(): Promise<Browser> {
  // The admin marks test hooks with `data-test` (getByTestId).
  selectors.setTestIdAttribute('data-test');
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** A page in its own context (AxeBuilder needs a page made by `browser.newContext()`). */
export async function openPage(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'fr-FR',
    ...options,
  });
  const page = await context.newPage();
  // Fail fast: a journey step that takes 10 s is broken, not slow.
  page.setDefaultTimeout(10_000);
  return page;
}

/** Console errors and failed requests seen by a page (a clean page has none). */
export function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') {
      problems.push(`console: ${m.text()}`);
    }
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => {
    // A request the app cancels itself (a newer search replaced it, Apollo when variables change,
    // an iframe reloaded) is not a failure.
    if (r.failure()?.errorText !== 'net::ERR_ABORTED') {
      problems.push(`request failed: ${r.url()} (${r.failure()?.errorText ?? ''})`);
    }
  });
  return problems;
}

/** axe-core violations as readable lines (empty when the page passes). */
export async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.map((v) => {
    const where = v.nodes.map((n) => n.target.join(' ')).join(', ');
    const why = v.nodes[0]?.any[0]?.message ?? v.nodes[0]?.failureSummary ?? '';
    return `${v.id} (${v.impact}): ${v.help} — ${where} — ${why}`;
  });
}

/** Saves `<name>-360.png` and `<name>-1280.png` under test-results/ (gitignored). */
export async function screenshots(page: Page, name: string): Promise<void> {
  await mkdir(resultsDir, { recursive: true });
  const original = page.viewportSize() ?? { width: 1280, height: 800 };
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(resultsDir, `${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize(original);
}
