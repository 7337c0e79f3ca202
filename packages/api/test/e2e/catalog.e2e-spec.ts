/* eslint-disable @typescript-eslint/no-explicit-any */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatagouvSettings } from '../../src/domains/publishing/datagouv-settings.entity.js';
import { createServices } from '../../src/app/services.js';
import { systemViewer } from '../../src/core/viewer.js';
import { ActNature, ActStatus } from '../../src/domains/acts/act.enums.js';
import { Act } from '../../src/domains/acts/act.entity.js';
import { Document } from '../../src/domains/acts/document.entity.js';
import { SCHEMAS } from '../../src/domains/catalog/catalog-vocabulary.js';
import { Dataset, DatasetKind, DatasetStatus } from '../../src/domains/datasets/dataset.entity.js';
import { datasetFile } from '../../src/domains/datasets/dataset-paths.js';
import { DatasetGeneration } from '../../src/domains/datasets/dataset-generation.entity.js';
import { Organization } from '../../src/identity/tenants/organization.entity.js';
import { createOrg, seedAct } from '../support/identity-fixtures.js';
import { mysqlSkipReason } from '../support/test-db.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import {
  harvesterProblems,
  NS,
  one,
  parseJsonLd,
  parseTurtle,
  subjectsOfType,
} from '../support/dcat-rules.js';

const skip = mysqlSkipReason();
const A = '213502388';
const B = '217500016';
const OFF = '200000172';
const PUBLIC_URL = 'https://donnees.example.org';
/** Organisations with BUDGETS and PROCUREMENT rows only, enough for several platform pages. */
const MANY = 60;

describe.skipIf(skip)('catalogue: DCAT for harvesters, acts listing and /donnees/', () => {
  let app: TestApp;
  let admin: string;
  const em = () => app.runtime.components.orm.em.fork();
  const services = () => createServices(em(), app.runtime.components, systemViewer('test'));
  const get = (p: string, init: RequestInit = {}) =>
    fetch(`${app.url}${p}`, { redirect: 'manual', ...init });
  /** A catalogue URL as served under PUBLIC_URL, fetched from the test server. */
  const local = (url: string) => url.replace(PUBLIC_URL, '');

  beforeAll(async () => {
    app = await createTestApp('catalog', { PUBLIC_URL });
    admin = await app.loginAdmin();
    await createOrg(app, admin, A, 'Commune de Crach');
    await createOrg(app, admin, B, 'Ville de Paris');
    await createOrg(app, admin, OFF, 'Syndicat fermé');
    const e = em();
    await e.nativeUpdate(
      Organization,
      { siren: A },
      { siret: '21350238800001', inseeCode: '56046' },
    );
    await e.nativeUpdate(Organization, { siren: B }, { siret: '21750001600019' });
    await e.nativeUpdate(Organization, { siren: OFF }, { siret: '20000017200013' });
    for (const siren of [A, A, B, OFF]) {
      await seedAct(app, siren, { status: ActStatus.PUBLISHED });
    }
    await seedAct(app, A, { status: ActStatus.TO_DECIDE, number: 'NON-PUBLIE' });
    // SCDL needs a classification: the deposit path reads it from the act's metadata.
    await e.nativeUpdate(
      Act,
      {},
      { classificationCode: '5.2', classificationLabel: 'Fonctionnement des assemblées' },
    );
    const s = services();
    await s.datasetExport.exportDeliberations(A, 2024);
    await s.datasetExport.exportDeliberations(B, 2024);
    await s.datasetExport.exportDeliberations(OFF, 2024);
    // The acts' PDF listings, as the dataset export job writes them after a projection.
    for (const siren of [A, B, OFF]) {
      await s.datasetExport.exportActListing(siren, 2024);
    }
    await e.nativeUpdate(Organization, { siren: OFF }, { openDataActive: false });
    // Budget and DECP rows as their export services leave them (files are not read here).
    const row = (scope: string, kind: DatasetKind, year: number) =>
      e.create(Dataset, {
        kind,
        scope,
        year,
        status: DatasetStatus.VALID,
        valid: true,
        rowCount: 3,
        size: 1234,
        sha256: 'a'.repeat(64),
        generatedAt: new Date('2025-02-01T10:00:00Z'),
        publishedFileAt: new Date('2025-02-01T10:00:00Z'),
      });
    row(A, DatasetKind.BUDGETS, 2024);
    row(A, DatasetKind.DECP_JSON, 2024);
    row(A, DatasetKind.DECP_XML, 2024);
    row(OFF, DatasetKind.BUDGETS, 2024);
    // Files of every organisation (`/opendata/decp/2024.json`…): datasets of the platform.
    row('all', DatasetKind.DELIBERATIONS, 2024);
    row('all', DatasetKind.DECP_JSON, 2024);
    row('all', DatasetKind.DECP_XML, 2024);
    for (let i = 0; i < MANY; i++) {
      const siren = `3${String(i).padStart(8, '0')}`;
      e.create(Organization, { siren, name: `Commune numéro ${i}`, siret: null });
      for (const year of [2023, 2024]) {
        row(siren, DatasetKind.BUDGETS, year);
        row(siren, DatasetKind.DECP_JSON, year);
      }
    }
    await e.flush();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('describes an organisation once: one dataset per kind, absolute stable URLs, schemas', async () => {
    const list = await services().catalog.datasets(A);
    expect(list.map((d) => [d.id, d.kind])).toEqual([
      [`${A}-deliberations`, 'DELIBERATIONS'],
      [`${A}-budgets`, 'BUDGETS'],
      [`${A}-marches-publics`, 'PROCUREMENT'],
      [`${A}-actes-fichiers`, 'ACT_FILES'],
    ]);
    const delib = list[0]!;
    expect(delib).toMatchObject({
      siren: A,
      organizationName: 'Commune de Crach',
      title: 'Délibérations - Commune de Crach',
      license: { id: 'lov2' },
      frequency: 'daily',
      spatialInsee: '56046',
      landingPage: `${PUBLIC_URL}/donnees/${A}#deliberations`,
    });
    const csv = delib.distributions.find((d) => d.format === 'csv')!;
    const bytes = await readFile(datasetFile(app.config.dataDir, A, 2024));
    expect(csv).toMatchObject({
      year: 2024,
      downloadUrl: `${PUBLIC_URL}/opendata/${A}/deliberations/2024.csv`,
      size: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      rowCount: 2,
      valid: true,
      schema: SCHEMAS.deliberations,
    });
    expect(delib.distributions.map((d) => d.format).sort()).toEqual(['csv', 'xlsx']);
    const decp = list[2]!.distributions;
    expect(decp.map((d) => [d.format, d.schema?.url ?? null])).toEqual([
      ['json', SCHEMAS.decp.url],
      ['xml', null],
    ]);
    expect(list[3]!.distributions).toMatchObject([{ year: 2024, rowCount: 4, format: 'csv' }]);
    expect(await services().catalog.datasets(OFF)).toEqual([]);
    expect(await services().catalog.datasets('999999999')).toEqual([]);
  });

  it('serves the organisation catalogue in Turtle and JSON-LD, 200 on GET and HEAD, every harvester rule kept', async () => {
    for (const [ext, type] of [
      ['ttl', 'text/turtle'],
      ['jsonld', 'application/ld+json'],
    ] as const) {
      const head = await get(`/opendata/${A}/catalog.${ext}`, { method: 'HEAD' });
      expect(head.status).toBe(200);
      expect(head.headers.get('content-type')).toContain(type);
      const res = await get(`/opendata/${A}/catalog.${ext}`);
      expect(res.status).toBe(200);
      const text = await res.text();
      const store = ext === 'ttl' ? parseTurtle(text) : await parseJsonLd(text);
      if (ext === 'jsonld') {
        expect(typeof JSON.parse(text)['@context']).toBe('object');
      }
      expect(harvesterProblems(store)).toEqual([]);
      const datasets = subjectsOfType(store, `${NS.dcat}Dataset`);
      expect(datasets.map((d) => one(store, d, `${NS.dct}identifier`)[0]!.value).sort()).toEqual([
        `${A}-actes-fichiers`,
        `${A}-budgets`,
        `${A}-deliberations`,
        `${A}-marches-publics`,
      ]);
      const catalog = subjectsOfType(store, `${NS.dcat}Catalog`);
      expect(catalog.map((c) => c.value)).toEqual([`${PUBLIC_URL}/opendata/${A}/catalog.${ext}`]);
      expect(one(store, catalog[0]!, `${NS.dcat}dataset`)).toHaveLength(4);
      // Every schema-bound distribution declares the exact per-version schema URL.
      const conforms = new Map<string, string[]>();
      for (const dist of subjectsOfType(store, `${NS.dcat}Distribution`)) {
        const url = one(store, dist, `${NS.dcat}downloadURL`)[0]!.value;
        conforms.set(
          url,
          one(store, dist, `${NS.dct}conformsTo`).map((t) => t.value),
        );
      }
      expect(conforms.get(`${PUBLIC_URL}/opendata/${A}/deliberations/2024.csv`)).toEqual([
        SCHEMAS.deliberations.url,
      ]);
      expect(conforms.get(`${PUBLIC_URL}/opendata/${A}/budgets/2024.csv`)).toEqual([
        SCHEMAS.budget.url,
      ]);
      expect(conforms.get(`${PUBLIC_URL}/opendata/${A}/decp/2024.json`)).toEqual([
        SCHEMAS.decp.url,
      ]);
      expect(conforms.get(`${PUBLIC_URL}/opendata/${A}/deliberations/2024.xlsx`)).toEqual([]);
      // Every file the catalogue names for deliberations and acts is served, with no redirect.
      for (const url of conforms.keys()) {
        if (/deliberations|actes/.test(url)) {
          const file = await get(local(url));
          expect(file.status, url).toBe(200);
        }
      }
      // The checksum is the served file's.
      const csvDist = subjectsOfType(store, `${NS.dcat}Distribution`).find((d) =>
        one(store, d, `${NS.dcat}downloadURL`)[0]!.value.endsWith('/deliberations/2024.csv'),
      )!;
      const checksum = one(store, csvDist, `${NS.spdx}checksum`)[0]!;
      const served = Buffer.from(
        await (await get(`/opendata/${A}/deliberations/2024.csv`)).arrayBuffer(),
      );
      expect(one(store, checksum, `${NS.spdx}checksumValue`)[0]!.value).toBe(
        createHash('sha256').update(served).digest('hex'),
      );
    }
  });

  it('validates catalogue pages by the ETag of their bytes: 304 to a conditional request, HEAD like GET', async () => {
    for (const p of [`/opendata/${A}/catalog.ttl`, '/opendata/catalog.jsonld?page=2']) {
      const res = await get(p);
      const body = Buffer.from(await res.arrayBuffer());
      const etag = res.headers.get('etag');
      expect(etag, p).toBe(`"${createHash('sha1').update(body).digest('base64url')}"`);
      expect(res.headers.get('content-length')).toBe(String(body.length));
      expect(res.headers.get('cache-control')).toBe('public, max-age=300');
      const head = await get(p, { method: 'HEAD' });
      expect([head.status, head.headers.get('etag')]).toEqual([200, etag]);
      expect(head.headers.get('content-length')).toBe(String(body.length));
      // fetch() adds `Cache-Control: no-cache` to a conditional request unless told otherwise.
      const conditional = (tag: string) =>
        get(p, { headers: { 'if-none-match': tag, 'cache-control': 'max-age=0' } });
      const again = await conditional(etag!);
      expect(again.status).toBe(304);
      expect((await again.arrayBuffer()).byteLength).toBe(0);
      const other = await conditional('"autre"');
      expect(other.status).toBe(200);
      expect(Buffer.from(await other.arrayBuffer()).equals(body)).toBe(true);
    }
  });

  it('keeps identifiers and download URLs stable from one render to the next', async () => {
    const urls = async () => {
      const store = parseTurtle(await (await get(`/opendata/${A}/catalog.ttl`)).text());
      return store
        .getObjects(null, `${NS.dcat}downloadURL`, null)
        .map((t) => t.value)
        .sort();
    };
    const first = await urls();
    await services().datasetExport.exportDeliberations(A, 2024);
    expect(await urls()).toEqual(first);
  });

  it('pages the platform catalogue with hydra:next until every dataset was seen once', async () => {
    const seen: string[] = [];
    let url: string | null = `${PUBLIC_URL}/opendata/catalog.ttl`;
    let pages = 0;
    let total = 0;
    while (url) {
      const res = await get(local(url));
      expect(res.status).toBe(200);
      const store = parseTurtle(await res.text());
      expect(harvesterProblems(store)).toEqual([]);
      for (const ds of subjectsOfType(store, `${NS.dcat}Dataset`)) {
        seen.push(one(store, ds, `${NS.dct}identifier`)[0]!.value);
      }
      const cat = subjectsOfType(store, `${NS.dcat}Catalog`)[0]!;
      total = Number(one(store, cat, `${NS.hydra}totalItems`)[0]!.value);
      const view = subjectsOfType(store, `${NS.hydra}PartialCollectionView`)[0]!;
      url = one(store, view, `${NS.hydra}next`)[0]?.value ?? null;
      pages++;
    }
    // Platform: deliberations + procurement; A: 4, B: deliberations + acts, MANY × (budgets,
    // procurement); nothing of OFF.
    expect(total).toBe(2 + 4 + 2 + MANY * 2);
    expect(pages).toBe(Math.ceil(total / 100));
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toHaveLength(total);
    expect(seen.some((id) => id.startsWith(OFF))).toBe(false);
    const json = await get('/opendata/catalog.jsonld?page=2');
    expect(json.status).toBe(200);
    expect(harvesterProblems(await parseJsonLd(await json.text()))).toEqual([]);
    expect((await get('/opendata/catalog.ttl?page=99')).status).toBe(404);
  });

  it('describes the files of every organisation as datasets of the platform, first page, in both serialisations', async () => {
    for (const ext of ['ttl', 'jsonld'] as const) {
      const text = await (await get(`/opendata/catalog.${ext}`)).text();
      const store = ext === 'ttl' ? parseTurtle(text) : await parseJsonLd(text);
      expect(harvesterProblems(store)).toEqual([]);
      const byId = new Map(
        subjectsOfType(store, `${NS.dcat}Dataset`).map((d) => [
          one(store, d, `${NS.dct}identifier`)[0]!.value,
          d,
        ]),
      );
      const decp = byId.get('plateforme-marches-publics')!;
      expect(decp.value).toBe(`${PUBLIC_URL}/donnees/#marches-publics`);
      expect(one(store, decp, `${NS.dct}title`)[0]!.value).toContain(
        'toutes les collectivités de la plateforme',
      );
      expect(one(store, decp, `${NS.dcat}landingPage`)[0]!.value).toBe(
        `${PUBLIC_URL}/donnees/#marches-publics`,
      );
      const publisher = one(store, decp, `${NS.dct}publisher`)[0]!;
      expect(publisher.value).toBe(`${PUBLIC_URL}/donnees/#plateforme`);
      expect(one(store, publisher, `${NS.foaf}name`)).toHaveLength(1);
      const dists = one(store, decp, `${NS.dcat}distribution`);
      const urls = dists.map((d) => one(store, d, `${NS.dcat}downloadURL`)[0]!.value).sort();
      expect(urls).toEqual([
        `${PUBLIC_URL}/opendata/decp/2024.json`,
        `${PUBLIC_URL}/opendata/decp/2024.xml`,
      ]);
      for (const d of dists) {
        expect(one(store, d, `${NS.dcat}byteSize`)[0]!.value).toBe('1234');
        const sum = one(store, d, `${NS.spdx}checksum`)[0]!;
        expect(one(store, sum, `${NS.spdx}checksumValue`)[0]!.value).toBe('a'.repeat(64));
      }
      const delib = byId.get('plateforme-deliberations')!;
      expect(
        one(store, delib, `${NS.dcat}distribution`).map(
          (d) => one(store, d, `${NS.dcat}downloadURL`)[0]!.value,
        ),
      ).toContain(`${PUBLIC_URL}/opendata/deliberations/2024.csv`);
      // An organisation's catalogue holds its own datasets only, published by it.
      const own = parseTurtle(await (await get(`/opendata/${A}/catalog.ttl`)).text());
      expect(new Set(own.getObjects(null, `${NS.dct}publisher`, null).map((t) => t.value))).toEqual(
        new Set([`${PUBLIC_URL}/donnees/${A}#organisation`]),
      );
      expect(
        subjectsOfType(own, `${NS.dcat}Dataset`).map(
          (d) => one(own, d, `${NS.dct}identifier`)[0]!.value,
        ),
      ).not.toContain('plateforme-marches-publics');
    }
  });

  it('leaves out of the DCAT catalogues the datasets pushed by API (one channel per dataset), not of /donnees/', async () => {
    const ids = async (path: string) => {
      const store = parseTurtle(await (await get(path)).text());
      return subjectsOfType(store, `${NS.dcat}Dataset`)
        .map((ds) => one(store, ds, `${NS.dct}identifier`)[0]!.value)
        .sort();
    };
    const before = await ids(`/opendata/${A}/catalog.ttl`);
    expect(before).toContain(`${A}-deliberations`);
    const e = em();
    const org = await e.findOneOrFail(Organization, { siren: A });
    // Push on with the organisation's own key; the acts' listing left to the harvester.
    const settings = e.create(DatagouvSettings, {
      organization: org,
      pushEnabled: true,
      apiKeySealed: 'v1:sealed',
      harvestedKinds: ['ACT_FILES'],
    });
    await e.flush();
    try {
      const pushed = before.filter((id) => !id.endsWith('-actes-fichiers'));
      expect(await ids(`/opendata/${A}/catalog.ttl`)).toEqual(
        before.filter((id) => !pushed.includes(id)),
      );
      const platform = await ids('/opendata/catalog.ttl');
      expect(platform.some((id) => pushed.includes(id))).toBe(false);
      // The citizens' page still lists every dataset.
      expect(await (await get(`/donnees/${A}`)).text()).toContain('Délibérations');
      // Push off: back in the catalogues.
      settings.pushEnabled = false;
      await e.flush();
      expect(await ids(`/opendata/${A}/catalog.ttl`)).toEqual(before);
    } finally {
      await e.removeAndFlush(settings);
    }
  });

  it('answers 404 for an organisation whose open data is off, or unknown', async () => {
    for (const p of [
      `/opendata/${OFF}/catalog.ttl`,
      `/opendata/${OFF}/catalog.jsonld`,
      '/opendata/999999999/catalog.ttl',
      `/opendata/${OFF}/actes/2024.csv`,
      `/donnees/${OFF}`,
    ]) {
      expect((await get(p)).status, p).toBe(404);
    }
  });

  it('lists the public act PDFs of a year with their stable URLs, sizes and checksums', async () => {
    const e = em();
    const withheld = await e.findOneOrFail(
      Document,
      { act: { organization: { siren: B } }, annex: true },
      { populate: ['act'] },
    );
    withheld.withheld = true;
    await e.flush();
    // Generated like every dataset file (the projection of the act queues this export).
    const listing = await services().datasetExport.exportActListing(B, 2024);
    const res = await get(`/opendata/${B}/actes/2024.csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const body = Buffer.from(await res.arrayBuffer());
    expect(res.headers.get('etag')).toBe(`"${listing!.sha256}"`);
    // Its distribution in the catalogue carries the served file's size and checksum.
    const store = parseTurtle(await (await get(`/opendata/${B}/catalog.ttl`)).text());
    const dist = subjectsOfType(store, `${NS.dcat}Distribution`).find(
      (d) =>
        one(store, d, `${NS.dcat}downloadURL`)[0]!.value ===
        `${PUBLIC_URL}/opendata/${B}/actes/2024.csv`,
    )!;
    expect(one(store, dist, `${NS.dcat}byteSize`)[0]!.value).toBe(String(body.length));
    const checksum = one(store, dist, `${NS.spdx}checksum`)[0]!;
    expect(one(store, checksum, `${NS.spdx}checksumValue`)[0]!.value).toBe(
      createHash('sha256').update(body).digest('hex'),
    );
    const history = await e.find(DatasetGeneration, {
      kind: DatasetKind.ACT_FILES,
      scope: B,
      year: 2024,
    });
    expect(history.map((h) => [h.rowCount, h.size, h.sha256])).toContainEqual([
      1,
      body.length,
      listing!.sha256,
    ]);
    const lines = body.toString('utf8').trim().split('\n');
    expect(lines[0]).toBe(
      'acte_id,acte_numero,acte_date,acte_nature,acte_objet,document_id,document_nom,annexe,type_media,taille_octets,sha256,url',
    );
    expect(lines).toHaveLength(2); // the withheld annex is not listed
    const url = lines[1]!.split(',').at(-1)!;
    expect(url).toMatch(new RegExp(`^${PUBLIC_URL}/opendata/${B}/actes/[^/]+/[^/]+/acte\\.pdf$`));
    expect((await get(`/opendata/${A}/actes/2023.csv`)).status).toBe(404);
  });

  it('renders /donnees/ in French with organisations, files and links, filtered by name or SIREN', async () => {
    const res = await get('/donnees/');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<html lang="fr">');
    expect(html).toMatch(/<title>[^<]*Données ouvertes[^<]*<\/title>/);
    expect(html).toMatch(/<meta name="description" content="[^"]{50,}">/);
    expect(html).toContain('Commune de Crach');
    expect(html).not.toContain('Syndicat fermé');
    expect(html).toContain(`${PUBLIC_URL}/opendata/catalog.ttl`);
    const crach = await (await get('/donnees/?q=crach')).text();
    expect(crach).toContain('Commune de Crach');
    expect(crach).not.toContain('Ville de Paris');
    expect(crach).toContain(`${PUBLIC_URL}/opendata/${A}/deliberations/2024.csv`);
    expect(crach).toContain(`${PUBLIC_URL}/opendata/${A}/catalog.jsonld`);
    expect(crach).toContain(`${PUBLIC_URL}/widgets/actes/?siren=${A}`);
    expect(crach).toContain('scdl/deliberations 2.1.3');
    const bySiren = await (await get(`/donnees/?q=${B}`)).text();
    expect(bySiren).toContain('Ville de Paris');
    expect(bySiren).not.toContain('Commune de Crach');
    const one = await get(`/donnees/${A}`);
    expect(one.status).toBe(200);
    expect(await one.text()).toMatch(/<h1>Données ouvertes de Commune de Crach<\/h1>/);
  });

  it('lets staff edit a dataset metadata through GraphQL: audited, served in the catalogue, back to defaults when emptied', async () => {
    const update = (input: Record<string, unknown>) =>
      app.gql<any>(
        'mutation($s: String!, $i: CatalogMetadataInput!) { updateCatalogMetadata(siren: $s, kind: DELIBERATIONS, input: $i) { identifier title license frequency keywords edited } }',
        { s: A, i: input },
        admin,
      );
    const res = await update({
      title: 'Délibérations du conseil municipal de Crach',
      license: 'odc-odbl',
      frequency: 'weekly',
      keywords: ['Conseil-Municipal', 'deliberations', 'deliberations'],
    });
    expect(res.data?.updateCatalogMetadata).toEqual({
      identifier: `${A}-deliberations`,
      title: 'Délibérations du conseil municipal de Crach',
      license: 'odc-odbl',
      frequency: 'weekly',
      keywords: ['conseil-municipal', 'deliberations'],
      edited: true,
    });
    const store = parseTurtle(await (await get(`/opendata/${A}/catalog.ttl`)).text());
    const ds = subjectsOfType(store, `${NS.dcat}Dataset`).find(
      (d) => one(store, d, `${NS.dct}identifier`)[0]!.value === `${A}-deliberations`,
    )!;
    expect(one(store, ds, `${NS.dct}title`)[0]!.value).toBe(
      'Délibérations du conseil municipal de Crach',
    );
    expect(one(store, ds, `${NS.dct}license`)[0]!.value).toBe(
      'https://opendatacommons.org/licenses/odbl/summary/',
    );
    expect(one(store, ds, `${NS.dct}accrualPeriodicity`)[0]!.value).toBe(
      'http://publications.europa.eu/resource/authority/frequency/WEEKLY',
    );
    const audit = await app.gql<any>(
      'query($f: AuditFilter) { auditLog(filter: $f, first: 5) { nodes { action siren } } }',
      { f: { action: 'catalog.metadata.update' } },
      admin,
    );
    expect(audit.data?.auditLog.nodes).toEqual([{ action: 'catalog.metadata.update', siren: A }]);
    const bad = await update({ license: 'proprietaire' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('catalog/invalid_metadata');
    expect(bad.errors?.[0]?.message).toMatch(/Licence inconnue/);
    const reset = await update({ title: '', license: null, frequency: null, keywords: [] });
    expect(reset.data?.updateCatalogMetadata).toMatchObject({
      title: 'Délibérations - Commune de Crach',
      license: 'lov2',
      frequency: 'daily',
      edited: false,
    });
  });

  it('keeps the previous valid file served and described after a refused regeneration; staff read the history', async () => {
    const before = await services().catalog.datasets(A);
    const csvBefore = before[0]!.distributions.find((d) => d.format === 'csv')!;
    const served = await (await get(`/opendata/${A}/deliberations/2024.csv`)).text();
    // A refused regeneration, as the export service leaves it (its own test proves it keeps the
    // file): the row says invalid, the served file and its checksum stay the previous ones.
    await em().nativeUpdate(
      Dataset,
      { scope: A, kind: DatasetKind.DELIBERATIONS, year: 2024 },
      { valid: false, status: DatasetStatus.INVALID, generatedAt: new Date(), errorCount: 1 },
    );
    expect(await (await get(`/opendata/${A}/deliberations/2024.csv`)).text()).toBe(served);
    const csvAfter = (await services().catalog.datasets(A))[0]!.distributions.find(
      (d) => d.format === 'csv',
    )!;
    expect(csvAfter).toMatchObject({
      downloadUrl: csvBefore.downloadUrl,
      sha256: csvBefore.sha256,
      size: csvBefore.size,
      modifiedAt: csvBefore.modifiedAt,
      valid: false,
    });
    const history = await app.gql<any>(
      'query($s: String!) { datasetHistory(siren: $s, kind: DELIBERATIONS, year: 2024) { reason valid published sha256 rowCount } }',
      { s: A },
      admin,
    );
    const rows = history.data!.datasetHistory;
    expect(rows.length).toBeGreaterThanOrEqual(1);
    expect(
      rows.every((r: any) => r.valid && r.published && r.sha256 && r.reason === 'export'),
    ).toBe(true);
  });

  it('lists a file history newest first when two generations share one second (MariaDB keeps whole seconds)', async () => {
    const e = em();
    const at = new Date('2025-03-01T10:00:00.000Z');
    for (const [reason, rowCount] of [
      ['nightly', 1],
      ['on-demand', 2],
    ] as const) {
      e.create(DatasetGeneration, {
        kind: DatasetKind.BUDGETS,
        scope: A,
        year: 2019,
        generatedAt: at,
        reason,
        rowCount,
        valid: true,
        published: true,
      });
      // Two flushes: the second row is written after the first, in the same second.
      await e.flush();
    }
    const history = await app.gql<any>(
      'query($s: String!) { datasetHistory(siren: $s, kind: BUDGETS, year: 2019) { reason rowCount generatedAt } }',
      { s: A },
      admin,
    );
    expect(history.data!.datasetHistory.map((r: any) => r.reason)).toEqual([
      'on-demand',
      'nightly',
    ]);
  });

  it('queues the acts listing alone after a non-deliberation act is projected, the deliberations file too after a deliberation', async () => {
    const other = await seedAct(app, B, {
      status: ActStatus.PUBLISHED,
      nature: ActNature.REGULATORY,
      number: 'ARRETE-1',
    });
    // The queued exports, as `siren:year` (`+acts` when the listing alone).
    const keys = async () =>
      (
        await em()
          .getConnection()
          .execute<{ d: string }[]>(
            "select data as d from agenda_jobs where name = 'dataset.export'",
          )
      ).map((r: { d: string }) => {
        const data = JSON.parse(r.d) as { siren: string; year: number; actsOnly?: boolean };
        return `${data.actsOnly ? 'act-listing' : 'dataset'}:${data.siren}:${data.year}`;
      });
    await services().projection.projectActs([other]);
    const year = (await em().findOneOrFail(Act, { id: other })).date.slice(0, 4);
    expect(await keys()).toContain(`act-listing:${B}:${year}`);
    expect(await keys()).not.toContain(`dataset:${B}:${year}`);
    const delib = await seedAct(app, B, { status: ActStatus.PUBLISHED, number: 'DELIB-9' });
    await services().projection.projectActs([delib]);
    expect(await keys()).toContain(`dataset:${B}:${year}`);
  });
});
