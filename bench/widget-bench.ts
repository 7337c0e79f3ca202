/**
 * Acts widget benchmark (on demand, not a test): time to first results painted, in Chromium, on
 * localhost, against the BUILT platform (`pnpm run build` first). Seeds N published acts through
 * the real deposit path, then loads `/widgets/actes/?siren=…` R times and prints the times from
 * navigation start to first contentful paint and to the first result cards painted.
 *
 *   npx tsx bench/widget-bench.ts [--acts 100] [--rounds 10]
 *
 * Cold = a fresh browser context each round (nothing cached); warm = the same context (assets
 * from the HTTP cache, as for a citizen coming back). Embedded = through a host page on another
 * origin with the documented snippet, timed from the host page's navigation start.
 */
import { chromium, type BrowserContext } from 'playwright-core';
import {
  SIREN,
  dropDeposit,
  filler,
  publicCount,
  waitFor,
  startHostSite,
  startPlatform,
} from '@opendata/worker/testing';

const args = process.argv.slice(2);
const arg = (name: string, def: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : def;
};
const ACTS = arg('acts', 100);
const ROUNDS = arg('rounds', 10);

/** Runs in the widget page: when the first result card exists, waits for the frame to paint. */
const PROBE = `(() => {
  const mark = () => requestAnimationFrame(() => setTimeout(() => {
    window.__firstResults = performance.now();
  }));
  new MutationObserver((_, obs) => {
    if (document.querySelector('.card')) { obs.disconnect(); mark(); }
  }).observe(document, { childList: true, subtree: true });
})();`;

interface Sample {
  fcp: number;
  results: number;
}

async function measure(context: BrowserContext, url: string, embedded: boolean): Promise<Sample> {
  const page = await context.newPage();
  await page.goto(url);
  const frame = async () =>
    embedded ? page.frames().find((f) => f.url().includes('/widgets/actes/')) : page.mainFrame();
  const results = await waitFor(async () => {
    const f = await frame();
    const t = await f?.evaluate(
      () => (globalThis as unknown as { __firstResults?: number }).__firstResults,
    );
    // In the iframe, convert to the host page's clock (both are ms since their own time origin).
    if (t !== undefined && embedded && f) {
      const [hostOrigin, frameOrigin] = await Promise.all([
        page.evaluate(() => performance.timeOrigin),
        f.evaluate(() => performance.timeOrigin),
      ]);
      return t + (frameOrigin - hostOrigin);
    }
    return t;
  }, 'first results');
  const fcp = await page.evaluate(
    () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
  );
  await page.close();
  return { fcp, results };
}

function stats(values: number[]) {
  const s = [...values].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
  return `p50 ${at(0.5).toFixed(0)} ms · p95 ${at(0.95).toFixed(0)} ms · min ${s[0]!.toFixed(0)} · max ${s.at(-1)!.toFixed(0)}`;
}

const platform = await startPlatform({ RATE_LIMIT_ANONYMOUS: '100000' });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const site = await startHostSite(platform.url);
try {
  const started = Date.now();
  for (const act of filler(ACTS)) {
    await dropDeposit(platform, act);
  }
  await waitFor(async () => (await publicCount(platform)) >= ACTS, 'published acts');
  process.stdout.write(
    `seeded ${ACTS} published acts in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
  );

  const url = `${platform.url}/widgets/actes/?siren=${SIREN}`;
  const runs: [string, string, boolean, boolean][] = [
    ['cold, direct', url, false, false],
    ['warm, direct', url, true, false],
    ['cold, text query', `${url}&recherche=travaux%20voirie`, false, false],
    ['cold, embedded (host on another origin)', site.page(url), false, true],
  ];
  for (const [label, target, warm, embedded] of runs) {
    const shared = warm ? await browser.newContext() : undefined;
    if (shared) {
      await shared.addInitScript(PROBE);
      await measure(shared, target, embedded); // fill the cache
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
      `${label.padEnd(40)} first results painted: ${stats(samples.map((s) => s.results))}` +
        `  (FCP ${stats(samples.map((s) => s.fcp))})\n`,
    );
  }
} finally {
  await browser.close();
  await site.close();
  await platform.stop();
}
