// Journeys' shared steps: sign in through the form, seed the platform through its public api,
// and check a page (axe-core + screenshots at 360 and 1280 px).
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { minimalPdf } from '@opendata/api/fixtures';
import {
  axeViolations,
  screenshots,
  ADMIN_EMAIL,
  ADMIN_PASSWORD,
  type Platform,
} from '@opendata/worker/testing';

export async function signIn(page: Page, platform: Platform): Promise<void> {
  await page.goto(`${platform.url}/admin/connexion`);
  await page.getByLabel('Adresse e-mail').fill(ADMIN_EMAIL);
  await page.getByLabel('Mot de passe').fill(ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  // The dashboard, or (no organisation yet on a fresh platform) the invitation to choose one.
  await page
    .getByRole('heading', { name: 'Tableau de bord' })
    .or(page.getByTestId('no-organization'))
    .waitFor();
}

/** No axe-core violation, then screenshots `<name>-360.png` and `<name>-1280.png`. */
export async function checkPage(page: Page, name: string): Promise<void> {
  // A framed page (the widget preview) can keep the lifecycle from ever reporting idle: bounded.
  await page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => undefined);
  expect(await axeViolations(page), `${name}: axe-core`).toEqual([]);
  await screenshots(page, name);
}

export async function createOrganization(
  platform: Platform,
  token: string,
  siren: string,
  name: string,
  siret?: string,
) {
  await platform.graphql(
    'mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }',
    { input: { siren, name, ...(siret ? { siret } : {}) } },
    token,
  );
}

export interface SeedAct {
  siren: string;
  number: string;
  subject: string;
  publish?: boolean;
  annex?: boolean;
  date?: string;
}

/** An act created through the api's multipart `createAct` (a real PDF, an optional annex). */
export async function createAct(platform: Platform, token: string, act: SeedAct): Promise<string> {
  const query =
    'mutation($input: CreateActInput!, $files: [Upload!]!) { createAct(input: $input, files: $files) { id } }';
  const files = [{ name: `${act.number}.pdf`, text: act.subject }];
  if (act.annex) {
    files.push({ name: `Annexe ${act.number}.pdf`, text: `Annexe de ${act.subject}` });
  }
  const input = {
    siren: act.siren,
    number: act.number,
    date: act.date ?? '2025-02-03',
    subject: act.subject,
    nature: 'DELIBERATION',
    classificationCode: '8.5',
    publish: act.publish ?? false,
  };
  const form = new FormData();
  form.append(
    'operations',
    JSON.stringify({ query, variables: { input, files: files.map(() => null) } }),
  );
  form.append(
    'map',
    JSON.stringify(Object.fromEntries(files.map((_, i) => [String(i), [`variables.files.${i}`]]))),
  );
  files.forEach((f, i) =>
    form.append(
      String(i),
      new Blob([new Uint8Array(minimalPdf(f.text))], { type: 'application/pdf' }),
      f.name,
    ),
  );
  const res = await fetch(`${platform.url}/graphql`, {
    method: 'POST',
    headers: { 'apollo-require-preflight': 'true', authorization: `Bearer ${token}` },
    body: form,
  });
  const body = (await res.json()) as { data?: { createAct: { id: string } }; errors?: unknown };
  if (!body.data) {
    throw new Error(`createAct: ${JSON.stringify(body.errors)}`);
  }
  return body.data.createAct.id;
}

/** Follows an entry of the navigation drawer (opened first on small screens). */
export async function navigate(page: Page, entry: string): Promise<void> {
  const nav = page.getByRole('navigation', { name: 'Navigation principale' });
  await nav.getByRole('link', { name: entry, exact: true }).click();
}

/** Picks an option of a Vuetify select with the keyboard (as a keyboard user would). */
export async function chooseOption(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('option', { name: option }).click();
}

/** Waits until `check` holds (polling), failing with `what` after `ms`. */
export async function eventually(
  what: string,
  check: () => Promise<boolean>,
  ms = 20_000,
): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) {
      throw new Error(`timed out: ${what}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}
