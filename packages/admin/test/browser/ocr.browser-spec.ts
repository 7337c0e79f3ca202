// A scanned act in the admin: each document tells whether its text comes from its text layer or
// from OCR (with confidence), and staff can run the recognition again; axe-core at 360 and 1280 px.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDeposit, scannedPdf, writeDeposit } from '@opendata/api/fixtures';
import {
  launchBrowser,
  openPage,
  startPlatform,
  waitFor,
  watchProblems,
  type Platform,
} from '@opendata/worker/testing';
import { checkPage, createOrganization, navigate, signIn } from '../support/admin';

const SIREN = '213502388';
const NUMBER = 'D2024_SCAN';
const STAMPED = `022-${SIREN}-20240306-${NUMBER}-DE-1-1_1.pdf`;

describe('OCR in the admin, against the built platform', () => {
  let platform: Platform;
  let browser: Browser;
  let page: Page;
  let problems: string[];
  let actId: string;
  let token: string;
  const ocrStatuses = async () => {
    const d = await platform.graphql<{ act: { documents: { ocrStatus: string | null }[] } }>(
      'query($id: ID!) { act(id: $id) { documents { ocrStatus } } }',
      { id: actId },
      token,
    );
    return d.act.documents.map((doc) => doc.ocrStatus);
  };

  beforeAll(async () => {
    platform = await startPlatform({ OCR_THREADS: '1', OCR_MAX_PAGES: '3' });
    token = await platform.adminToken();
    await createOrganization(platform, token, SIREN, 'Commune de Rennes', '21350238800019');
    const zip = await buildDeposit({
      metadata: {
        numero_de_lacte: NUMBER,
        objet: 'Délibération numérisée',
        acte_tamponne: [STAMPED],
        arrete: undefined,
        autre_document_attache: undefined,
      },
      contents: { [STAMPED]: scannedPdf('Aménagement du square des Tilleuls') },
    });
    await writeDeposit(path.join(platform.dataDir, 'deposits', 'incoming'), zip, 'scan.zip');
    type Acts = {
      acts: { nodes: { id: string; number: string; documents: { ocrStatus: string | null }[] }[] };
    };
    actId = await waitFor(async () => {
      const d = await platform.graphql<Acts>(
        'query($f: ActsFilter) { acts(filter: $f, first: 10) { nodes { id number documents { ocrStatus } } } }',
        { f: { siren: SIREN } },
        token,
      );
      const act = d.acts.nodes.find((a) => a.number === NUMBER);
      return act?.documents.some((doc) => doc.ocrStatus === 'DONE') ? act.id : undefined;
    }, 'the scanned document read by OCR');
    browser = await launchBrowser();
    page = await openPage(browser);
    problems = watchProblems(page);
    await signIn(page, platform);
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  it('shows the text read by OCR with its confidence, and runs it again on request', async () => {
    await navigate(page, 'Toutes les publications');
    await page.getByRole('link', { name: 'Délibération numérisée' }).click();
    await page.waitForURL(new RegExp(`/actes/${actId}$`));
    await page.getByRole('heading', { name: `Acte ${NUMBER}`, level: 1 }).waitFor();
    const origin = page.getByTestId('text-origin');
    await origin.waitFor();
    expect(await origin.innerText()).toMatch(
      /^Texte : reconnu dans les images \(OCR\) \(confiance \d+ %\)$/,
    );
    await checkPage(page, 'admin-act-ocr');
    await page
      .getByRole('button', { name: `Relancer la reconnaissance du texte de ${STAMPED}` })
      .click();
    await page
      .getByTestId('notification')
      .getByText(`Reconnaissance du texte relancée pour « ${STAMPED} ».`)
      .waitFor();
    // Done again on the server (a page of OCR takes seconds, more on a loaded machine)…
    await expect
      .poll(async () => (await ocrStatuses()).join(), { timeout: 150_000, interval: 1000 })
      .toBe('DONE');
    // …and the page follows without a reload (live job events).
    await expect.poll(() => origin.innerText(), { timeout: 10_000 }).toMatch(/confiance \d+ %/);
  }, 240_000);

  it('had no console error or failed request', () => {
    expect(problems).toEqual([]);
  });
});
