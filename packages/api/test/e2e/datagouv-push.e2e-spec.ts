/* eslint-disable @typescript-eslint/no-explicit-any */
import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createServices } from '../../src/app/services.js';
import { rootLogger, setLogLevel } from '../../src/core/logger.js';
import { systemViewer } from '../../src/core/viewer.js';
import type { CatalogDataset } from '../../src/domains/catalog/catalog.types.js';
import { DatagouvSettings } from '../../src/domains/publishing/datagouv-settings.entity.js';
import { DatasetPush } from '../../src/domains/publishing/dataset-push.entity.js';
import { RemoteDataset } from '../../src/domains/publishing/remote-dataset.entity.js';
import { catalogDataset, servedCsv } from '../support/catalog-builder.js';
import { createOrg, ok } from '../support/identity-fixtures.js';
import { mysqlSkipReason } from '../support/test-db.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { UdataFake } from '../support/udata-fake.js';

const skip = mysqlSkipReason();
const SIREN = '213502388';
const SIRET = '21350238800019';
const KEY = 'udata_Th1s-Is-The-0rganisation-Key-7Qx9';
const CSV = (year: number, rows: number) =>
  `COLL_NOM,COLL_SIRET,DELIB_ID\n${Array.from({ length: rows }, (_, i) => `Exempleville,${SIRET},${year}-${i}`).join('\n')}\n`;

describe.skipIf(skip)('push to data.gouv.fr (a local udata fake)', () => {
  let app: TestApp;
  let admin: string;
  let fake: UdataFake;
  let remoteOrg: string;
  let catalog: CatalogDataset[] = [];
  const responses: string[] = [];
  const logs: string[] = [];
  const em = () => app.runtime.components.orm.em.fork();
  const push = () =>
    createServices(em(), app.runtime.components, systemViewer('test')).datagouvPush.run(SIREN, {
      trigger: 'manual',
    });
  const gql = async (q: string, v?: Record<string, unknown>) => {
    const res = await app.gql<any>(q, v, admin);
    responses.push(JSON.stringify(res));
    return res;
  };
  const distributions = async (years: [number, number][]) =>
    Promise.all(
      years.map(([y, rows]) =>
        servedCsv(
          app.config.dataDir,
          app.config.publicUrl,
          SIREN,
          'deliberations',
          y,
          CSV(y, rows),
        ),
      ),
    );

  beforeAll(async () => {
    fake = await new UdataFake().start();
    remoteOrg = fake.addOrg('Commune d’Exempleville', SIRET);
    fake.addKey(KEY, [remoteOrg]);
    app = await createTestApp('datagouv-push', {
      DATAGOUV_API_URL: fake.url,
      DATAGOUV_TIMEOUT_MS: '400',
      DATAGOUV_MIN_INTERVAL_MS: '0',
    });
    // Capture every log line, at the most verbose level, to search them for the key.
    const stream = (rootLogger as any)[pino.symbols.streamSym];
    stream.write = (line: string) => {
      logs.push(line);
      return true;
    };
    setLogLevel('trace');
    app.runtime.components.udataTuning = { retryBaseMs: 20, maxWaitMs: 3000 };
    app.runtime.components.pushCatalog = { datasets: async () => catalog };
    admin = await app.loginAdmin();
    await createOrg(app, admin, SIREN, 'Commune d’Exempleville');
    ok(
      await gql(
        'mutation($i: UpdateOrganizationInput!) { updateOrganization(input: $i) { siret } }',
        {
          i: { siren: SIREN, siret: SIRET },
        },
      ),
    );
  });
  afterAll(async () => {
    setLogLevel('silent');
    await app?.close();
    await fake?.stop();
  });
  beforeEach(() => {
    fake.injections.length = 0;
  });

  it('keeps the API key write-only: set through GraphQL, never returned, sealed at rest', async () => {
    const set = ok(
      await gql(
        'mutation($i: DatagouvSettingsInput!) { updateDatagouvSettings(input: $i) { siren hasApiKey apiKeyHint pushEnabled apiUrl platformKeyAvailable } }',
        { i: { siren: SIREN, apiKey: KEY, pushEnabled: true } },
      ),
    ).updateDatagouvSettings;
    expect(set).toEqual({
      siren: SIREN,
      hasApiKey: true,
      apiKeyHint: KEY.slice(-4),
      pushEnabled: true,
      apiUrl: fake.url,
      platformKeyAvailable: false,
    });
    const stored = await em().findOneOrFail(DatagouvSettings, { organization: { siren: SIREN } });
    expect(stored.apiKeySealed).toMatch(/^v1:/);
    expect(stored.apiKeySealed).not.toContain(KEY);
    const bad = await gql(
      'mutation($i: DatagouvSettingsInput!) { updateDatagouvSettings(input: $i) { hasApiKey } }',
      { i: { siren: SIREN, apiKey: 'short' } },
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe('publishing/invalid_api_key');
  });

  it('first push creates the dataset and uploads each yearly file with its schema', async () => {
    catalog = [
      catalogDataset(
        SIREN,
        'DELIBERATIONS',
        await distributions([
          [2024, 3],
          [2025, 2],
        ]),
      ),
    ];
    const p = await push();
    expect(p.status, `${p.errorMessage} ${JSON.stringify(p.results)}`).toBe('SUCCEEDED');
    expect(p.remoteOrgId).toBe(remoteOrg);
    expect(p.results[0]).toMatchObject({ action: 'CREATED' });
    expect(p.results[0]!.resources.map((r) => r.action)).toEqual(['CREATED', 'CREATED']);
    const [d] = fake.state();
    expect(fake.state()).toHaveLength(1);
    expect(d).toMatchObject({
      title: 'Délibérations – Commune d’Exempleville',
      license: 'lov2',
      frequency: 'daily',
      spatial: { zones: ['fr:commune:35238'], granularity: 'fr:commune' },
      temporal_coverage: { start: '2024-01-01', end: '2025-12-31' },
      extras: { 'opendata:id': `${SIREN}-deliberations` },
    });
    expect(d!.tags).toEqual(['actes', 'conseil-municipal', 'deliberations', 'scdl']);
    expect(d!.resources.map((r) => [r.title, r.schema])).toEqual([
      [`deliberations-${SIREN}-2024.csv`, { name: 'scdl/deliberations', version: '2.1.3' }],
      [`deliberations-${SIREN}-2025.csv`, { name: 'scdl/deliberations', version: '2.1.3' }],
    ]);
    expect(fake.keysSeen).toEqual(new Set([KEY]));
  });

  it('a second push leaves the same remote state: nothing uploaded, nothing written', async () => {
    const before = fake.state();
    const uploads = fake.uploads;
    const calls = fake.calls.length;
    const p = await push();
    expect(p.status).toBe('SUCCEEDED');
    expect(fake.state()).toEqual(before);
    expect(fake.uploads).toBe(uploads);
    const writes = fake.calls.slice(calls).filter((c) => c.method !== 'GET');
    expect(writes).toEqual([]);
    expect(p.results[0]!.resources.map((r) => r.action)).toEqual(['UNCHANGED', 'UNCHANGED']);
  });

  it('a changed file replaces its resource in place; a year no longer published is removed', async () => {
    const [before] = fake.state();
    const rid2024 = before!.resources[0]!.id;
    catalog = [catalogDataset(SIREN, 'DELIBERATIONS', await distributions([[2024, 5]]))];
    const p = await push();
    expect(p.status).toBe('SUCCEEDED');
    expect(p.results[0]!.resources.map((r) => [r.year, r.action])).toEqual([
      [2024, 'REPLACED'],
      [null, 'DELETED'],
    ]);
    const [after] = fake.state();
    expect(after!.resources).toHaveLength(1);
    expect(after!.resources[0]).toMatchObject({
      id: rid2024,
      title: `deliberations-${SIREN}-2024.csv`,
      schema: { name: 'scdl/deliberations', version: '2.1.3' },
    });
    expect(after!.resources[0]!.checksum).not.toBe(before!.resources[0]!.checksum);
  });

  it('a slow answer times out and is retried; a slow upload is not duplicated', async () => {
    catalog = [
      catalogDataset(
        SIREN,
        'DELIBERATIONS',
        await distributions([
          [2024, 5],
          [2023, 4],
        ]),
      ),
    ];
    fake.inject({ match: (m, p) => m === 'GET' && /^\/datasets\/[^/]+\/$/.test(p), delayMs: 900 });
    fake.inject({
      match: (m, p) => m === 'POST' && /^\/datasets\/[^/]+\/upload\/$/.test(p),
      delayMs: 900,
    });
    const p = await push();
    expect(p.status, `${p.errorMessage} ${JSON.stringify(p.results)}`).toBe('SUCCEEDED');
    // Let the slow upload finish on the fake's side, then push again: still one file per year.
    await new Promise((r) => setTimeout(r, 800));
    const again = await push();
    expect(again.status).toBe('SUCCEEDED');
    const [d] = fake.state();
    expect(d!.resources.map((r) => r.title)).toEqual([
      `deliberations-${SIREN}-2023.csv`,
      `deliberations-${SIREN}-2024.csv`,
    ]);
  });

  it('429 with Retry-After is honoured; a 500 is retried', async () => {
    catalog = [
      catalogDataset(
        SIREN,
        'DELIBERATIONS',
        await distributions([
          [2024, 6],
          [2023, 4],
        ]),
      ),
    ];
    fake.inject({
      match: (m) => m === 'POST',
      status: 429,
      headers: { 'retry-after': '1' },
      body: { message: 'Too many requests' },
    });
    fake.inject({ match: (m) => m === 'PUT', status: 500, headers: { 'x-sentry-id': 'abc' } });
    const started = Date.now();
    const p = await push();
    expect(p.status, `${p.errorMessage} ${JSON.stringify(p.results)}`).toBe('SUCCEEDED');
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(p.results[0]!.resources.find((r) => r.year === 2024)!.action).toBe('REPLACED');
  });

  it('a 5xx that lasts fails the file, keeps the remote consistent and is recorded', async () => {
    const before = fake.state();
    catalog = [
      catalogDataset(
        SIREN,
        'DELIBERATIONS',
        await distributions([
          [2024, 7],
          [2023, 4],
        ]),
      ),
    ];
    fake.inject({
      match: (m, p) => m === 'POST' && p.includes('/resources/'),
      status: 503,
      times: 10,
    });
    const p = await push();
    expect(p.status).toBe('PARTIAL');
    const r2024 = p.results[0]!.resources.find((r) => r.year === 2024)!;
    expect(r2024).toMatchObject({ action: 'FAILED' });
    expect(r2024.error).toMatch(/indisponible \(HTTP 503\)/);
    // The old 2024 file is still there, the 2023 one untouched: nothing half done.
    expect(fake.state()).toEqual(before);
    fake.injections.length = 0;
    expect((await push()).status).toBe('SUCCEEDED');
  });

  it('an expired key fails the push clearly, and the admin lists it', async () => {
    fake.keys.get(KEY)!.expired = true;
    try {
      const p = await push();
      expect(p).toMatchObject({ status: 'FAILED', errorCode: 'publishing/key_rejected' });
      expect(p.errorMessage).toMatch(/Clé d’API refusée .*expirée/);
    } finally {
      fake.keys.get(KEY)!.expired = false;
    }
    const list = ok(
      await gql(
        'query($s: String!) { datasetPushes(siren: $s) { siren status errorCode errorMessage uploaded failed datasets { catalogId action error resources { year action error remoteId } } } }',
        { s: SIREN },
      ),
    ).datasetPushes;
    expect(list[0]).toMatchObject({
      siren: SIREN,
      status: 'FAILED',
      errorCode: 'publishing/key_rejected',
    });
    expect(
      list.some((x: any) => x.status === 'SUCCEEDED' && x.datasets[0].resources.length > 0),
    ).toBe(true);
  });

  it('a dataset deleted on the remote is created again and its stored ids updated', async () => {
    const row = await em().findOneOrFail(RemoteDataset, { catalogId: `${SIREN}-deliberations` });
    fake.softDelete(row.remoteId);
    const p = await push();
    expect(p.status).toBe('SUCCEEDED');
    expect(p.results[0]!.action).toBe('RECREATED');
    const now = await em().findOneOrFail(RemoteDataset, { catalogId: `${SIREN}-deliberations` });
    expect(now.remoteId).not.toBe(row.remoteId);
    const live = fake.state();
    expect(live).toHaveLength(1);
    expect(live[0]!.id).toBe(now.remoteId);
    expect(live[0]!.resources).toHaveLength(2);
    expect(
      Object.values(now.files)
        .map((f) => f.rid)
        .sort(),
    ).toEqual(live[0]!.resources.map((r) => r.id).sort());
  });

  it('pushDatasets queues datagouv.push with the SIREN only; the key is nowhere', async () => {
    const jobId = ok(
      await gql('mutation($s: String!) { pushDatasets(siren: $s) }', { s: SIREN }),
    ).pushDatasets;
    expect(jobId).toEqual(expect.any(String));
    ok(
      await gql(
        'query($s: String!) { datagouvSettings(siren: $s) { hasApiKey apiKeyHint lastPush { status } } }',
        { s: SIREN },
      ),
    );
    const conn = em().getConnection();
    const jobs = await conn.execute('select * from agenda_jobs');
    const job = jobs.find((j: any) => String(j.id) === jobId || JSON.stringify(j).includes(jobId));
    expect(JSON.stringify(job)).toContain(SIREN);
    const audit = await conn.execute('select * from audit_entries');
    expect(audit.some((a: any) => a.action === 'datagouv.settings')).toBe(true);
    const pushes = await em().find(DatasetPush, {});
    const haystacks = {
      responses: responses.join('\n'),
      logs: logs.join(''),
      jobs: JSON.stringify(jobs),
      audit: JSON.stringify(audit),
      pushes: JSON.stringify(pushes),
    };
    expect(logs.join('')).toContain('datagouv push finished');
    expect(logs.join('')).toContain('udata call retried');
    for (const [where, text] of Object.entries(haystacks)) {
      expect(text.includes(KEY), `key found in ${where}`).toBe(false);
      expect(text.includes(KEY.slice(0, 20)), `key start found in ${where}`).toBe(false);
    }
  });
});
