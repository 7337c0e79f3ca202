/**
 * Budget widget benchmark (on demand, not a test): time to the first chart painted, in Chromium,
 * on localhost, against the BUILT platform (`pnpm run build` first). Imports the real Crach TOTEM
 * files (BP 2022, CA 2021) through the deposit path, then loads `/widgets/budget/?siren=…` R
 * times and prints the times from navigation start to first contentful paint and to the first
 * chart drawn (the expenses doughnut: documents, then breakdown, then chart.js).
 *
 *   npx tsx bench/budget-widget-bench.ts [--rounds 20]
 *
 * Cold = a fresh browser context each round (nothing cached); warm = the same context.
 * Target (issue #15): first chart painted ≤ 1.5 s p95.
 */
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { CRACH_SIREN, buildBudgetDeposit, totemBytes, writeDeposit } from '@opendata/api/fixtures';
import { startHostSite, startPlatform, waitFor } from '@opendata/worker/testing';

const args = process.argv.slice(2);
const i = args.indexOf('--rounds');
const ROUNDS = i >= 0 ? Number(args[i + 1]) : 20;

/** In the widget page: when a chart canvas exists (chart.js draws it on mount), wait for paint. */
const PROBE = `(() => {
  const mark = () => requestAnimationFrame(() => setTimeout(() => {
    window.__firstChart = performance.now();
  }));
  new MutationObserver((_, obs) => {
    if (document.querySelector('.budget-canvas canvas')) { obs.disconnect(); mark(); }
  }).observe(document, { childList: true, subtree: true });
})();`;

interface Sample {
  fcp: number;
  chart: number;
}

async function measure(context: BrowserContext, url: string, embedded: boolean): Promise<Sample> {
  const page = await context.newPage();
  await page.goto(url);
  const frame = () =>
    embedded ? page.frames().find((f) => f.url().includes('/widgets/budget/')) : page.mainFrame();
  const chart = await waitFor(async () => {
    const f = frame();
    const t = await f?.evaluate(() => (globalThis as { __firstChart?: number }).__firstChart);
    if (t !== undefined && embedded && f) {
      const [hostOrigin, frameOrigin] = await Promise.all([
        page.evaluate(() => performance.timeOrigin),
        f.evaluate(() => performance.timeOrigin),
      ]);
      return t + (frameOrigin - hostOrigin);
    }
    return t;
  }, 'first chart');
  const fcp = await page.evaluate(
    () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
  );
  await page.close();
  return { fcp, chart };
}

function stats(values: number[]) {
  const s = [...values].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
  return `p50 ${at(0.5).toFixed(0)} ms · p95 ${at(0.95).toFixed(0)} ms · max ${s.at(-1)!.toFixed(0)}`;
}

const platform = await startPlatform({ RATE_LIMIT_ANONYMOUS: '100000' });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const site = await startHostSite(platform.url);
try {
  const token = await platform.adminToken();
  await platform.graphql(
    'mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }',
    { i: { siren: CRACH_SIREN, name: 'Commune de Crach' } },
    token,
  );
  const incoming = path.join(platform.dataDir, 'deposits', 'incoming');
  await writeDeposit(incoming, await buildBudgetDeposit(totemBytes('BP_2022')), 'bp.zip');
  await writeDeposit(
    incoming,
    await buildBudgetDeposit(totemBytes('CA_2021'), { number: 'BUDGET_2021_CA' }),
    'ca.zip',
  );
  await waitFor(async () => {
    const d = await platform.graphql<{ budgetDocuments: unknown[] }>(
      'query($s: String!) { budgetDocuments(siren: $s) { id } }',
      { s: CRACH_SIREN },
    );
    return d.budgetDocuments.length >= 2;
  }, 'budget documents');

  const url = `${platform.url}/widgets/budget/?siren=${CRACH_SIREN}`;
  const runs: [string, string, boolean, boolean][] = [
    ['cold, direct', url, false, false],
    ['warm, direct', url, true, false],
    ['cold, embedded (host on another origin)', site.page(url), false, true],
  ];
  for (const [label, target, warm, embedded] of runs) {
    const shared = warm ? await browser.newContext() : undefined;
    if (shared) {
      await shared.addInitScript(PROBE);
      await measure(shared, target, embedded);
    }
    const samples: Sample[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      const context = shared ?? (await browser.newContext());
      if (!shared) {
        await context.addInitScript(PROBE);
      }
      samples.push(await measure(context, target, embedded));
      if (!shared) {
        await context.close();
      }
    }
    await shared?.close();
    process.stdout.write(
      `${label.padEnd(40)} first chart painted: ${stats(samples.map((s) => s.chart))}` +
        `  (FCP ${stats(samples.map((s) => s.fcp))})\n`,
    );
  }
} finally {
  await browser.close();
  await site.close();
  await platform.stop();
}
