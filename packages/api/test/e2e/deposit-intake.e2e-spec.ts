import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createServices } from '../../src/app/services.js';
import { systemViewer } from '../../src/core/viewer.js';
import { Act } from '../../src/domains/acts/act.entity.js';
import { Deposit, DepositStatus } from '../../src/domains/deposits/deposit.entity.js';
import { buildDeposit, writeDeposit } from '../fixtures/deposit.fixture.js';
import { mysqlSkipReason } from '../support/test-db.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

const skip = mysqlSkipReason();

describe.skipIf(skip)('deposit intake: every file ends DONE or FAILED, nothing bad enters', () => {
  let app: TestApp;
  const em = () => app.runtime.components.orm.em.fork();
  const ingestFile = async (file: string, fork = em()) => {
    const services = createServices(fork, app.runtime.components, systemViewer('test'));
    const [outcome] = await services.depositIngest.ingestBatch([{ path: file }]);
    return outcome!;
  };
  const ingest = async (zip: Buffer, name: string) =>
    ingestFile(await writeDeposit(app.config.depositDir, zip, name));
  const depositOf = (id: string) => em().findOneOrFail(Deposit, { id });
  const quarantine = () => readdir(path.join(path.dirname(app.config.depositDir), 'quarantine'));

  beforeAll(async () => {
    app = await createTestApp('deposit-intake');
  });
  afterAll(async () => {
    await app?.close();
  });

  it('tells in the history which rule published an act, and never changes the transmitted choice', async () => {
    const out = await ingest(
      await buildDeposit({ metadata: { numero_de_lacte: 'RULE_1', publication_open_data: '3' } }),
      'rule1.zip',
    );
    expect(out.status).toBe('done');
    const admin = await app.loginAdmin();
    const history = async () =>
      (
        await app.gql<{ auditLog: { nodes: { action: string; after: string | null }[] } }>(
          'query($t: [String!]!) { auditLog(filter: { targetIds: $t }, first: 20) { nodes { action after } } }',
          { t: [out.actId] },
          admin,
        )
      ).data!.auditLog.nodes;
    const entries = await history();
    const auto = entries.find((e) => e.action === 'act.auto_publish');
    expect(JSON.parse(auto!.after!)).toMatchObject({
      status: 'PUBLISHED',
      rule: 'choix transmis par Pastell (publication_open_data = 3) : publier',
    });
    expect(JSON.parse(entries.find((e) => e.action === 'act.receive')!.after!)).toMatchObject({
      publicationDecision: 'PUBLISH',
    });
    const res = await app.gql(
      'mutation($ids: [ID!]!) { applyActAction(action: UNPUBLISH, ids: $ids) { updated { id status } } }',
      { ids: [out.actId] },
      admin,
    );
    expect(res.errors).toBeUndefined();
    const act = await em().findOneOrFail(Act, { id: out.actId! });
    expect(act.status).toBe('NOT_PUBLISHED');
    expect(act.publicationDecision).toBe('PUBLISH');
    // A deposit without a choice is left to decide: no automatic publication in its history.
    const undecided = await ingest(
      await buildDeposit({ metadata: { numero_de_lacte: 'RULE_2', acte_nature: '4' } }),
      'rule2.zip',
    );
    const none = (
      await app.gql<{ auditLog: { nodes: { action: string }[] } }>(
        'query($t: [String!]!) { auditLog(filter: { targetIds: $t }, first: 20) { nodes { action } } }',
        { t: [undecided.actId] },
        admin,
      )
    ).data!.auditLog.nodes.map((e) => e.action);
    expect(none).toEqual(['act.receive']);
  });

  it('removes control characters from the subject, with a warning, and never stores them', async () => {
    const out = await ingest(
      await buildDeposit({
        metadata: { numero_de_lacte: 'CTRL_1', objet: 'Objet\u0000 avec\u0007 cloche\u001b[31m' },
      }),
      'ctrl.zip',
    );
    expect(out.status).toBe('done');
    const act = await em().findOneOrFail(Act, { id: out.actId! });
    expect(act.subject).toBe('Objet avec cloche[31m');
    const deposit = await depositOf(out.depositId!);
    expect(deposit.warnings).toContain("Caractères de contrôle retirés : objet de l'acte.");
  });

  it('refuses values longer than their column with a French message (MySQL lengths too)', async () => {
    const out = await ingest(
      await buildDeposit({ metadata: { numero_de_lacte: 'N'.repeat(65) } }),
      'long.zip',
    );
    expect(out).toMatchObject({ status: 'failed', detail: 'deposit/invalid_field' });
    const deposit = await depositOf(out.depositId!);
    expect(deposit.status).toBe(DepositStatus.FAILED);
    expect(deposit.errorMessage).toMatch(/numéro de l'acte.*64 caractères au plus/);
    const longName = `${'a'.repeat(252)}.pdf`;
    const named = await ingest(
      await buildDeposit({ metadata: { numero_de_lacte: 'LONG_2', arrete: [longName] } }),
      'longname.zip',
    );
    expect(named.status).toBe('failed');
    expect((await depositOf(named.depositId!)).errorMessage).toMatch(/255 caractères au plus/);
  });

  it('records an empty file as a failed deposit (« fichier vide ») and moves it out', async () => {
    const file = path.join(app.config.depositDir, 'vide.zip');
    await writeFile(file, '');
    const out = await ingestFile(file);
    expect(out).toMatchObject({ status: 'failed', detail: 'deposit/empty_file' });
    expect((await depositOf(out.depositId!)).errorMessage).toMatch(/vide/);
    expect(await readdir(app.config.depositDir)).not.toContain('vide.zip');
    expect(await quarantine()).toContain(`${out.depositId}__vide.zip`);
  });

  it('ends a deposit the database refuses as FAILED with a French message, not retried forever', async () => {
    const fork = em();
    const flush = vi.spyOn(fork, 'flush');
    flush.mockImplementationOnce(async () => {
      throw new UniqueConstraintViolationException(new Error('SQLITE_CONSTRAINT: refused'));
    });
    const file = await writeDeposit(
      app.config.depositDir,
      await buildDeposit({ metadata: { numero_de_lacte: 'REFUS_1' } }),
      'refus.zip',
    );
    const out = await ingestFile(file, fork);
    expect(out).toMatchObject({ status: 'failed', detail: 'deposit/refused_by_database' });
    const deposit = await depositOf(out.depositId!);
    expect(deposit.status).toBe(DepositStatus.FAILED);
    expect(deposit.errorMessage).toMatch(/base de données refuse/);
    expect(await em().count(Act, { number: 'REFUS_1' })).toBe(0);
    expect(await quarantine()).toContain(`${out.depositId}__refus.zip`);
  });
});
