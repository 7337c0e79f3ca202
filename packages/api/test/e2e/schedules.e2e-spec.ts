/* eslint-disable @typescript-eslint/no-explicit-any */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices } from '../../src/app/services.js';
import { systemViewer } from '../../src/core/viewer.js';
import { createOrg, createUser, em, ok } from '../support/identity-fixtures.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { mysqlSkipReason } from '../support/test-db.js';

const skip = mysqlSkipReason();
const LIST =
  'query { schedules { name label cron defaultCron enabled nextRunAt lastRunAt lastStatus lastDetail running } }';
const UPDATE =
  'mutation($i: ScheduleInput!) { updateSchedule(input: $i) { name cron enabled nextRunAt } }';

describe.skipIf(skip)('repeating jobs: times as settings, declared to Agenda', () => {
  let app: TestApp;
  let admin: string;
  const system = () => createServices(em(app), app.runtime.components, systemViewer('test'));
  const repeating = async (name: string) =>
    (await app.runtime.components.jobs!.agenda.queryJobs({ name })).jobs.filter(
      (j) => !!j.repeatInterval,
    );

  beforeAll(async () => {
    app = await createTestApp('ops-schedules');
    admin = await app.loginAdmin();
    await system().schedules.declareAll(); // what the worker does at start
  });
  afterAll(async () => {
    await app?.close();
  });

  it('lists every repeating job with its default time and its next run', async () => {
    const list = ok(await app.gql<any>(LIST, {}, admin)).schedules;
    expect(list.map((s: any) => s.name)).toEqual([
      'dataset.nightly',
      'decp.sources',
      'sirene.refresh',
      'datagouv.push',
      'acts.reindex',
    ]);
    const nightly = list[0];
    expect(nightly).toMatchObject({
      cron: '0 3 * * *',
      enabled: true,
      lastRunAt: null,
      running: false,
    });
    expect(new Date(nightly.nextRunAt).getTime()).toBeGreaterThan(Date.now());
    expect((await repeating('dataset.nightly')).map((j) => j.repeatInterval)).toEqual([
      '0 3 * * *',
    ]);
  });

  it('re-declares the repeating job when its time changes, once (no duplicate)', async () => {
    const before = (await repeating('dataset.nightly'))[0]!;
    const updated = ok(
      await app.gql<any>(
        UPDATE,
        { i: { name: 'dataset.nightly', cron: ' 30  2 * * * ', enabled: true } },
        admin,
      ),
    ).updateSchedule;
    expect(updated.cron).toBe('30 2 * * *');
    const after = await repeating('dataset.nightly');
    expect(after).toHaveLength(1);
    expect(after[0]!.repeatInterval).toBe('30 2 * * *');
    expect(String(after[0]!._id)).toBe(String(before._id));
    const next = new Date(updated.nextRunAt);
    expect(next.getUTCMinutes()).toBe(30);
  });

  it('removes the repeating job when disabled, and declares it again when enabled', async () => {
    const off = ok(
      await app.gql<any>(
        UPDATE,
        { i: { name: 'decp.sources', cron: '15 * * * *', enabled: false } },
        admin,
      ),
    ).updateSchedule;
    expect(off).toMatchObject({ enabled: false, nextRunAt: null });
    expect(await repeating('decp.sources')).toHaveLength(0);
    await app.gql(
      UPDATE,
      { i: { name: 'decp.sources', cron: '15 * * * *', enabled: true } },
      admin,
    );
    expect(await repeating('decp.sources')).toHaveLength(1);
  });

  it('refuses an invalid time with a French message, and an unknown job', async () => {
    const bad = await app.gql<any>(
      UPDATE,
      { i: { name: 'dataset.nightly', cron: 'tous les jours', enabled: true } },
      admin,
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe('schedule/invalid_cron');
    expect(bad.errors?.[0]?.message).toMatch(/Horaire invalide/);
    const unknown = await app.gql<any>(
      UPDATE,
      { i: { name: 'deposit.ingest', cron: '0 1 * * *', enabled: true } },
      admin,
    );
    expect(unknown.errors?.[0]?.extensions?.code).toBe('schedule/not_found');
  });

  it('runs a job now, and shows the outcome of its last run', async () => {
    const id = ok(
      await app.gql<any>('mutation { runScheduleNow(name: "sirene.refresh") }', {}, admin),
    ).runScheduleNow;
    const [job] = (await app.runtime.components.jobs!.agenda.queryJobs({ id })).jobs;
    expect(job).toMatchObject({ name: 'sirene.refresh', data: {} });
    await system().schedules.recordRun('sirene.refresh', null);
    await system().schedules.recordRun('sirene.refresh', 'skipped', 'API Sirene non configurée.');
    const s = ok(await app.gql<any>(LIST, {}, admin)).schedules.find(
      (x: any) => x.name === 'sirene.refresh',
    );
    expect(s).toMatchObject({ lastStatus: 'skipped', lastDetail: 'API Sirene non configurée.' });
    expect(s.lastRunAt).not.toBeNull();
  });

  it('is for platform administrators only', async () => {
    await createOrg(app, admin, '215600461', 'Commune');
    const orgAdmin = await createUser(app, admin, 'admin@commune.test', [
      { siren: '215600461', role: 'ADMIN' },
    ]);
    for (const doc of [LIST, 'mutation { runScheduleNow(name: "dataset.nightly") }']) {
      const res = await app.gql(doc, {}, orgAdmin.token);
      expect(res.errors?.[0]?.extensions?.code).toBe('auth/platform_admin_required');
    }
  });
});
