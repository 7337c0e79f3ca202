import { readdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createServices } from '../../src/app/services.js';
import { systemViewer } from '../../src/core/viewer.js';
import { buildDeposit, writeDeposit } from '../fixtures/deposit.fixture.js';
import { mysqlSkipReason } from '../support/test-db.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

const skip = mysqlSkipReason();

/** Faults found by the benches (bench/), each pinned by a fast reproduction. */
describe.skipIf(skip)('faults between a commit and its follow-up jobs lose nothing', () => {
  let app: TestApp;
  const ingest = (file: string) =>
    createServices(
      app.runtime.components.orm.em.fork(),
      app.runtime.components,
      systemViewer('test'),
    ).depositIngest.ingestBatch([{ path: file }]);
  const sql = async <T>(query: string) =>
    (await app.runtime.components.orm.em.getConnection().execute(query)) as T[];
  const queued = async (name: string) =>
    (await sql<{ data: unknown }>(`select data from agenda_jobs where name = '${name}'`)).map((r) =>
      JSON.stringify(r.data),
    );

  beforeAll(async () => {
    app = await createTestApp('fault-recovery');
  });
  afterAll(async () => {
    await app?.close();
  });

  it('queues the projection again when the deposit committed but its jobs could not be queued', async () => {
    const file = await writeDeposit(
      app.config.depositDir,
      await buildDeposit({ metadata: { numero_de_lacte: 'OUTAGE_1', publication_open_data: '3' } }),
      'outage.zip',
    );
    // The database goes away right after the commit: queuing the follow-up jobs fails.
    const jobs = app.runtime.components.jobs!;
    vi.spyOn(jobs, 'enqueue').mockRejectedValueOnce(new Error('Connection lost'));
    await expect(ingest(file)).rejects.toThrow('Connection lost');
    vi.restoreAllMocks();
    // The zip is still there: the job runs again, finds the deposit DONE, and queues them.
    expect(await readdir(app.config.depositDir)).toContain('outage.zip');
    const [again] = await ingest(file);
    expect(again).toMatchObject({ status: 'skipped', detail: 'already ingested' });
    expect(await readdir(app.config.depositDir)).not.toContain('outage.zip');
    const projections = await queued('acts.project');
    const [act] = await sql<{ id: string }>(`select id from acts where number = 'OUTAGE_1'`);
    const actId = act!.id;
    expect(projections.some((d) => d.includes(actId))).toBe(true);
    expect((await queued('documents.extract')).length).toBeGreaterThan(0);
  });
});
