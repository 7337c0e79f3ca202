/**
 * The api operations added for the admin: widget settings (« marque blanche ») with the contrast
 * check, the public widget settings, the jobs list and restoring deleted acts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, createOrg, createUser, ok, seedAct } from '../support/identity-fixtures.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { mysqlSkipReason } from '../support/test-db.js';

const skip = mysqlSkipReason();
if (skip) {
  process.stdout.write(`[skipped] admin support e2e on MySQL: ${skip}\n`);
}

const A = '215600461';
const B = '200067213';
const FIELDS =
  'siren title primaryColor backgroundColor textColor natures classifications dateFrom dateTo year pageSize';
const GET = `query($s: String!) { widgetSettings(siren: $s) { ${FIELDS} } }`;
const UPDATE = `mutation($i: UpdateWidgetSettingsInput!) { updateWidgetSettings(input: $i) { ${FIELDS} } }`;
const PUBLIC = `query($s: String!) { publicWidgetSettings(siren: $s) { organizationName ${FIELDS} } }`;

describe.skipIf(skip)('api support for the admin', () => {
  let app: TestApp;
  let admin: string;
  let aAdmin: string;
  let aEditor: string;

  beforeAll(async () => {
    app = await createTestApp('admin-support');
    admin = await app.loginAdmin();
    await createOrg(app, admin, A, 'Commune de Crach');
    await createOrg(app, admin, B, 'Agglo B');
    aAdmin = (await createUser(app, admin, 'admin-a@a.test', [{ siren: A, role: 'ADMIN' }])).token;
    aEditor = (await createUser(app, admin, 'editeur-a@a.test', [{ siren: A, role: 'EDITOR' }]))
      .token;
  });
  afterAll(async () => {
    await app?.close();
  });

  it('gives default widget settings, then saves a readable theme and preset filters', async () => {
    const initial = ok(
      await app.gql<{ widgetSettings: Record<string, unknown> }>(GET, { s: A }, aEditor),
    ).widgetSettings;
    expect(initial).toMatchObject({
      siren: A,
      title: 'Actes publiés de Commune de Crach',
      primaryColor: '#1d4f91',
      natures: [],
      pageSize: 10,
    });

    const saved = ok(
      await app.gql<{ updateWidgetSettings: Record<string, unknown> }>(
        UPDATE,
        {
          i: {
            siren: A,
            title: '  Nos délibérations ',
            primaryColor: '#A3001B',
            natures: ['DELIBERATION', 'REGULATORY'],
            classifications: ['7.1', '1'],
            year: 2024,
            pageSize: 20,
          },
        },
        aAdmin,
      ),
    ).updateWidgetSettings;
    expect(saved).toMatchObject({
      title: 'Nos délibérations',
      primaryColor: '#a3001b',
      classifications: ['7.1', '1'],
      year: 2024,
      pageSize: 20,
    });
    const pub = ok(
      await app.gql<{ publicWidgetSettings: Record<string, unknown> }>(PUBLIC, { s: A }),
    ).publicWidgetSettings;
    expect(pub).toMatchObject({
      organizationName: 'Commune de Crach',
      title: 'Nos délibérations',
      natures: ['DELIBERATION', 'REGULATORY'],
      year: 2024,
    });

    // An empty title goes back to the default one.
    const reset = ok(
      await app.gql<{ updateWidgetSettings: { title: string } }>(
        UPDATE,
        { i: { siren: A, title: '' } },
        aAdmin,
      ),
    );
    expect(reset.updateWidgetSettings.title).toBe('Actes publiés de Commune de Crach');
  });

  it('refuses a theme under 4.5:1 with a French message, and inconsistent presets', async () => {
    const grey = await app.gql(UPDATE, { i: { siren: A, textColor: '#999999' } }, aAdmin);
    expect(codeOf(grey)).toBe('widgets/low_contrast');
    expect(grey.errors?.[0]?.message).toBe(
      'Contraste insuffisant entre le texte et le fond (#999999 sur #ffffff) : 2,84:1, il faut au moins 4,5:1.',
    );
    expect(
      codeOf(await app.gql(UPDATE, { i: { siren: A, primaryColor: '#f2c200' } }, aAdmin)),
    ).toBe('widgets/low_contrast');
    expect(
      codeOf(
        await app.gql(UPDATE, { i: { siren: A, year: 2023, dateFrom: '2023-01-01' } }, aAdmin),
      ),
    ).toBe('widgets/year_and_dates');
    expect(
      codeOf(
        await app.gql(
          UPDATE,
          { i: { siren: A, year: null, dateFrom: '2024-02-01', dateTo: '2024-01-01' } },
          aAdmin,
        ),
      ),
    ).toBe('widgets/invalid_date_range');
    expect(
      codeOf(await app.gql(UPDATE, { i: { siren: A, natures: ['INDIVIDUAL'] } }, aAdmin)),
    ).toBe('widgets/individual_nature');
    expect(codeOf(await app.gql(UPDATE, { i: { siren: A, primaryColor: 'rouge' } }, aAdmin))).toBe(
      'validation/invalid_input',
    );
    expect(codeOf(await app.gql(UPDATE, { i: { siren: A, pageSize: 50 } }, aAdmin))).toBe(
      'validation/invalid_input',
    );
    expect(
      codeOf(await app.gql(UPDATE, { i: { siren: A, classifications: ['10'] } }, aAdmin)),
    ).toBe('validation/invalid_input');
    const unchanged = ok(
      await app.gql<{ widgetSettings: { textColor: string; year: number } }>(GET, { s: A }, aAdmin),
    ).widgetSettings;
    expect(unchanged).toMatchObject({ textColor: '#1a1a1a', year: 2024 });
  });

  it('keeps widget settings to the organisation’s administrators, and public only when open data is on', async () => {
    expect(codeOf(await app.gql(UPDATE, { i: { siren: A, pageSize: 5 } }, aEditor))).toBe(
      'auth/forbidden',
    );
    expect(codeOf(await app.gql(GET, { s: B }, aAdmin))).toBe('organizations/not_found');
    ok(
      await app.gql(
        'mutation { updateOrganization(input: { siren: "200067213", openDataActive: false }) { siren } }',
        {},
        admin,
      ),
    );
    expect(
      ok(await app.gql<{ publicWidgetSettings: unknown }>(PUBLIC, { s: B })).publicWidgetSettings,
    ).toBeNull();
    expect(
      ok(await app.gql<{ publicWidgetSettings: unknown }>(PUBLIC, { s: '999999999' }))
        .publicWidgetSettings,
    ).toBeNull();
  });

  it('lists jobs: everything for platform admins, the organisation’s own for its staff', async () => {
    const jobs = app.runtime.components.jobs!;
    const idA = await jobs.enqueue('dataset.export', { siren: A, year: 2024 });
    const idB = await jobs.enqueue('dataset.export', { siren: B, year: 2024 });
    const JOBS =
      'query($st: JobState) { jobs(first: 50, state: $st) { totalCount nodes { id name state progress siren } } }';
    const all = ok(
      await app.gql<{
        jobs: { totalCount: number; nodes: { id: string; siren: string | null; state: string }[] };
      }>(JOBS, {}, admin),
    ).jobs;
    expect(all.nodes.map((j) => j.id)).toEqual(expect.arrayContaining([idA, idB]));
    const mine = ok(
      await app.gql<{
        jobs: { totalCount: number; nodes: { id: string; siren: string | null; state: string }[] };
      }>(JOBS, { st: 'QUEUED' }, aEditor),
    ).jobs;
    expect(mine.nodes.map((j) => j.id)).toEqual([idA]);
    expect(mine.totalCount).toBe(1);
    expect(mine.nodes[0]).toMatchObject({ state: 'QUEUED', siren: A, progress: 0 });
    expect(
      ok(await app.gql<{ jobs: { totalCount: number } }>(JOBS, { st: 'FAILED' }, aEditor)).jobs
        .totalCount,
    ).toBe(0);
    expect(codeOf(await app.gql(JOBS, {}))).toBe('auth/unauthenticated');
  });

  it('restores a deleted act', async () => {
    const id = await seedAct(app, A);
    const del = await app.gql<{ deleteActs: { updated: { id: string }[] } }>(
      'mutation($ids: [ID!]!) { deleteActs(ids: $ids) { updated { id } } }',
      { ids: [id] },
      aEditor,
    );
    expect(ok(del).deleteActs.updated).toEqual([{ id }]);
    expect(
      ok(
        await app.gql<{ act: unknown }>('query($id: ID!) { act(id: $id) { id } }', { id }, aEditor),
      ).act,
    ).toBeNull();
    const RESTORE =
      'mutation($ids: [ID!]!) { restoreActs(ids: $ids) { updated { id deleted } failed { id code } } }';
    const restored = ok(
      await app.gql<{ restoreActs: { updated: { id: string; deleted: boolean }[] } }>(
        RESTORE,
        { ids: [id] },
        aEditor,
      ),
    );
    expect(restored.restoreActs.updated).toEqual([{ id, deleted: false }]);
    // The act's history, with its documents' history, in one query.
    const HISTORY =
      'query($ids: [String!]!) { auditLog(filter: { targetIds: $ids }) { nodes { action targetId } } }';
    const history = ok(
      await app.gql<{ auditLog: { nodes: { action: string }[] } }>(HISTORY, { ids: [id] }, aEditor),
    );
    expect(history.auditLog.nodes.map((n) => n.action)).toEqual(['act.restore', 'act.delete']);
    // Restoring an act that is not deleted does nothing.
    const again = ok(
      await app.gql<{ restoreActs: { failed: { code: string }[] } }>(
        RESTORE,
        { ids: [id] },
        aEditor,
      ),
    );
    expect(again.restoreActs.failed).toEqual([{ id, code: 'acts/not_found' }]);
  });
});
