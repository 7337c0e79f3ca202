/* eslint-disable @typescript-eslint/no-explicit-any */
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createServices } from '../../src/app/services.js';
import { systemViewer } from '../../src/core/viewer.js';
import { ActNature, ActStatus } from '../../src/domains/acts/act.enums.js';
import { Act } from '../../src/domains/acts/act.entity.js';
import { AuditEntry } from '../../src/identity/audit/audit-entry.entity.js';
import { AuditService } from '../../src/identity/audit/audit.service.js';
import { Contract } from '../../src/domains/procurement/contract.entity.js';
import { ContractImport } from '../../src/domains/procurement/contract-import.entity.js';
import { readDecp } from '../../src/domains/procurement/decp-reader.js';
import { Organization } from '../../src/identity/tenants/organization.entity.js';
import { decpFixture, DECP_JSON_EXAMPLES, DECP_XML_EXAMPLES } from '../fixtures/shared-fixtures.js';
import { createOrg, ok, seedAct } from '../support/identity-fixtures.js';
import {
  DECP_BUYER,
  decpExample,
  manyMarches,
  manyMarchesXml,
  spoolDecp,
  uploadDecp,
} from '../support/procurement-fixtures.js';
import { mysqlSkipReason } from '../support/test-db.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

const skip = mysqlSkipReason();

describe.skipIf(skip)('public procurement: DECP intake, API and files', () => {
  let app: TestApp;
  let admin: string;
  const em = () => app.runtime.components.orm.em.fork();
  const services = () => createServices(em(), app.runtime.components, systemViewer('test'));
  const schemas = () => app.runtime.components.decpSchemas;
  const contracts = async (siren: string, filter: Record<string, unknown> = {}, token?: string) =>
    ok(
      await app.gql<any>(
        `query($s: String!, $f: ContractFilter) { contracts(siren: $s, filter: $f, first: 50) { totalCount nodes { id decpId kind nature subject procedure cpv amount initialAmount notifiedOn durationMonths holders { identifier identifierType name } modifications { number amount durationMonths notifiedOn } act { id } } } }`,
        { s: siren, f: filter },
        token,
      ),
    ).contracts;
  const get = (p: string) => fetch(`${app.url}${p}`);

  beforeAll(async () => {
    app = await createTestApp('procurement');
    admin = await app.loginAdmin();
    await createOrg(app, admin, DECP_BUYER, 'Paris');
  });
  afterAll(async () => {
    await app?.close();
  });
  beforeEach(async () => {
    await em().nativeDelete(Contract, {});
    await em().nativeDelete(ContractImport, {});
  });

  it('imports an official example through GraphQL, and the same file twice changes nothing', async () => {
    const text = decpFixture('exemples/json/marches_avec_modifications.json');
    const [first] = ok(
      await uploadDecp(app, admin, DECP_BUYER, text, 'marches.json'),
    ).importContracts;
    expect(first).toMatchObject({
      status: 'SUCCESS',
      total: 2,
      created: 2,
      refused: 0,
      errors: [],
    });
    const list = await contracts(DECP_BUYER);
    expect(list.totalCount).toBe(2);
    const c = list.nodes.find((n: any) => n.decpId === 'TEST2022');
    const source = decpExample('marches_avec_modifications.json').marches.marche![0]!;
    const lastModification = source.modifications.at(-1).modification;
    expect(c).toMatchObject({
      kind: 'MARCHE',
      nature: source.nature,
      subject: source.objet,
      procedure: source.procedure,
      cpv: source.codeCPV,
      initialAmount: source.montant,
      amount: lastModification.montant ?? source.montant,
      notifiedOn: source.dateNotification,
      holders: [expect.objectContaining({ identifierType: 'SIRET' })],
    });
    expect(c.modifications[0]).toMatchObject({ number: lastModification.id });
    const [again] = ok(
      await uploadDecp(app, admin, DECP_BUYER, text, 'marches.json'),
    ).importContracts;
    expect(again).toMatchObject({ status: 'SUCCESS', created: 0, updated: 0, unchanged: 2 });
    expect((await contracts(DECP_BUYER)).totalCount).toBe(2);
  });

  it('a record republished with a new modification updates the contract and keeps the history', async () => {
    const before = decpFixture('exemples/json/concessions.json');
    const after = decpFixture('exemples/json/concessions_avec_modifications.json');
    await services().contractImports.ingestFolderFile(await spoolDecp(app, before, 'c.json'));
    const [imp] = await services().contractImports.ingestFolderFile(
      await spoolDecp(app, after, 'c2.json'),
    );
    expect(imp).toMatchObject({ updated: 2, created: 0 });
    const c = await em().findOneOrFail(Contract, {
      decpId: '0612202306122024',
      buyerSiret: '12345678901250',
    });
    const mod = decpExample('concessions_avec_modifications.json').marches[
      'contrat-concession'
    ]!.find((r) => r.autoriteConcedante.id === '12345678901250')!.modifications[0].modification;
    expect(c.modifications.map((m) => m.number)).toEqual([mod.id]);
    expect(c.amount).toBe(mod.valeurGlobale ?? c.initialAmount);
    const versions = ok(
      await app.gql<any>(
        'query($id: ID!) { contract(id: $id) { versions { modificationCount } } }',
        { id: c.id },
        admin,
      ),
    ).contract.versions;
    expect(versions.map((v: any) => v.modificationCount)).toEqual([1, 0]);
    // The older file again: the modification already received is kept.
    await services().contractImports.ingestFolderFile(await spoolDecp(app, before, 'c3.json'));
    const still = await em().findOneOrFail(Contract, { id: c.id });
    expect(still.modifications).toHaveLength(1);
  });

  it('bulk-written rows read back as entities: dates, JSON, links to the 1.1 act, duplicates in a batch', async () => {
    const actId = await seedAct(app, DECP_BUYER, {
      status: ActStatus.PUBLISHED,
      nature: ActNature.DELIBERATION,
      subject: 'Attribution du marché BULK000001 de voirie',
    });
    await em().nativeUpdate(Act, { id: actId }, { classificationCode: '1.1' });
    const started = Date.now() - 1000;
    // 1,200 records (three batches), the second one again in the same batch, another subject.
    const lines = manyMarches(1200, 'BULK').split(',\n');
    const again = { ...decpExample('marches_avec_modifications.json').marches.marche![0]! };
    Object.assign(again, { id: 'BULK000001', objet: 'Objet republié dans le même fichier' });
    lines.splice(3, 0, JSON.stringify(again));
    const text = lines.join(',\n');
    const [imp] = await services().contractImports.ingestFolderFile(
      await spoolDecp(app, text, 'bulk.json'),
    );
    expect(imp).toMatchObject({ status: 'SUCCESS', total: 1201, created: 1200, updated: 1 });
    const c = await em().findOneOrFail(
      Contract,
      { decpId: 'BULK000001' },
      { populate: ['act', 'organization'] },
    );
    expect(c).toMatchObject({
      subject: 'Objet republié dans le même fichier',
      actLinkManual: false,
      organization: { siren: DECP_BUYER },
    });
    expect(c.act?.id).toBe(actId);
    expect(c.record).toMatchObject({ id: 'BULK000001' });
    expect(c.holders[0]).toMatchObject({ identifierType: 'SIRET' });
    for (const d of [c.createdAt, c.updatedAt]) {
      expect(d).toBeInstanceOf(Date);
      expect(d.getTime()).toBeGreaterThanOrEqual(started);
      expect(d.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
    }
    const versions = ok(
      await app.gql<any>(
        'query($id: ID!) { contract(id: $id) { versions { createdAt } } }',
        { id: c.id },
        admin,
      ),
    ).contract.versions;
    expect(versions).toHaveLength(2);
    expect((await contracts(DECP_BUYER, { text: 'BULK000999' })).totalCount).toBe(1);
    // Sorted by creation like the rows the unit of work writes (same storage of dates).
    const newest = await em().find(Contract, {}, { orderBy: { createdAt: 'desc' }, limit: 1 });
    expect(newest[0]!.createdAt.getTime()).toBeGreaterThanOrEqual(started);
  });

  it.each([...DECP_JSON_EXAMPLES, ...DECP_XML_EXAMPLES])(
    'round-trips %s: exported JSON and XML validate and carry the same records',
    async (file) => {
      const text = decpFixture(file);
      const imports = await services().contractImports.ingestFolderFile(
        await spoolDecp(app, text, path.basename(file)),
      );
      expect(imports.every((i) => i.status === 'SUCCESS')).toBe(true);
      await em().nativeUpdate(Organization, {}, { openDataActive: true });
      // The same contract twice in one file: the last occurrence is the one kept.
      const byKey = new Map(
        readDecp(text, schemas()).accepted.map((a) => [
          `${a.summary.buyerSiret}/${a.summary.decpId}`,
          a,
        ]),
      );
      const expected = [...byKey.values()];
      const years = new Set(expected.map((a) => a.summary.notifiedOn.slice(0, 4)));
      for (const year of years) {
        await services().decpExport.export(null, Number(year));
        const json = await get(`/opendata/decp/${year}.json`);
        expect(json.status).toBe(200);
        const doc = await json.json();
        expect(schemas().json203.validate(doc)).toEqual([]);
        expect(schemas().json202.validate(doc)).toEqual([]);
        const back = readDecp(JSON.stringify(doc), schemas()).accepted.map((a) => a.record);
        const mine = expected
          .filter((a) => a.summary.notifiedOn.startsWith(year))
          .map((a) => a.record);
        expect(back).toEqual(expect.arrayContaining(mine));
        expect(back).toHaveLength(mine.length);
        const xml = await (await get(`/opendata/decp/${year}.xml`)).text();
        expect(schemas().xsd.validate(xml)).toEqual([]);
        expect(readDecp(xml, schemas()).accepted.map((a) => a.record)).toEqual(back);
      }
    },
  );

  it('per buyer files are listed by datasets(siren), validated, and 404 when open data is off', async () => {
    const text = decpFixture('exemples/json/marches_avec_modifications.json');
    ok(await uploadDecp(app, admin, DECP_BUYER, text, 'm.json'));
    await services().decpExport.export(DECP_BUYER, 2024);
    const datasets = ok(
      await app.gql<any>(
        'query($s: String!) { datasets(siren: $s) { kind year valid rowCount url errors { message } } }',
        { s: DECP_BUYER },
        admin,
      ),
    ).datasets.filter((d: any) => d.kind.startsWith('DECP'));
    expect(datasets).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'DECP_JSON',
          year: 2024,
          valid: true,
          rowCount: 2,
          url: `${app.config.publicUrl}/opendata/${DECP_BUYER}/decp/2024.json`,
        }),
        expect.objectContaining({ kind: 'DECP_XML', year: 2024, valid: true, rowCount: 2 }),
      ]),
    );
    const res = await get(`/opendata/${DECP_BUYER}/decp/2024.json`);
    expect(res.status).toBe(200);
    const doc = (await res.json()) as any;
    expect(doc.marches.marche.map((m: any) => m.id)).toEqual(['TEST2022', 'TEST2022Bis']);
    await em().nativeUpdate(Organization, { siren: DECP_BUYER }, { openDataActive: false });
    try {
      expect((await get(`/opendata/${DECP_BUYER}/decp/2024.json`)).status).toBe(404);
      expect((await contracts(DECP_BUYER)).totalCount).toBe(0);
      expect((await contracts(DECP_BUYER, {}, admin)).totalCount).toBe(2);
    } finally {
      await em().nativeUpdate(Organization, { siren: DECP_BUYER }, { openDataActive: true });
    }
  });

  describe('bad input: a clear French error, nothing lost, nothing half-published', () => {
    const valid = () => decpExample('marches_avec_modifications.json');

    it('invalid JSON, a wrong shape, a 1.x file and an entity-expanding XML are refused whole', async () => {
      const cases: [string, string, string][] = [
        ['{"marches": {', 'procurement/invalid_json', 'n’est pas un JSON valide'],
        ['{"contrats": []}', 'procurement/wrong_shape', 'Structure inattendue'],
        [
          JSON.stringify({ marches: [{ _type: 'Marché', uid: 'x', id: '1' }] }),
          'procurement/legacy_format',
          'format DECP 1.x',
        ],
        [
          '<?xml version="1.0"?><!DOCTYPE m [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]><marches><marche><id>&b;</id></marche></marches>',
          'procurement/xml_doctype',
          'DOCTYPE',
        ],
      ];
      for (const [content, code, words] of cases) {
        const [imp] = ok(await uploadDecp(app, admin, DECP_BUYER, content, 'f')).importContracts;
        expect(imp, code).toMatchObject({ status: 'FAILED', errorCode: code, created: 0 });
        expect(imp!.message).toContain(words);
      }
      expect((await contracts(DECP_BUYER, {}, admin)).totalCount).toBe(0);
    });

    it('a syntax error after more than two written batches leaves nothing of the file (one transaction per file)', async () => {
      ok(await uploadDecp(app, admin, DECP_BUYER, JSON.stringify(valid()), 'avant.json'));
      const before = (await contracts(DECP_BUYER, {}, admin)).totalCount;
      const text = manyMarches(1200, 'CASSE', 1150);
      const [imp] = ok(
        await uploadDecp(app, admin, DECP_BUYER, text, 'casse.json'),
      ).importContracts;
      expect(imp).toMatchObject({ status: 'FAILED', errorCode: 'procurement/invalid_json' });
      expect(imp!.message).toMatch(
        /^Le fichier n’est pas un JSON valide \(erreur de syntaxe après au moins \d+ enregistrement/,
      );
      expect(imp!.message).toContain('Aucun enregistrement du fichier n’a été importé');
      expect(await em().count(Contract, { decpId: { $like: 'CASSE%' } })).toBe(0);
      expect((await contracts(DECP_BUYER, {}, admin)).totalCount).toBe(before);
      // The same file whole imports every record, written by batches.
      const [full] = ok(
        await uploadDecp(app, admin, DECP_BUYER, manyMarches(1200, 'CASSE'), 'entier.json'),
      ).importContracts;
      expect(full).toMatchObject({ status: 'SUCCESS', total: 1200, created: 1200 });
      expect(await em().count(Contract, { decpId: { $like: 'CASSE%' } })).toBe(1200);
    }, 180_000);

    it('malformed XML after several written batches leaves nothing of the file either', async () => {
      const before = (await contracts(DECP_BUYER, {}, admin)).totalCount;
      const [imp] = ok(
        await uploadDecp(app, admin, DECP_BUYER, manyMarchesXml(1200, 'CASSX', 1150), 'casse.xml'),
      ).importContracts;
      expect(imp).toMatchObject({ status: 'FAILED', errorCode: 'procurement/invalid_xml' });
      expect(imp!.message).toMatch(/^Le fichier n’est pas un XML bien formé \(ligne \d+\) : /);
      expect(await em().count(Contract, { decpId: { $like: 'CASSX%' } })).toBe(0);
      expect((await contracts(DECP_BUYER, {}, admin)).totalCount).toBe(before);
      const [full] = ok(
        await uploadDecp(app, admin, DECP_BUYER, manyMarchesXml(1200, 'CASSX'), 'entier.xml'),
      ).importContracts;
      expect(full).toMatchObject({ status: 'SUCCESS', total: 1200, created: 1200 });
      expect(await em().count(Contract, { decpId: { $like: 'CASSX%' } })).toBe(1200);
    }, 180_000);

    it('a record missing a required field is refused with its index, id and pointer; the others are kept', async () => {
      const doc = valid();
      delete doc.marches.marche![1]!.objet;
      const [imp] = ok(
        await uploadDecp(app, admin, DECP_BUYER, JSON.stringify(doc), 'f.json'),
      ).importContracts;
      expect(imp).toMatchObject({ status: 'PARTIAL', total: 2, created: 1, refused: 1 });
      expect(imp!.errors).toEqual([
        {
          index: 1,
          kind: 'marche',
          decpId: 'TEST2022Bis',
          path: '/marches/marche/1',
          code: 'procurement/invalid_record',
          message: 'Champ obligatoire manquant : objet (objet).',
        },
      ]);
      expect((await contracts(DECP_BUYER)).nodes.map((n: any) => n.decpId)).toEqual(['TEST2022']);
    });

    it('a file over the size limit is refused, upload and folder alike', async () => {
      const max = app.config.decp.maxBytes;
      app.config.decp.maxBytes = 2048;
      try {
        const text = decpFixture('exemples/json/marches_concessions.json');
        const res = await uploadDecp(app, admin, DECP_BUYER, text, 'gros.json');
        expect(res.errors?.[0]?.extensions?.code).toBe('procurement/file_too_large');
        expect(res.errors?.[0]?.message).toMatch(/trop volumineux/);
        const [imp] = await services().contractImports.ingestFolderFile(
          await spoolDecp(app, text, 'gros.json'),
        );
        expect(imp).toMatchObject({ status: 'FAILED', errorCode: 'procurement/file_too_large' });
        const quarantine = path.join(path.dirname(app.config.decp.dir), 'quarantine');
        expect((await readdir(quarantine)).some((n) => n.endsWith('__gros.json'))).toBe(true);
      } finally {
        app.config.decp.maxBytes = max;
      }
      expect((await contracts(DECP_BUYER, {}, admin)).totalCount).toBe(0);
    });

    it('a generated file that would be invalid never replaces the published one', async () => {
      ok(
        await uploadDecp(
          app,
          admin,
          DECP_BUYER,
          decpFixture('exemples/json/marches_avec_modifications.json'),
          'm.json',
        ),
      );
      await services().decpExport.export(DECP_BUYER, 2024);
      const file = path.join(app.config.dataDir, 'opendata', DECP_BUYER, 'decp', '2024.json');
      const published = await readFile(file, 'utf8');
      const xmlFile = file.replace(/\.json$/, '.xml');
      const publishedXml = await readFile(xmlFile, 'utf8');
      // Corrupt the stored record behind the platform's back.
      const c = await em().findOneOrFail(Contract, { decpId: 'TEST2022' });
      await em().nativeUpdate(Contract, { id: c.id }, { record: { ...c.record, montant: -5 } });
      const [json, xml] = await services().decpExport.export(DECP_BUYER, 2024);
      expect(json).toMatchObject({ valid: false, status: 'INVALID' });
      expect(json!.errors[0]!.message).toMatch(/Non conforme au schéma DECP/);
      expect(await readFile(file, 'utf8')).toBe(published);
      // The XML, checked record by record as it is written: the line and path of the defect.
      expect(xml).toMatchObject({ valid: false, status: 'INVALID' });
      expect(xml!.errors[0]).toMatchObject({
        rule: 'xsd',
        column: expect.stringMatching(/^\/marches\/marche\[\d\]\/montant$/),
        message: expect.stringMatching(/^Non conforme au schéma XSD DECP 2\.0\.2 : .*montant/),
      });
      const line = publishedXml.split('\n')[xml!.errors[0]!.row! - 1];
      expect(line).toMatch(/<montant>/);
      expect(await readFile(xmlFile, 'utf8')).toBe(publishedXml);
    });
  });

  describe('the watched folder', () => {
    it('creates an unknown buyer with its open data off, files the file under processed/', async () => {
      await em().nativeDelete(Organization, { siren: '123456789' });
      const text = decpFixture('exemples/json/concessions.json');
      const imports = await services().contractImports.ingestFolderFile(
        await spoolDecp(app, text, 'conc.json'),
      );
      expect(imports).toHaveLength(1);
      expect(imports[0]!.warnings[0]!.message).toMatch(/Collectivité 123456789 créée/);
      const org = await em().findOneOrFail(Organization, { siren: '123456789' });
      expect(org.openDataActive).toBe(false);
      expect((await contracts('123456789')).totalCount).toBe(0);
      expect((await contracts('123456789', {}, admin)).totalCount).toBe(2);
      const processed = path.join(path.dirname(app.config.decp.dir), 'processed');
      expect((await readdir(processed)).some((n) => n.endsWith('__conc.json'))).toBe(true);
    });
  });

  describe('sources fetched over HTTP', () => {
    let server: Server;
    let mode: 'ok' | 'error' | 'hang' = 'ok';
    let hits: { inm?: string }[] = [];
    const body = decpFixture('exemples/json/marches_avec_modifications.json');
    beforeAll(async () => {
      app.config.decp.sourceAllowHttp = true;
      app.config.decp.sourceAllowPrivate = true;
      app.config.decp.sourceTimeoutMs = 500;
      server = createServer((req, res) => {
        hits.push({ inm: req.headers['if-none-match'] as string | undefined });
        if (mode === 'hang') {
          return; // never answers
        }
        if (mode === 'error') {
          res.writeHead(500).end('boom');
          return;
        }
        if (req.headers['if-none-match'] === '"v1"') {
          res.writeHead(304).end();
          return;
        }
        res.writeHead(200, { 'content-type': 'application/json', etag: '"v1"' }).end(body);
      });
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    });
    afterAll(async () => {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    });

    it('imports, then asks conditionally; a 500 and a timeout are recorded in French, nothing lost', async () => {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/decp.json`;
      const source = ok(
        await app.gql<any>(
          'mutation($i: ContractSourceInput!) { saveContractSource(input: $i) { id url lastStatus } }',
          { i: { siren: DECP_BUYER, url } },
          admin,
        ),
      ).saveContractSource;
      hits = [];
      mode = 'ok';
      let s = await services().contractSources.fetch(source.id);
      expect(s).toMatchObject({ lastStatus: 'IMPORTED', lastError: null });
      expect((await contracts(DECP_BUYER)).totalCount).toBe(2);
      s = await services().contractSources.fetch(source.id);
      expect(s.lastStatus).toBe('NOT_MODIFIED');
      expect(hits.map((h) => h.inm)).toEqual([undefined, '"v1"']);
      mode = 'error';
      s = await services().contractSources.fetch(source.id);
      expect(s).toMatchObject({
        lastStatus: 'FAILED',
        lastError: 'La source a répondu 500 Internal Server Error.',
      });
      mode = 'hang';
      s = await services().contractSources.fetch(source.id);
      expect(s).toMatchObject({
        lastStatus: 'FAILED',
        lastError: 'La source n’a pas répondu dans les 1 s.',
      });
      expect((await contracts(DECP_BUYER)).totalCount).toBe(2);
      const listed = ok(
        await app.gql<any>(
          'query($s: String!) { contractSources(siren: $s) { url lastStatus lastError lastFetchAt } }',
          { s: DECP_BUYER },
          admin,
        ),
      ).contractSources;
      expect(listed[0]).toMatchObject({ url, lastStatus: 'FAILED' });
    });

    it('never reaches the platform’s own network (SSRF): private URLs refused, saved ones not fetched', async () => {
      const port = (server.address() as AddressInfo).port;
      const saved = ok(
        await app.gql<any>(
          'mutation($i: ContractSourceInput!) { saveContractSource(input: $i) { id } }',
          { i: { siren: DECP_BUYER, url: `http://127.0.0.1:${port}/decp.json` } },
          admin,
        ),
      ).saveContractSource;
      app.config.decp.sourceAllowPrivate = false;
      try {
        for (const url of [
          'http://169.254.169.254/latest/meta-data/',
          `http://localhost:${port}/decp.json`,
          'http://[::1]/decp.json',
          'http://10.0.0.7/decp.json',
        ]) {
          const res = await app.gql(
            'mutation($i: ContractSourceInput!) { saveContractSource(input: $i) { id } }',
            { i: { siren: DECP_BUYER, url } },
            admin,
          );
          expect(res.errors?.[0]?.extensions?.code, url).toBe('procurement/invalid_url');
          expect(res.errors?.[0]?.message, url).toMatch(/^Adresse refusée : .* réseau privé/);
        }
        hits = [];
        const s = await services().contractSources.fetch(saved.id);
        expect(s.lastStatus).toBe('FAILED');
        expect(s.lastError).toBe('Adresse refusée : 127.0.0.1 désigne un réseau privé ou réservé.');
        expect(hits).toEqual([]);
      } finally {
        app.config.decp.sourceAllowPrivate = true;
      }
    });

    it('refuses a plain http:// URL unless allowed, and credentials in it', async () => {
      app.config.decp.sourceAllowHttp = false;
      const res = await app.gql(
        'mutation($i: ContractSourceInput!) { saveContractSource(input: $i) { id } }',
        { i: { siren: DECP_BUYER, url: 'http://exemple.fr/decp.json' } },
        admin,
      );
      app.config.decp.sourceAllowHttp = true;
      expect(res.errors?.[0]?.extensions?.code).toBe('procurement/invalid_url');
    });
  });

  it('statistics: count, total and breakdowns of the year', async () => {
    ok(
      await uploadDecp(
        app,
        admin,
        DECP_BUYER,
        decpFixture('exemples/json/marches_avec_modifications.json'),
        'm.json',
      ),
    );
    const list = await contracts(DECP_BUYER);
    const stats = ok(
      await app.gql<any>(
        'query($s: String!) { contractStats(siren: $s, year: 2024) { count totalAmount byProcedure { key label count amount } byNature { key count } byCpvDivision { key label count } byMonth { key count } topHolders { key label count amount } byYear { key count } } }',
        { s: DECP_BUYER },
      ),
    ).contractStats;
    const total = list.nodes.reduce((s: number, n: any) => s + n.amount, 0);
    expect(stats.count).toBe(2);
    expect(stats.totalAmount).toBeCloseTo(total, 2);
    expect(stats.byMonth).toEqual([{ key: '2024-05', count: 2 }]);
    expect(stats.byCpvDivision[0].label).toMatch(/^45 — Travaux de construction/);
    expect(stats.byProcedure.reduce((s: number, b: any) => s + b.count, 0)).toBe(2);
    expect(stats.topHolders[0].label).toMatch(/\(SIRET\)$/);
    expect(
      (await app.gql<any>('query { contractStats(siren: "999999999") { count } }')).data!
        .contractStats.count,
    ).toBe(0);
  });

  it('filters: year, kind, amount, holder, text', async () => {
    ok(
      await uploadDecp(
        app,
        admin,
        DECP_BUYER,
        decpFixture('exemples/json/marches_avec_modifications.json'),
        'm.json',
      ),
    );
    expect((await contracts(DECP_BUYER, { year: 2023 })).totalCount).toBe(0);
    expect((await contracts(DECP_BUYER, { year: 2024, kind: 'MARCHE' })).totalCount).toBe(2);
    expect((await contracts(DECP_BUYER, { kind: 'CONCESSION' })).totalCount).toBe(0);
    expect(
      (await contracts(DECP_BUYER, { text: 'TEST2022BIS' })).nodes.map((n: any) => n.decpId),
    ).toEqual(['TEST2022Bis']);
    const all = (await contracts(DECP_BUYER)).nodes;
    const big = Math.max(...all.map((n: any) => n.amount));
    expect((await contracts(DECP_BUYER, { amountMin: big })).totalCount).toBe(
      all.filter((n: any) => n.amount >= big).length,
    );
    const holder = all[0].holders[0].identifier;
    expect((await contracts(DECP_BUYER, { holder })).totalCount).toBeGreaterThan(0);
    expect((await contracts(DECP_BUYER, { cpv: '45' })).totalCount).toBe(
      all.filter((n: any) => n.cpv.startsWith('45')).length,
    );
  });

  it('manual entry validates like an import; correction, deletion; links to the 1.1 deliberation', async () => {
    const record = decpExample('marches_avec_modifications.json').marches.marche![0]!;
    record.id = 'MAN2024-01';
    const bad = { ...record, codeCPV: '123' };
    const issues = ok(
      await app.gql<any>(
        'query($s: String!, $r: JSONObject!) { checkContract(siren: $s, kind: MARCHE, record: $r) { path code message } }',
        { s: DECP_BUYER, r: bad },
        admin,
      ),
    ).checkContract;
    expect(issues).toEqual([
      expect.objectContaining({
        path: '/codeCPV',
        message: expect.stringMatching(/^Code CPV invalide/),
      }),
    ]);
    const refused = await app.gql(
      'mutation($s: String!, $r: JSONObject!) { createContract(siren: $s, kind: MARCHE, record: $r) { id } }',
      { s: DECP_BUYER, r: bad },
      admin,
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('procurement/invalid_contract');
    const actId = await seedAct(app, DECP_BUYER, {
      status: ActStatus.PUBLISHED,
      nature: ActNature.DELIBERATION,
      subject: 'Attribution du marché MAN2024-01 de travaux',
    });
    await em().nativeUpdate(Act, { id: actId }, { classificationCode: '1.1' });
    const created = ok(
      await app.gql<any>(
        'mutation($s: String!, $r: JSONObject!) { createContract(siren: $s, kind: MARCHE, record: $r) { id decpId act { id } } }',
        { s: DECP_BUYER, r: record },
        admin,
      ),
    ).createContract;
    expect(created).toMatchObject({ decpId: 'MAN2024-01', act: { id: actId } });
    const fixed = ok(
      await app.gql<any>(
        'mutation($id: ID!, $r: JSONObject!) { updateContract(id: $id, record: $r) { objet: subject amount } }',
        { id: created.id, r: { ...record, objet: 'Objet corrigé', montant: 99999 } },
        admin,
      ),
    ).updateContract;
    expect(fixed.objet).toBe('Objet corrigé');
    const unlinked = ok(
      await app.gql<any>(
        'mutation($id: ID!) { linkContractAct(id: $id) { act { id } } }',
        { id: created.id },
        admin,
      ),
    ).linkContractAct;
    expect(unlinked.act).toBeNull();
    const relinked = ok(
      await app.gql<any>(
        'mutation($id: ID!, $a: ID) { linkContractAct(id: $id, actId: $a) { act { id } } }',
        { id: created.id, a: actId },
        admin,
      ),
    ).linkContractAct;
    expect(relinked.act).toEqual({ id: actId });
    expect(
      ok(
        await app.gql<any>(
          'mutation($id: ID!) { deleteContract(id: $id) }',
          { id: created.id },
          admin,
        ),
      ).deleteContract,
    ).toBe(true);
    expect((await contracts(DECP_BUYER, {}, admin)).totalCount).toBe(0);
    // Every change by staff is in the audit trail, in the staff member's name.
    const entries = await em().find(
      AuditEntry,
      { targetId: created.id },
      { orderBy: { createdAt: 'asc', id: 'asc' } },
    );
    expect(entries.map((e) => e.action)).toEqual([
      'contract.create',
      'contract.update',
      'contract.unlink_act',
      'contract.link_act',
      'contract.delete',
    ]);
    expect(entries.every((e) => e.targetType === 'Contract' && e.siren === DECP_BUYER)).toBe(true);
    expect(entries.every((e) => e.actorId && e.actorLabel.includes('@'))).toBe(true);
    expect(JSON.parse(entries[0]!.after!)).toMatchObject({ decpId: 'MAN2024-01', act: actId });
    expect(JSON.parse(entries[1]!.before!)).toMatchObject({ subject: record.objet });
    expect(JSON.parse(entries[1]!.after!)).toMatchObject({ subject: 'Objet corrigé' });
    expect(JSON.parse(entries[2]!.before!)).toEqual({ act: actId, manual: false });
    expect(JSON.parse(entries[2]!.after!)).toEqual({ act: null, manual: true });
    expect(JSON.parse(entries[3]!.after!)).toEqual({ act: actId, manual: true });
    expect(JSON.parse(entries[4]!.before!)).toMatchObject({ decpId: 'MAN2024-01', act: actId });
  });

  it('a contract created or corrected by staff is saved with its audit entry or not at all', async () => {
    const record = decpExample('marches_avec_modifications.json').marches.marche![0]!;
    record.id = 'MAN2024-02';
    // The audit entry cannot be written (as if the process died before it): the change must
    // not be kept without it.
    const original = AuditService.prototype.record;
    const broken = vi.spyOn(AuditService.prototype, 'record').mockImplementation(function (
      this: AuditService,
      ...args: Parameters<AuditService['record']>
    ) {
      const entry = original.apply(this, args);
      (entry as { action: string | null }).action = null;
      return entry;
    });
    const create =
      'mutation($s: String!, $r: JSONObject!) { createContract(siren: $s, kind: MARCHE, record: $r) { id } }';
    try {
      const failed = await app.gql(create, { s: DECP_BUYER, r: record }, admin);
      expect(failed.errors).toBeDefined();
      expect(await em().count(Contract, { decpId: 'MAN2024-02' })).toBe(0);
    } finally {
      broken.mockRestore();
    }
    const created = ok(
      await app.gql<any>(create, { s: DECP_BUYER, r: record }, admin),
    ).createContract;
    const broken2 = vi.spyOn(AuditService.prototype, 'record').mockImplementation(function (
      this: AuditService,
      ...args: Parameters<AuditService['record']>
    ) {
      const entry = original.apply(this, args);
      (entry as { action: string | null }).action = null;
      return entry;
    });
    try {
      const failed = await app.gql(
        'mutation($id: ID!, $r: JSONObject!) { updateContract(id: $id, record: $r) { id } }',
        { id: created.id, r: { ...record, objet: 'Objet jamais enregistré' } },
        admin,
      );
      expect(failed.errors).toBeDefined();
    } finally {
      broken2.mockRestore();
    }
    const kept = await em().findOneOrFail(Contract, { id: created.id });
    expect(kept.subject).toBe(record.objet);
    const entries = await em().find(AuditEntry, { targetId: created.id });
    expect(entries.map((e) => e.action)).toEqual(['contract.create']);
  });

  it('imports are listed with their reports for staff only', async () => {
    ok(await uploadDecp(app, admin, DECP_BUYER, '{"marches": {', 'casse.json'));
    const list = ok(
      await app.gql<any>(
        'query($s: String!) { contractImports(siren: $s, first: 10) { totalCount nodes { fileName status errorCode message siren } } }',
        { s: DECP_BUYER },
        admin,
      ),
    ).contractImports;
    expect(list.nodes[0]).toMatchObject({
      fileName: 'casse.json',
      status: 'FAILED',
      errorCode: 'procurement/invalid_json',
      siren: DECP_BUYER,
    });
    const anonymous = await app.gql(
      'query($s: String!) { contractImports(siren: $s) { totalCount } }',
      { s: DECP_BUYER },
    );
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('auth/unauthenticated');
    expect(existsSync(app.config.decp.dir) || true).toBe(true);
  });
});
