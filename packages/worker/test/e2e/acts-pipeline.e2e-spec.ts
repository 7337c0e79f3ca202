import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import {
  badDeposits,
  buildDeposit,
  writeDeposit,
  minimalPdf,
  SCDL_DELIBERATIONS_SCHEMA,
  validateCsv,
  mysqlSkipReason,
} from '@opendata/api/testing';
import { startTestPlatform, type TestPlatform } from '../support/test-platform.js';

const skip = mysqlSkipReason();
if (skip) {
  process.stdout.write(`[skipped] acts pipeline e2e on MySQL: ${skip}\n`);
}

const SIREN = '213502388';
const ACTS = `query($f: ActsFilter) { acts(filter: $f, first: 50) { totalCount nodes { id number status nature subject publishedAt classificationCode documents { fileName sha256 annex withheld url } } } }`;
const SEARCH = `query($s: String!, $q: String, $n: [ActNature!]) { searchActs(siren: $s, query: $q, natures: $n, first: 20) {
  totalCount nodes { id number subject documents { url sha256 annex } } edges { highlights { subject text } }
  facets { natures { value count } years { value count } } } }`;

function must<T>(res: { data?: T; errors?: unknown }): T {
  if (!res.data || res.errors) {
    throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
  }
  return res.data;
}

type ActNode = {
  id: string;
  number: string;
  status: string;
  nature: string;
  publishedAt: string | null;
  classificationCode: string | null;
  documents: {
    fileName: string;
    sha256: string;
    annex: boolean;
    withheld: boolean;
    url: string | null;
  }[];
};

describe.skipIf(skip)('acts: deposits → decision → public PDFs and search', () => {
  let p: TestPlatform;
  let token: string;

  const acts = async (filter: Record<string, unknown> = {}) =>
    (await p.gql<{ acts: { totalCount: number; nodes: ActNode[] } }>(ACTS, { f: filter }, token))
      .data!.acts;
  const search = async (q?: string) =>
    must(
      await p.gql<{
        searchActs: {
          totalCount: number;
          nodes: { id: string; number: string; documents: { url: string; sha256: string }[] }[];
          edges: { highlights: { subject: string | null; text: string | null } }[];
          facets: { natures: { value: string; count: number }[] };
        };
      }>(SEARCH, { s: SIREN, q }),
    ).searchActs;
  const deposits = async () =>
    (
      await p.gql<{
        deposits: {
          nodes: {
            id: string;
            fileName: string;
            status: string;
            errorCode: string | null;
            errorMessage: string | null;
          }[];
        };
      }>(
        '{ deposits(first: 100) { nodes { id fileName status errorCode errorMessage } } }',
        {},
        token,
      )
    ).data!.deposits.nodes;
  const depositDone = (fileName: string) =>
    p.waitFor(async () =>
      (await deposits()).find(
        (d) => d.fileName === fileName && (d.status === 'DONE' || d.status === 'FAILED'),
      ),
    );

  beforeAll(async () => {
    p = await startTestPlatform('acts_pipeline');
    token = await p.loginAdmin();
  });
  afterAll(async () => {
    await p?.stop();
  });

  it('ingests a deliberation, creates the organisation, publishes it automatically with its PDFs', async () => {
    const zip = await buildDeposit({
      texts: {
        '022-213502388-20240306-D2024_001-DE-1-1_1.pdf':
          'Le conseil approuve la création de la médiathèque municipale.',
      },
    });
    await writeDeposit(p.config.depositDir, zip, 'aBc1234.zip');
    const dep = await depositDone('aBc1234.zip');
    expect(dep.status).toBe('DONE');
    // An organisation created from a deposit is checked by a platform administrator before
    // anything of it becomes public.
    const created = await p.gql<{
      organization: { openDataActive: boolean; needsReview: boolean };
    }>(`{ organization(siren: "${SIREN}") { openDataActive needsReview } }`, {}, token);
    expect(created.data?.organization).toEqual({ openDataActive: false, needsReview: true });
    await p.gql(
      `mutation { updateOrganization(input: { siren: "${SIREN}", openDataActive: true }) { siren } }`,
      {},
      token,
    );
    const list = await acts({ siren: SIREN });
    expect(list.totalCount).toBe(1);
    const act = list.nodes[0]!;
    expect(act).toMatchObject({ number: 'D2024_001', status: 'PUBLISHED', nature: 'DELIBERATION' });
    expect(act.publishedAt).not.toBeNull();
    // Main document = stamped copy; the original is not published; the annex is.
    expect(act.documents.map((d) => [d.fileName, d.annex])).toEqual([
      ['022-213502388-20240306-D2024_001-DE-1-1_1.pdf', false],
      ['Annexe 1 - Étude d’impact.pdf', true],
    ]);
    const main = act.documents[0]!;
    const res = await fetch(main.url!);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const bytes = Buffer.from(await res.arrayBuffer());
    const { createHash } = await import('node:crypto');
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(main.sha256);
    const org = await p.gql<{ organization: { name: string } }>(
      `{ organization(siren: "${SIREN}") { name } }`,
      {},
      token,
    );
    expect(org.data?.organization.name).toBe('COMMUNE DE RENNES');
    expect(existsSync(path.join(path.dirname(p.config.depositDir), 'processed'))).toBe(true);
  });

  it('finds it in public search with typos, accents and PDF text, highlighted', async () => {
    const hit = await p.waitFor(async () => {
      const r = await search('mediatheque');
      return r.totalCount > 0 ? r : undefined;
    });
    expect(hit.nodes[0]!.number).toBe('D2024_001');
    expect(hit.edges[0]!.highlights.text).toContain('<mark>');
    expect((await search('habitat')).totalCount).toBe(1);
    expect((await search('HABITTA')).totalCount).toBe(1);
    expect((await search('programe locall')).totalCount).toBe(1);
    expect(hit.facets.natures).toEqual([{ value: 'DELIBERATION', count: 1 }]);
  });

  it('is idempotent: the same zip twice gives one act', async () => {
    await writeDeposit(
      p.config.depositDir,
      await buildDeposit({
        texts: {
          '022-213502388-20240306-D2024_001-DE-1-1_1.pdf':
            'Le conseil approuve la création de la médiathèque municipale.',
        },
      }),
      'aBc1234.zip',
    );
    const queuedDir = path.join(path.dirname(p.config.depositDir), 'queued');
    await p.waitFor(async () =>
      (await readdir(p.config.depositDir)).length + (await readdir(queuedDir)).length === 0
        ? true
        : undefined,
    );
    await new Promise((r) => setTimeout(r, 500));
    expect((await acts({ siren: SIREN })).totalCount).toBe(1);
  });

  it('updates the act when the same id_d comes back with new content, and audits it', async () => {
    const zip = await buildDeposit({
      metadata: {
        objet: 'Programme local de l’habitat : bilan final',
        classification: '9.99 Matière inconnue',
      },
    });
    await writeDeposit(p.config.depositDir, zip, 'aBc1234.zip');
    const updated = await p.waitFor(async () => {
      const a = (await acts({ siren: SIREN, text: 'bilan final' })).nodes[0];
      return a ? a : undefined;
    });
    expect((await acts({ siren: SIREN })).totalCount).toBe(1);
    expect(updated.classificationCode).toBe('9.99');
    const log = await p.gql<{
      auditLog: { nodes: { action: string; before: string; after: string }[] };
    }>(
      `{ auditLog(filter: { targetId: "${updated.id}" }) { nodes { action before after } } }`,
      {},
      token,
    );
    const entry = log.data!.auditLog.nodes.find((n) => n.action === 'act.updated_by_deposit')!;
    expect(entry.before).toContain('bilan à mi-parcours');
    expect(entry.after).toContain('bilan final');
    const dep = (
      await p.gql<{
        deposits: { nodes: { fileName: string; status: string; warnings: string[] }[] };
      }>('{ deposits(first: 1) { nodes { fileName status warnings } } }', {}, token)
    ).data!.deposits.nodes[0]!;
    expect(dep.status).toBe('DONE');
    expect(dep.warnings.join(' ')).toMatch(/9\.99/);
  });

  it('applies POD and defaults by nature, and never publishes an individual act', async () => {
    const cases: [string, Record<string, unknown>, string][] = [
      ['pod1.zip', { numero_de_lacte: 'POD1', publication_open_data: '1' }, 'NOT_PUBLISHED'],
      ['pod2.zip', { numero_de_lacte: 'POD2', publication_open_data: '2' }, 'TO_DECIDE'],
      ['pod0.zip', { numero_de_lacte: 'POD0', publication_open_data: '0' }, 'TO_DECIDE'],
      ['contract.zip', { numero_de_lacte: 'CONV1', acte_nature: '4' }, 'TO_DECIDE'],
      ['other.zip', { numero_de_lacte: 'AUTRE1', acte_nature: '6' }, 'NOT_PUBLISHED'],
      [
        'indiv.zip',
        {
          numero_de_lacte: 'INDIV1',
          acte_nature: '3',
          publication_open_data: '3',
          objet: 'Nomination de Mme Dupont',
        },
        'TO_DECIDE',
      ],
    ];
    for (const [name, metadata] of cases) {
      await writeDeposit(p.config.depositDir, await buildDeposit({ metadata }), name);
    }
    for (const [name] of cases) {
      expect((await depositDone(name)).status).toBe('DONE');
    }
    const all = await acts({ siren: SIREN });
    for (const [, metadata, status] of cases) {
      expect(all.nodes.find((a) => a.number === metadata.numero_de_lacte)?.status).toBe(status);
    }
    const indiv = all.nodes.find((a) => a.number === 'INDIV1')!;
    const pub = await p.gql<{ publishActs: { updated: unknown[]; failed: { code: string }[] } }>(
      'mutation($ids: [ID!]!) { publishActs(ids: $ids) { updated { id } failed { code } } }',
      { ids: [indiv.id] },
      token,
    );
    expect(pub.data?.publishActs.failed[0]?.code).toBe('acts/individual_not_publishable');
    expect((await search('Dupont')).totalCount).toBe(0);
    const publicAct = await p.gql<{ publicAct: unknown }>(
      `{ publicAct(id: "${indiv.id}") { id } }`,
    );
    expect(publicAct.data?.publicAct).toBeNull();
  });

  it('publishing and unpublishing take effect everywhere', async () => {
    const pending = (await acts({ siren: SIREN, status: 'TO_DECIDE', natures: ['DELIBERATION'] }))
      .nodes;
    expect(pending.map((a) => a.number).sort()).toEqual(['POD0', 'POD2']);
    const r = await p.gql<{
      publishActs: { updated: { id: string; status: string }[]; jobId: string };
    }>(
      'mutation($ids: [ID!]!) { publishActs(ids: $ids) { updated { id status } jobId } }',
      { ids: pending.map((a) => a.id) },
      token,
    );
    expect(r.data?.publishActs.updated.every((a) => a.status === 'PUBLISHED')).toBe(true);
    await p.waitFor(async () => ((await search()).totalCount === 3 ? true : undefined));

    const first = (await acts({ siren: SIREN, text: 'D2024_001' })).nodes[0]!;
    const url = first.documents[0]!.url!;
    await p.gql(
      'mutation($ids: [ID!]!) { unpublishActs(ids: $ids) { updated { id } } }',
      { ids: [first.id] },
      token,
    );
    expect((await fetch(url)).status).toBe(404);
    await p.waitFor(async () =>
      (await search('mediatheque')).totalCount === 0 ? true : undefined,
    );
    const after = (await acts({ siren: SIREN, text: 'D2024_001' })).nodes[0]!;
    expect(after.documents.every((d) => d.url === null)).toBe(true);
    const log = await p.gql<{ auditLog: { nodes: { action: string; actorLabel: string }[] } }>(
      `{ auditLog(filter: { targetId: "${first.id}" }) { nodes { action actorLabel } } }`,
      {},
      token,
    );
    expect(log.data?.auditLog.nodes.map((n) => n.action)).toContain('act.unpublish');
  });

  it('withholds an annex: its URL disappears, the main document stays', async () => {
    const act = (await acts({ siren: SIREN, text: 'POD2' })).nodes[0]!;
    const annex = act.documents.find((d) => d.annex)!;
    expect(annex.url).not.toBeNull();
    const res = await p.gql<{ setAnnexWithheld: { withheld: boolean; url: string | null } }>(
      'mutation($id: ID!) { setAnnexWithheld(documentId: $id, withheld: true) { withheld url } }',
      {
        id: (
          await p.gql<{ act: { documents: { id: string; annex: boolean }[] } }>(
            `{ act(id: "${act.id}") { documents { id annex } } }`,
            {},
            token,
          )
        ).data!.act.documents.find((d) => d.annex)!.id,
      },
      token,
    );
    expect(res.data?.setAnnexWithheld).toEqual({ withheld: true, url: null });
    expect((await fetch(annex.url!)).status).toBe(404);
    expect((await fetch(act.documents.find((d) => !d.annex)!.url!)).status).toBe(200);
  });

  it('produces the SCDL Délibérations file, valid against the official schema', async () => {
    const DATASETS = `{ datasets(siren: "${SIREN}") { kind year status valid rowCount url xlsxUrl errors { rule message } } }`;
    type Ds = {
      kind: string;
      year: number;
      status: string;
      valid: boolean;
      rowCount: number;
      url: string | null;
      xlsxUrl: string | null;
      errors: { rule: string; message: string }[];
    };
    const missing = await p.waitFor(async () => {
      const d = (await p.gql<{ datasets: Ds[] }>(DATASETS, {}, token)).data?.datasets.find(
        (x) => x.kind === 'DELIBERATIONS' && x.year === 2024,
      );
      return d ? d : undefined;
    });
    expect(missing.status).toBe('MISSING_SIRET');
    expect(missing.errors[0]?.message).toMatch(/SIRET manquant/);
    expect((await fetch(`${p.url}/opendata/${SIREN}/deliberations/2024.csv`)).status).toBe(404);

    await p.gql(
      'mutation { updateOrganization(input: { siren: "213502388", siret: "21350238800001" }) { siret } }',
      {},
      token,
    );
    await p.gql(`mutation { regenerateDataset(siren: "${SIREN}", year: 2024) }`, {}, token);
    const ds = await p.waitFor(async () => {
      const d = (await p.gql<{ datasets: Ds[] }>(DATASETS, {}, token)).data?.datasets.find(
        (x) => x.kind === 'DELIBERATIONS' && x.year === 2024,
      );
      return d?.status === 'VALID' ? d : undefined;
    });
    const published = (await acts({ siren: SIREN, status: 'PUBLISHED', natures: ['DELIBERATION'] }))
      .totalCount;
    expect(ds.rowCount).toBe(published);
    const res = await fetch(ds.url!);
    expect(res.status).toBe(200);
    const csv = await res.text();
    const report = await validateCsv(csv, SCDL_DELIBERATIONS_SCHEMA);
    expect(report.errors).toEqual([]);
    expect(report.valid).toBe(true);
    expect(csv.split('\n')[0]).toMatch(/^COLL_NOM,COLL_SIRET,DELIB_ID,DELIB_DATE/);
    expect(csv).toContain('/opendata/213502388/actes/');
    expect(csv).not.toContain('INDIV1');
    // Rows in a stable order a reader expects: by date (then number).
    const rows = parseCsv(csv, { bom: true, from_line: 2 }) as string[][];
    const dates = rows.map((r) => r[3]!);
    expect(dates).toEqual([...dates].sort());

    // The same rows for spreadsheets, beside the CSV.
    expect(ds.xlsxUrl).toBe(ds.url!.replace(/\.csv$/, '.xlsx'));
    const xlsx = await fetch(ds.xlsxUrl!);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await xlsx.arrayBuffer());
    expect(book.worksheets[0]!.rowCount).toBe(rows.length + 1);
    expect(book.worksheets[0]!.getRow(2).getCell(2).value).toBe(rows[0]![1]);

    // Any other name under /opendata answers in French, never a framework page.
    const other = await fetch(`${p.url}/opendata/${SIREN}/deliberations/2024.ods`);
    expect(other.status).toBe(404);
    expect(await other.text()).toBe('Fichier introuvable.');
  });

  it('turning open data off removes every public trace; on restores it', async () => {
    const before = await search();
    expect(before.totalCount).toBeGreaterThan(0);
    const url = before.nodes[0]!.documents[0]!.url;
    await p.gql(
      'mutation { updateOrganization(input: { siren: "213502388", openDataActive: false }) { siren } }',
      {},
      token,
    );
    expect((await fetch(url)).status).toBe(404);
    expect((await fetch(`${p.url}/opendata/${SIREN}/deliberations/2024.csv`)).status).toBe(404);
    expect((await fetch(`${p.url}/opendata/${SIREN}/deliberations/2024.xlsx`)).status).toBe(404);
    expect((await search()).totalCount).toBe(0);
    expect(
      (
        await p.gql<{ publicOrganization: unknown }>(
          `{ publicOrganization(siren: "${SIREN}") { name } }`,
        )
      ).data?.publicOrganization,
    ).toBeNull();
    await p.gql(
      'mutation { updateOrganization(input: { siren: "213502388", openDataActive: true }) { siren } }',
      {},
      token,
    );
    await p.waitFor(async () =>
      (await search()).totalCount === before.totalCount ? true : undefined,
    );
    expect((await fetch(url)).status).toBe(200);
  });

  it('quarantines every class of bad deposit with a French reason, and keeps the zip', async () => {
    const bad: [string, Buffer, string][] = [
      ['corrupt.zip', await badDeposits.truncatedZip(), 'deposit/corrupt_zip'],
      ['nometa.zip', await badDeposits.noMetadata(), 'deposit/no_metadata'],
      ['json.zip', await badDeposits.invalidJson(), 'deposit/invalid_json'],
      ['siren.zip', await badDeposits.badSiren(), 'deposit/bad_siren'],
      ['field.zip', await badDeposits.missingField(), 'deposit/missing_field'],
      ['file.zip', await badDeposits.missingFile(), 'deposit/missing_file'],
      ['traversal.zip', await badDeposits.pathTraversal(), 'deposit/unsafe_path'],
      ['notzip.zip', Buffer.from('ceci n’est pas un zip'), 'deposit/not_a_zip'],
    ];
    for (const [name, zip] of bad) {
      await writeDeposit(p.config.depositDir, zip, name);
    }
    for (const [name, , code] of bad) {
      const d = await depositDone(name);
      expect(d.status, name).toBe('FAILED');
      expect(d.errorCode, name).toBe(code);
      expect(d.errorMessage, name).toMatch(/[a-zéèà]/);
    }
    // A deposit's row is committed (FAILED, naming its zip's final place) before the zip moves:
    // the last move may still be under way when its status is read.
    const quarantine = path.join(path.dirname(p.config.depositDir), 'quarantine');
    await expect.poll(async () => (await readdir(quarantine)).length).toBe(bad.length);
  });

  it('re-runs a failed deposit after a fix', async () => {
    const failed = (await deposits()).find((d) => d.fileName === 'siren.zip')!;
    const again = await p.gql<{ retryDeposit: { status: string } }>(
      'mutation($id: ID!) { retryDeposit(id: $id) { status } }',
      { id: failed.id },
      token,
    );
    expect(again.data?.retryDeposit.status).toBe('RECEIVED');
    const d = await p.waitFor(async () =>
      (await deposits()).find((x) => (x.id === failed.id && x.status === 'FAILED' ? x : undefined)),
    );
    expect(d.errorCode).toBe('deposit/bad_siren');
  });

  it('keeps a deposit DONE when the search engine fails, and indexes the act by a retried job', async () => {
    const engine = p.platform.runtime.components.search!;
    const upsert = engine.upsert.bind(engine);
    let failures = 0;
    engine.upsert = async (docs) => {
      if (failures++ === 0) {
        throw new Error('moteur de recherche indisponible (panne simulée)');
      }
      return upsert(docs);
    };
    try {
      const zip = await buildDeposit({
        metadata: { numero_de_lacte: 'D2024_PANNE', objet: 'Rénovation du gymnase Colette' },
      });
      await writeDeposit(p.config.depositDir, zip, 'pAnne01.zip');
      expect((await depositDone('pAnne01.zip')).status).toBe('DONE');
      const hit = await p.waitFor(async () => {
        const r = await search('gymnase colette');
        return r.totalCount > 0 ? r : undefined;
      });
      expect(hit.nodes[0]!.number).toBe('D2024_PANNE');
      expect(failures).toBeGreaterThan(1);
    } finally {
      engine.upsert = upsert;
    }
  });

  it('creates an act by upload (multipart) with size and type checks', async () => {
    const form = new FormData();
    const operations = {
      query:
        'mutation($input: CreateActInput!, $files: [Upload!]!) { createAct(input: $input, files: $files) { id status source documents { fileName annex url } } }',
      variables: {
        input: {
          siren: SIREN,
          number: 'PV-2024-01',
          date: '2024-05-02',
          subject: 'Procès-verbal du conseil municipal',
          nature: 'OUTSIDE_CONTROL',
          natureDetail: 'PV',
          publish: true,
        },
        files: [null, null],
      },
    };
    form.append('operations', JSON.stringify(operations));
    form.append('map', JSON.stringify({ 0: ['variables.files.0'], 1: ['variables.files.1'] }));
    form.append(
      '0',
      new Blob([minimalPdf('Procès-verbal')], { type: 'application/pdf' }),
      'procès-verbal.pdf',
    );
    form.append(
      '1',
      new Blob([minimalPdf('Liste des présents')], { type: 'application/pdf' }),
      'présents.pdf',
    );
    const res = await fetch(`${p.url}/graphql`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' },
    });
    const body = (await res.json()) as {
      data?: {
        createAct: {
          status: string;
          source: string;
          documents: { fileName: string; annex: boolean; url: string | null }[];
        };
      };
      errors?: unknown;
    };
    expect(body.errors).toBeUndefined();
    expect(body.data?.createAct).toMatchObject({ status: 'PUBLISHED', source: 'UPLOAD' });
    expect(body.data?.createAct.documents.map((d) => [d.fileName, d.annex])).toEqual([
      ['procès-verbal.pdf', false],
      ['présents.pdf', true],
    ]);

    const bad = new FormData();
    bad.append(
      'operations',
      JSON.stringify({
        ...operations,
        variables: {
          ...operations.variables,
          // Another act: the same number and date would be refused as a duplicate first.
          input: { ...operations.variables.input, number: 'PV-2024-99' },
          files: [null],
        },
      }),
    );
    bad.append('map', JSON.stringify({ 0: ['variables.files.0'] }));
    bad.append('0', new Blob(['pas un pdf']), 'note.txt');
    const refused = (await (
      await fetch(`${p.url}/graphql`, {
        method: 'POST',
        body: bad,
        headers: { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' },
      })
    ).json()) as { errors?: { extensions: { code: string } }[] };
    expect(refused.errors?.[0]?.extensions.code).toBe('acts/unsupported_file');
  });
});
