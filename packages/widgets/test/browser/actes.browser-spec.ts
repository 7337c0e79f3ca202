import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Browser, Frame, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  NOTABLE,
  ORG_NAME,
  SIREN,
  actId,
  dropDeposit,
  filler,
  mainPdf,
  publicCount,
  unpublish,
  waitFor,
  axeViolations,
  launchBrowser,
  openPage,
  screenshots,
  watchProblems,
  startHostSite,
  type HostSite,
  startPlatform,
  type Platform,
} from '@opendata/worker/testing';

/** 3 notable public acts + 12 routine deliberations; the individual and unpublished ones are not. */
const PUBLIC_COUNT = 15;

describe('acts widget embedded on another origin, against the built platform', () => {
  let platform: Platform;
  let site: HostSite;
  let browser: Browser;
  let host: Page;
  let problems: string[];
  const ids: Record<string, string> = {};
  const widgetUrl = (query = '') => `${platform.url}/widgets/actes/?siren=${SIREN}${query}`;

  beforeAll(async () => {
    platform = await startPlatform({ RATE_LIMIT_ANONYMOUS: '100000' });
    const token = await platform.adminToken();
    for (const act of [...Object.values(NOTABLE), ...filler(12)]) {
      await dropDeposit(platform, act);
    }
    await waitFor(async () => (await publicCount(platform)) >= PUBLIC_COUNT + 1, 'published acts');
    for (const [key, act] of Object.entries(NOTABLE)) {
      ids[key] = await actId(platform, token, act.number);
    }
    await unpublish(platform, token, ids.unpublished!);
    await waitFor(async () => (await publicCount(platform)) === PUBLIC_COUNT, 'unpublication');
    site = await startHostSite(platform.url);
    browser = await launchBrowser();
    host = await openPage(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
    problems = watchProblems(host);
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await platform?.stop();
  });

  const widget = (page: Page = host): FrameLocator => page.frameLocator('iframe');
  const frameOf = (page: Page = host): Frame => {
    const frame = page.frames().find((f) => f.url().includes('/widgets/actes/'));
    if (!frame) {
      throw new Error('widget frame not found');
    }
    return frame;
  };
  const norm = (text: string) => text.replace(/\s+/g, ' ').trim();
  const countLocator = (page: Page = host) => widget(page).locator('[data-test="result-count"]');
  const count = (page: Page = host) => ({
    innerText: async () => norm(await countLocator(page).innerText()),
  });
  const titles = (page: Page = host) => widget(page).locator('.card__title').allInnerTexts();
  const embed = async (query = '', options: { script?: boolean } = {}) => {
    await host.goto(site.page(widgetUrl(query), options));
    await expect.poll(() => count().innerText()).toMatch(/trouvé/);
  };

  it('finds an act from a typo, in the PDF text, highlighted, and keeps the search in the URL', async () => {
    await embed();
    expect(await count().innerText()).toBe(`${PUBLIC_COUNT} actes trouvés.`);
    expect(await widget().getByText(ORG_NAME).count()).toBe(1);
    const field = widget().getByLabel('Rechercher dans les actes');
    await field.fill('mediateque');
    await expect.poll(() => count().innerText()).toBe('1 acte trouvé.');
    expect(await titles()).toEqual([NOTABLE.habitat.subject]);
    expect(await widget().locator('.card__excerpt mark').first().innerText()).toBe('médiathèque');
    expect(new URL(frameOf().url()).searchParams.get('recherche')).toBe('mediateque');

    await field.fill('Poterrie');
    await expect.poll(() => titles()).toEqual([NOTABLE.traffic.subject]);
    expect(await widget().locator('.card__title mark').innerText()).toBe('Poterie');
  });

  it('filters by nature, matière, year and both date ranges, with counts, and suggests what to change', async () => {
    await embed();
    const w = widget();
    expect(await w.getByLabel('Acte réglementaire (1)').count()).toBe(1);
    await w.getByLabel('Document budgétaire et financier (1)').check();
    await expect.poll(() => titles()).toEqual([NOTABLE.budget.subject]);
    // Disjunctive counts: the other natures still say what they would add.
    expect(await w.getByLabel('Délibération (13)').count()).toBe(1);
    expect(new URL(frameOf().url()).searchParams.get('nature')).toBe('5');
    await w
      .getByRole('button', { name: /Retirer le filtre « Nature : Document budgétaire/ })
      .click();
    await expect.poll(() => count().innerText()).toBe(`${PUBLIC_COUNT} actes trouvés.`);

    await w.getByLabel('Année de l’acte').selectOption('2022');
    await expect.poll(() => count().innerText()).toBe('12 actes trouvés.');
    await w.getByLabel('Matière', { exact: true }).selectOption('8');
    await w.getByLabel('Sous-matière').selectOption('8.3');
    await expect.poll(() => count().innerText()).toBe('12 actes trouvés.');
    expect(new URL(frameOf().url()).searchParams.get('classification')).toBe('8.3');
    await w.getByLabel('Matière', { exact: true }).selectOption('');
    await w.getByLabel('Année de l’acte').selectOption('');

    await w.locator('#acts-date-from').fill('2024-01-01');
    await expect.poll(() => count().innerText()).toBe('2 actes trouvés.');
    await w.locator('#acts-date-from').fill('');
    await expect.poll(() => count().innerText()).toBe(`${PUBLIC_COUNT} actes trouvés.`);

    // Everything was published today: nothing is published from tomorrow on.
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    await w.locator('#acts-published-from').fill(tomorrow);
    await expect.poll(() => count().innerText()).toBe('Aucun acte trouvé.');
    const empty = w.locator('[data-test="empty-state"]');
    expect(await empty.innerText()).toMatch(/retirer un ou plusieurs filtres/);
    expect(
      await empty.getByRole('button', { name: /Retirer le filtre « Publié à partir/ }).count(),
    ).toBe(1);
    await empty.getByRole('button', { name: 'Afficher tous les actes publiés' }).click();
    await expect.poll(() => count().innerText()).toBe(`${PUBLIC_COUNT} actes trouvés.`);
  });

  it('makes opening an act and each committed search history entries, Back and Forward working in the iframe', async () => {
    await embed();
    const w = widget();
    const length = () => host.evaluate(() => history.length);
    const start = await length();
    const field = w.getByLabel('Rechercher dans les actes');
    await field.fill('habitat');
    await field.press('Enter');
    await expect.poll(() => titles()).toEqual([NOTABLE.habitat.subject]);
    await expect.poll(length).toBe(start + 1);
    await w.getByLabel('Année de l’acte').selectOption('2024');
    await expect.poll(length).toBe(start + 2);
    await w.getByRole('link', { name: NOTABLE.habitat.subject }).click();
    await w.locator('#act-detail-title').waitFor();
    await expect.poll(length).toBe(start + 3);

    await host.evaluate(() => history.back());
    await expect.poll(() => titles()).toEqual([NOTABLE.habitat.subject]);
    expect(new URL(frameOf().url()).searchParams.get('annee')).toBe('2024');
    await host.evaluate(() => history.back());
    await expect.poll(() => new URL(frameOf().url()).searchParams.get('annee')).toBeNull();
    expect(await w.getByLabel('Année de l’acte').inputValue()).toBe('');
    await host.evaluate(() => history.back());
    await expect.poll(() => count().innerText()).toBe(`${PUBLIC_COUNT} actes trouvés.`);
    expect(await field.inputValue()).toBe('');
    await host.evaluate(() => history.forward());
    await expect.poll(() => field.inputValue()).toBe('habitat');
    await host.evaluate(() => history.forward());
    await host.evaluate(() => history.forward());
    await expect
      .poll(() => w.locator('#act-detail-title').innerText())
      .toBe(NOTABLE.habitat.subject);
    // One more Back than the widget pushed leaves the town's page's own history alone.
    expect(new URL(host.url()).origin).not.toBe(new URL(platform.url).origin);
  });

  it('sizes the iframe to its content through embed.js (no inner scrollbar), also after « Plus de résultats »', async () => {
    await embed();
    const heights = () =>
      Promise.all([
        host.locator('iframe').evaluate((f) => f.getBoundingClientRect().height),
        frameOf().evaluate(() => document.getElementById('app')!.getBoundingClientRect().height),
        frameOf().evaluate(
          () => document.documentElement.scrollHeight - document.documentElement.clientHeight,
        ),
      ]);
    await expect
      .poll(async () => {
        const [frame, content, overflow] = await heights();
        return Math.abs(frame - content) < 1 && overflow <= 0;
      })
      .toBe(true);
    const before = (await heights())[0];
    expect(before).toBeGreaterThan(600);

    expect(await widget().locator('.card').count()).toBe(10);
    await widget().getByRole('button', { name: 'Plus de résultats' }).click();
    await expect.poll(() => widget().locator('.card').count()).toBe(PUBLIC_COUNT);
    // The focus lands on the first new result; there is no further page.
    expect(
      await frameOf().evaluate(() =>
        document.activeElement?.closest('li')?.matches('li:nth-child(11)'),
      ),
    ).toBe(true);
    expect(await widget().getByRole('button', { name: 'Plus de résultats' }).count()).toBe(0);
    await expect
      .poll(async () => {
        const [frame, content, overflow] = await heights();
        return frame > before && Math.abs(frame - content) < 1 && overflow <= 0;
      })
      .toBe(true);
  });

  it('scrolls inside a fixed-height iframe when the host page has no script', async () => {
    await embed('', { script: false });
    await host.waitForTimeout(300);
    expect(await host.locator('iframe').evaluate((f) => f.getBoundingClientRect().height)).toBe(
      600,
    );
    const scrolled = await frameOf().evaluate(() => {
      window.scrollTo(0, 400);
      return window.scrollY;
    });
    expect(scrolled).toBe(400);
  });

  it('opens a permalink, copies its link, and the Back button returns to the same results', async () => {
    await embed();
    const w = widget();
    await w.getByLabel('Rechercher dans les actes').fill('habitat');
    await expect.poll(() => titles()).toEqual([NOTABLE.habitat.subject]);
    await w.getByRole('link', { name: NOTABLE.habitat.subject }).click();
    const heading = w.locator('#act-detail-title');
    await expect.poll(() => heading.innerText()).toBe(NOTABLE.habitat.subject);
    expect(new URL(frameOf().url()).pathname).toBe(`/widgets/actes/${ids.habitat}`);
    expect(await frameOf().evaluate(() => document.activeElement?.id)).toBe('act-detail-title');
    expect(await w.locator('.detail').innerText()).toMatch(
      /D2024_001[\s\S]*6 mars 2024[\s\S]*8\.5/,
    );

    // Embedded with embed.js: the shared link leads to the town's page, on this act.
    await w.getByRole('button', { name: 'Copier le lien de cet acte' }).click();
    await expect.poll(() => w.locator('.copy__status').innerText()).toMatch(/copié/);
    const shared = await host.evaluate(() => navigator.clipboard.readText());
    expect(shared).toBe(`${host.url().split('#')[0]}#od-acte=${ids.habitat}`);

    await host.evaluate(() => history.back()); // the browser's Back button
    await expect.poll(() => titles()).toEqual([NOTABLE.habitat.subject]);
    expect(new URL(frameOf().url()).searchParams.get('recherche')).toBe('habitat');
    expect(await frameOf().evaluate(() => document.activeElement?.textContent)).toBe(
      NOTABLE.habitat.subject,
    );

    // The shared link opened (the town's page): the widget in it shows the act.
    const visitor = await openPage(browser);
    const logged: string[] = [];
    visitor.on('console', (m) => logged.push(`${m.type()}: ${m.text()}`));
    try {
      await visitor.goto(shared);
      const frame = visitor.frameLocator('iframe');
      await expect
        .poll(() => frame.locator('#act-detail-title').innerText(), { timeout: 15_000 })
        .toBe(NOTABLE.habitat.subject);
      expect(await axeViolations(visitor)).toEqual([]);
      await frame.getByRole('button', { name: 'Retour aux résultats' }).click();
      await expect
        .poll(async () => norm(await frame.locator('[data-test="result-count"]').innerText()))
        .toBe(`${PUBLIC_COUNT} actes trouvés.`);
      // embed.js writes nothing in the town's console (no log, warning or error).
      expect(logged).toEqual([]);
    } finally {
      await visitor.context().close();
    }

    // Without the host script the widget cannot know the town's page: the platform's page.
    await embed('&recherche=habitat', { script: false });
    await widget().getByRole('link', { name: NOTABLE.habitat.subject }).click();
    await widget().getByRole('button', { name: 'Copier le lien de cet acte' }).click();
    await expect.poll(() => widget().locator('.copy__status').innerText()).toMatch(/copié/);
    const permalink = await host.evaluate(() => navigator.clipboard.readText());
    expect(permalink).toBe(`${platform.url}/widgets/actes/${ids.habitat}?siren=${SIREN}`);

    // The platform's permalink opened directly (as shared), then « Retour aux résultats ».
    const direct = await openPage(browser);
    try {
      await direct.goto(permalink);
      await direct.locator('#act-detail-title').waitFor();
      expect(await direct.evaluate(() => document.activeElement === document.body)).toBe(true);
      expect(await axeViolations(direct)).toEqual([]);
      await screenshots(direct, 'widget-acte');
      await direct.getByRole('button', { name: 'Retour aux résultats' }).click();
      await expect
        .poll(async () => norm(await direct.locator('[data-test="result-count"]').innerText()))
        .toBe(`${PUBLIC_COUNT} actes trouvés.`);
    } finally {
      await direct.context().close();
    }
  });

  it('downloads the main PDF: the bytes and SHA-256 are those deposited', async () => {
    await embed(`&recherche=${encodeURIComponent(NOTABLE.traffic.number)}`);
    const card = widget().locator('.card').first();
    expect(await card.locator('.card__title').innerText()).toBe(NOTABLE.traffic.subject);
    const [download] = await Promise.all([
      host.waitForEvent('download'),
      card.locator('[data-test="download-doc"]').first().click(),
    ]);
    const bytes = await readFile((await download.path())!);
    expect(bytes.equals(mainPdf(NOTABLE.traffic))).toBe(true);
    const sha = createHash('sha256').update(bytes).digest('hex');
    // The fingerprint sits behind a disclosure that says what it is for.
    const disclosure = card.locator('.doc__hash').first();
    expect(await disclosure.locator('code').last().isVisible()).toBe(false);
    await disclosure.locator('summary').click();
    expect(await disclosure.innerText()).toMatch(/exactement celui que la collectivité a publié/);
    expect(await disclosure.locator('code').last().innerText()).toBe(sha);
    expect(await card.locator('.doc__meta').first().innerText()).toBe(
      `PDF, ${bytes.length}\u00a0o`,
    );
  });

  it('never shows an unpublished act nor an individual act (nature 3)', async () => {
    await embed();
    const field = widget().getByLabel('Rechercher dans les actes');
    for (const q of ['Dupont', 'salle polyvalente', 'INDIV1', 'D2024_099']) {
      await field.fill(q);
      await expect.poll(() => count().innerText()).toBe('Aucun acte trouvé.');
    }
    for (const id of [ids.individual, ids.unpublished]) {
      await host.goto(site.page(`${platform.url}/widgets/actes/${id}?siren=${SIREN}`));
      await expect.poll(() => widget().locator('[data-test="act-not-found"]').count()).toBe(1);
    }
    expect(await widget().getByText('Dupont').count()).toBe(0);
  });

  it('works with the keyboard alone, with a visible focus', async () => {
    const page = await openPage(browser);
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return {
          id: el.id,
          link: el.dataset.actLink ?? null,
          text: el.textContent?.trim() ?? '',
          // A date field's calendar button takes the focus inside the field (Chromium draws
          // its ring; the field itself no longer matches :focus).
          outline:
            !el.matches(':focus') ||
            (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2),
        };
      });
    try {
      await page.goto(widgetUrl());
      await page.locator('.card').first().waitFor();
      await page.keyboard.press('Tab');
      expect(await focused()).toMatchObject({ id: 'acts-query', outline: true });
      await page.keyboard.type('habitat');
      await expect.poll(() => page.locator('.card').count()).toBe(1);
      let f = await focused();
      for (let i = 0; i < 40 && !f.link; i++) {
        await page.keyboard.press('Tab');
        f = await focused();
        expect(f.outline, `focus ring on ${f.id || f.text}`).toBe(true);
      }
      expect(f.text).toBe(NOTABLE.habitat.subject);
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await focused()).id).toBe('act-detail-title');
      await page.keyboard.press('Shift+Tab');
      expect((await focused()).text).toMatch(/Retour aux résultats/);
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await focused()).link).toBe(ids.habitat);
    } finally {
      await page.context().close();
    }
  });

  it('passes axe-core in each state, at 360 and 1280 px', async () => {
    const page = await openPage(browser);
    try {
      await page.goto(widgetUrl('&recherche=mediatheque'));
      await page.locator('.card').first().waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.getByLabel('Rechercher dans les actes').fill('zzzzqqqq');
      await page.locator('[data-test="empty-state"]').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.setViewportSize({ width: 360, height: 800 });
      await page.getByRole('button', { name: /^Filtres/ }).click();
      expect(await axeViolations(page)).toEqual([]);
      await page.getByLabel('Rechercher dans les actes').fill('');
      await page.locator('.card').first().waitFor();
      await screenshots(page, 'widget-actes');
    } finally {
      await page.context().close();
    }
  });

  it('falls back to defaults with warnings, and to accessible colours, never a blank page', async () => {
    const page = await openPage(browser);
    const warnings: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'warning') {
        warnings.push(m.text());
      }
    });
    try {
      await page.goto(widgetUrl('&theme=fluo&par_page=500&nature=3,9&couleur=ffff00'));
      await page.locator('.card').first().waitFor();
      expect(await page.locator('.card').count()).toBe(10);
      const primary = await page.evaluate(() =>
        getComputedStyle(document.documentElement).getPropertyValue('--od-primary').trim(),
      );
      expect(primary).not.toBe('#ffff00');
      const text = warnings.join('\n');
      for (const p of ['theme', 'par_page', 'nature 3', '"9"', 'couleur=#ffff00']) {
        expect(text).toContain(p);
      }
      expect(await axeViolations(page)).toEqual([]);

      await page.goto(`${platform.url}/widgets/actes/?siren=abc`);
      expect(await page.getByRole('alert').innerText()).toMatch(/paramètre « siren »/);
      await page.goto(widgetUrl().replace(SIREN, '999999999'));
      expect(await page.locator('[data-test="unknown-siren"]').innerText()).toMatch(/inconnue/);
    } finally {
      await page.context().close();
    }
  });

  it('had no console error or failed request on the host page', () => {
    expect(problems).toEqual([]);
  });
});
