// Where a Chromium for the browser tests is: the one rule for `npm test` (scripts/run.mjs, plain
// Node, before anything is built) and the browser harness (browser.ts).
import { existsSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Usual places: Debian, Ubuntu, Google Chrome, then Playwright's own cache (newest first).
 * @param {NodeJS.ProcessEnv} env
 * @returns {string[]}
 */
export function chromiumCandidates(env = process.env) {
  const cache = env.PLAYWRIGHT_BROWSERS_PATH ?? path.join(os.homedir(), '.cache', 'ms-playwright');
  const fromCache = existsSync(cache)
    ? readdirSync(cache)
        .filter((d) => /^chromium(_headless_shell)?-\d+$/.test(d))
        .sort()
        .reverse()
        .flatMap((d) => [
          path.join(cache, d, 'chrome-linux64', 'chrome'),
          path.join(cache, d, 'chrome-linux', 'chrome'),
          path.join(cache, d, 'chrome-linux', 'headless_shell'),
        ])
    : [];
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/google-chrome',
    '/opt/google/chrome/chrome',
    ...fromCache,
  ];
}

/**
 * CHROMIUM_PATH when set, else the first usual place that exists, else undefined.
 * @param {NodeJS.ProcessEnv} env
 * @returns {string | undefined}
 */
export function findChromium(env = process.env) {
  if (env.CHROMIUM_PATH) {
    return env.CHROMIUM_PATH;
  }
  return chromiumCandidates(env).find((p) => existsSync(p));
}

export const NO_CHROMIUM =
  'No Chromium for the browser tests: install one (Debian: apt-get install chromium) or set CHROMIUM_PATH to its executable.';
