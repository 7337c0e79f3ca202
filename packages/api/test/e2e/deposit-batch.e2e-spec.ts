import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Act } from '../../src/domains/acts/act.entity.js';
import { AuditEntry } from '../../src/identity/audit/audit-entry.entity.js';
import { systemViewer } from '../../src/core/viewer.js';
import { Deposit, DepositStatus } from '../../src/domains/deposits/deposit.entity.js';
import { Organization } from '../../src/identity/tenants/organization.entity.js';
import { createServices } from '../../src/app/services.js';
import { badDeposits, buildDeposit, writeDeposit } from '../fixtures/deposit.fixture.js';
import { mysqlSkipReason } from '../support/test-db.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

const skip = mysqlSkipReason();
if (skip) {
  process.stdout.write(`[skipped] deposit batches e2e on MySQL: ${skip}\n`);
}

describe.skipIf(skip)('ingesting several deposits in one batch', () => {
  let app: TestApp;
  let incoming: string;

  const services = () =>
    createServices(
      app.runtime.components.orm.em.fork(),
      app.runtime.components,
      systemViewer('test'),
    );
  const em = () => app.runtime.components.orm.em.fork();
  const jobCount = async (name: string) => {
    const rows = await em()
      .getConnection()
      .execute<{ n: number }[]>('select count(*) as n from agenda_jobs where name = ?', [name]);
    return Number(rows[0]!.n);
  };

  beforeAll(async () => {
    app = await createTestApp('deposit-batch');
    incoming = app.config.depositDir;
  });
  afterAll(async () => {
    await app?.close();
  });

  it('gives each zip its own outcome, in order, with one transaction and one follow-up job of each kind', async () => {
    const projectBefore = await jobCount('acts.project');
    const extractBefore = await jobCount('documents.extract');
    const paths = [
      await writeDeposit(
        incoming,
        await buildDeposit({ metadata: { numero_de_lacte: 'LOT_1' } }),
        'lotA1.zip',
      ),
      await writeDeposit(incoming, await badDeposits.noMetadata(), 'lotA2.zip'),
      await writeDeposit(
        incoming,
        await buildDeposit({ metadata: { numero_de_lacte: 'LOT_3' } }),
        'lotA3.zip',
      ),
      await writeDeposit(incoming, await badDeposits.truncatedZip(), 'lotA4.zip'),
    ];
    const outcomes = await services().depositIngest.ingestBatch(paths.map((p) => ({ path: p })));

    expect(outcomes.map((o) => [o.status, o.detail])).toEqual([
      ['done', 'act saved'],
      ['failed', 'deposit/no_metadata'],
      ['done', 'act saved'],
      ['failed', 'deposit/corrupt_zip'],
    ]);
    const acts = await em().find(
      Act,
      { pastellId: { $in: ['lotA1', 'lotA3'] } },
      { populate: ['documents'], orderBy: { number: 'asc' } },
    );
    expect(acts.map((a) => [a.number, a.documents.length])).toEqual([
      ['LOT_1', 2],
      ['LOT_3', 2],
    ]);
    const failed = await em().findOneOrFail(Deposit, { id: outcomes[1]!.depositId! });
    expect(failed.status).toBe(DepositStatus.FAILED);
    expect(failed.errorMessage).toMatch(/metadata\.json/);
    // Every zip left the incoming folder: accepted ones to processed, bad ones kept in quarantine.
    expect(await readdir(incoming)).toEqual([]);
    const quarantine = await readdir(path.join(path.dirname(incoming), 'quarantine'));
    expect(quarantine.sort()).toEqual(
      [`${outcomes[1]!.depositId}__lotA2.zip`, `${outcomes[3]!.depositId}__lotA4.zip`].sort(),
    );
    expect(failed.storedPath).toBe(
      path.join(path.dirname(incoming), 'quarantine', `${failed.id}__lotA2.zip`),
    );
    expect(await jobCount('acts.project')).toBe(projectBefore + 1);
    expect(await jobCount('documents.extract')).toBe(extractBefore + 1);
  });

  it('applies two versions of one act in the order given (one act, updated and audited)', async () => {
    const v1 = await writeDeposit(
      incoming,
      await buildDeposit({ metadata: { objet: 'Première version' } }),
      'versB.zip',
    );
    const v2 = await writeDeposit(
      incoming,
      await buildDeposit({ metadata: { objet: 'Seconde version' } }),
      'versB-2.zip',
    );
    const outcomes = await services().depositIngest.ingestBatch([{ path: v1 }, { path: v2 }]);

    expect(outcomes.map((o) => o.status)).toEqual(['done', 'done']);
    expect(outcomes[0]!.actId).toBe(outcomes[1]!.actId);
    const act = await em().findOneOrFail(Act, { pastellId: 'versB' });
    expect(act.subject).toBe('Seconde version');
    const audit = await em().find(AuditEntry, {
      action: 'act.updated_by_deposit',
      targetId: act.id,
    });
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.before!).subject).toBe('Première version');
  });

  it('creates an unknown organisation once for all its deposits of the batch', async () => {
    const siren = '200066462';
    const paths = await Promise.all(
      ['orgC1', 'orgC2', 'orgC3'].map(async (name) =>
        writeDeposit(
          incoming,
          await buildDeposit({
            metadata: { siren, entity_name: 'Métropole de Test', numero_de_lacte: name },
          }),
          `${name}.zip`,
        ),
      ),
    );
    const outcomes = await services().depositIngest.ingestBatch(paths.map((p) => ({ path: p })));
    expect(outcomes.map((o) => o.status)).toEqual(['done', 'done', 'done']);
    const orgs = await em().find(Organization, { siren });
    expect(orgs.map((o) => o.name)).toEqual(['Métropole de Test']);
    expect(await em().count(Act, { organization: orgs[0]! })).toBe(3);
    const deposits = await em().find(Deposit, { id: { $in: outcomes.map((o) => o.depositId!) } });
    expect(deposits.filter((d) => d.warnings.some((w) => w.includes('créée'))).length).toBe(1);
  });

  it('is idempotent: the same zips again, or the same path twice, change nothing', async () => {
    const zip = await buildDeposit({ metadata: { numero_de_lacte: 'IDEM_1' } });
    const first = await services().depositIngest.ingestBatch([
      { path: await writeDeposit(incoming, zip, 'idemD.zip') },
    ]);
    const again = await writeDeposit(incoming, zip, 'idemD.zip');
    const outcomes = await services().depositIngest.ingestBatch([{ path: again }, { path: again }]);

    expect(outcomes.map((o) => [o.status, o.depositId])).toEqual([
      ['skipped', first[0]!.depositId],
      ['skipped', undefined],
    ]);
    expect(await em().count(Act, { pastellId: 'idemD' })).toBe(1);
    expect(await em().count(Deposit, { fileName: 'idemD.zip' })).toBe(1);
    expect(await readdir(incoming)).toEqual([]);
  });
  it('re-projects a document’s new text (PDF text, OCR) without regenerating any open data file', async () => {
    const [out] = await services().depositIngest.ingestBatch([
      {
        path: await writeDeposit(
          incoming,
          await buildDeposit({ metadata: { numero_de_lacte: 'TEXTE_1' } }),
          'texte1.zip',
        ),
      },
    ]);
    const act = await em().findOneOrFail(Act, { number: 'TEXTE_1' });
    expect(out!.status).toBe('done');
    const exportsBefore = await jobCount('dataset.export');
    await services().projection.projectActs([act.id], undefined, { files: false });
    expect(await jobCount('dataset.export')).toBe(exportsBefore);
    // A change of the act itself still schedules its files.
    await services().projection.projectActs([act.id]);
    expect(await jobCount('dataset.export')).toBeGreaterThan(exportsBefore);
  });
});
