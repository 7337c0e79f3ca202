import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initOrm } from '@opendata/api';
import { AgendaJob } from '@opendata/api/jobs';
import {
  buildDeposit,
  corruptScanPdf,
  mysqlSkipReason,
  SCAN_SAMPLE_PAGES,
  scannedPdf,
  writeDeposit,
} from '@opendata/api/testing';
import { startPlatform, type RunningPlatform } from '../../src/platform.js';
import { startTestPlatform, type TestPlatform } from '../support/test-platform.js';

const skip = mysqlSkipReason();
const SIREN = '213502388';
const STAMPED = (n: string) => `022-${SIREN}-20240306-${n}-DE-1-1_1.pdf`;
const ACTS = `query($f: ActsFilter) { acts(filter: $f, first: 50) { nodes { id number status
  documents { id fileName textSource ocrStatus ocrConfidence ocrError } } } }`;
const SEARCH = `query($s: String!, $q: String) { searchActs(siren: $s, query: $q, first: 20) {
  totalCount nodes { number } } }`;

type Doc = {
  id: string;
  fileName: string;
  textSource: string | null;
  ocrStatus: string | null;
  ocrConfidence: number | null;
  ocrError: string | null;
};

/** A deposit whose stamped copy (the published main document) is a scan of `lines`. */
async function scannedDeposit(
  number: string,
  main: Buffer,
  metadata: Record<string, unknown> = {},
) {
  return buildDeposit({
    metadata: { numero_de_lacte: number, acte_tamponne: [STAMPED(number)], ...metadata },
    contents: { [STAMPED(number)]: main },
  });
}

describe.skipIf(skip)('OCR: a scanned main PDF becomes searchable, off the intake path', () => {
  let p: TestPlatform;
  let token: string;

  const mainDoc = async (number: string): Promise<Doc | undefined> => {
    const r = await p.gql<{ acts: { nodes: { number: string; documents: Doc[] }[] } }>(
      ACTS,
      { f: { siren: SIREN } },
      token,
    );
    return r.data?.acts.nodes
      .find((a) => a.number === number)
      ?.documents.find((d) => d.fileName === STAMPED(number));
  };
  const ocrSettled = (number: string) =>
    p.waitFor(async () => {
      const doc = await mainDoc(number);
      return doc && (doc.ocrStatus === 'DONE' || doc.ocrStatus === 'FAILED') ? doc : undefined;
    }, 120_000);
  const search = async (q: string) =>
    (
      await p.gql<{ searchActs: { totalCount: number; nodes: { number: string }[] } }>(SEARCH, {
        s: SIREN,
        q,
      })
    ).data!.searchActs;

  beforeAll(async () => {
    p = await startTestPlatform('ocr', { OCR_THREADS: '1', OCR_MAX_PAGES: '5' });
    token = await p.loginAdmin();
  });
  afterAll(async () => {
    await p?.stop();
  });

  it(
    'reads a published scan and finds it by a word only in the image, with typos',
    { timeout: 180_000 },
    async () => {
      const scan = scannedPdf(
        'Délibération du conseil municipal\nRestauration du lavoir de Kerbriant\nConvention avec la fondation du patrimoine',
        { skewDeg: 1, noise: 0.005 },
      );
      await writeDeposit(p.config.depositDir, await scannedDeposit('D2026_010', scan), 'scan1.zip');
      const doc = await ocrSettled('D2026_010');
      await p.gql(
        `mutation { updateOrganization(input: { siren: "${SIREN}", openDataActive: true }) { siren } }`,
        {},
        token,
      );
      expect(doc).toMatchObject({ textSource: 'OCR', ocrStatus: 'DONE', ocrError: null });
      expect(doc.ocrConfidence).toBeGreaterThan(50);
      const hit = await p.waitFor(async () => {
        const r = await search('Kerbriant');
        return r.totalCount > 0 ? r : undefined;
      });
      expect(hit.nodes.map((n) => n.number)).toEqual(['D2026_010']);
      expect((await search('lavoir kerbrian')).totalCount).toBe(1);
      expect((await search('fondatoin patrimoine')).totalCount).toBe(1);
    },
  );

  it(
    'never finds an unpublished scanned act, even once its text is read',
    { timeout: 180_000 },
    async () => {
      const scan = scannedPdf('Arrêté portant sur le moulin de Trévarez\nConfidentiel');
      await writeDeposit(
        p.config.depositDir,
        await scannedDeposit('D2026_011', scan, { publication_open_data: '1' }),
        'scan2.zip',
      );
      const doc = await ocrSettled('D2026_011');
      expect(doc).toMatchObject({ textSource: 'OCR', ocrStatus: 'DONE' });
      // Projected after the OCR like any other act: still absent from the public search.
      await new Promise((r) => setTimeout(r, 1500));
      expect((await search('Trévarez')).totalCount).toBe(0);
      expect((await search('moulin trevarez')).totalCount).toBe(0);
    },
  );

  it(
    'records a clear reason for a corrupt scan, and staff can run it again',
    { timeout: 180_000 },
    async () => {
      await writeDeposit(
        p.config.depositDir,
        await scannedDeposit('D2026_012', corruptScanPdf()),
        'scan3.zip',
      );
      const doc = await ocrSettled('D2026_012');
      expect(doc).toMatchObject({
        textSource: 'TEXT_LAYER',
        ocrStatus: 'FAILED',
        ocrError: 'Aucun texte reconnu dans les pages de ce document.',
      });
      const rerun = await p.gql<{ rerunDocumentOcr: { ocrStatus: string } }>(
        'mutation($d: ID!) { rerunDocumentOcr(documentId: $d) { ocrStatus } }',
        { d: doc.id },
        token,
      );
      expect(rerun.data?.rerunDocumentOcr.ocrStatus).toBe('PENDING');
      expect(await ocrSettled('D2026_012')).toMatchObject({ ocrStatus: 'FAILED' });
    },
  );
});

describe.skipIf(skip)('OCR cut short by the platform’s stop', () => {
  it(
    'hands the running OCR back to the queue, not as a failed attempt, and ends it after a restart',
    { timeout: 240_000 },
    async () => {
      const p = await startTestPlatform('ocr-stop', { OCR_THREADS: '1', OCR_MAX_PAGES: '5' });
      let second: RunningPlatform | undefined;
      try {
        await writeDeposit(
          p.config.depositDir,
          await scannedDeposit('D2026_020', scannedPdf(SCAN_SAMPLE_PAGES)),
          'scan-stop.zip',
        );
        const running = () =>
          p.platform.runtime.components.orm.em
            .fork()
            .count(AgendaJob, { name: 'document.ocr', lockedAt: { $ne: null } });
        await p.waitFor(async () => ((await running()) > 0 ? true : undefined), 60_000);
        await new Promise((r) => setTimeout(r, 500)); // its thread is reading the first page
        const stopping = Date.now();
        await p.stop();

        const orm = await initOrm(p.config.database);
        const [job] = await orm.em.fork().find(AgendaJob, { name: 'document.ocr' });
        expect(job).toMatchObject({ lockedAt: null, failReason: null });
        expect(job!.failCount ?? 0).toBe(0);
        expect(job!.nextRunAt).not.toBeNull();
        // Ended as soon as its thread was closed, not after the jobs' 6 s grace.
        expect(Number(job!.lastFinishedAt) - stopping).toBeLessThan(3000);

        second = await startPlatform(p.config, {
          api: false,
          worker: true,
          runtime: { orm, migrate: false, jobs: { processEveryMs: 100, lockLifetimeMs: 10_000 } },
        });
        const conn = orm.em.getConnection();
        const status = await p.waitFor(async () => {
          const rows = (await conn.execute(
            `select ocr_status as s from documents where file_name = ?`,
            [STAMPED('D2026_020')],
          )) as { s: string | null }[];
          return rows[0]?.s === 'DONE' || rows[0]?.s === 'FAILED' ? rows[0].s : undefined;
        }, 180_000);
        expect(status).toBe('DONE');
      } finally {
        await second?.stop();
      }
    },
  );
});
