import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices } from '../../src/app/services.js';
import { systemViewer } from '../../src/core/viewer.js';
import { Deposit, DepositStatus } from '../../src/domains/deposits/deposit.entity.js';
import { Organization } from '../../src/identity/tenants/organization.entity.js';
import { badDeposits, buildDeposit, writeDeposit } from '../fixtures/deposit.fixture.js';
import { mysqlSkipReason } from '../support/test-db.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

const skip = mysqlSkipReason();
const KNOWN = '213502388';
const TYPO = '213502389';

describe.skipIf(skip)('operating deposits: unknown SIRENs and failures staff can resolve', () => {
  let app: TestApp;
  let admin: string;
  let member: string;
  const em = () => app.runtime.components.orm.em.fork();
  const services = () => createServices(em(), app.runtime.components, systemViewer('test'));
  const ingest = async (zip: Buffer, name: string) => {
    const file = await writeDeposit(app.config.depositDir, zip, name);
    return (await services().depositIngest.ingestBatch([{ path: file }]))[0]!;
  };
  const gql = async <T>(query: string, variables: Record<string, unknown>, token: string) => {
    const res = await app.gql<T>(query, variables, token);
    if (res.errors?.length) {
      throw new Error(JSON.stringify(res.errors));
    }
    return res.data!;
  };

  beforeAll(async () => {
    app = await createTestApp('deposit-operations');
    admin = await app.loginAdmin();
    await gql(
      `mutation { createOrganization(input: { siren: "${KNOWN}", name: "Rennes" }) { id } }`,
      {},
      admin,
    );
    await gql(
      'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }',
      {
        i: {
          email: 'agent@rennes.test',
          password: 'mot-de-passe-1',
          displayName: 'Agent',
          siren: KNOWN,
          role: 'ADMIN',
        },
      },
      admin,
    );
    member = (
      await gql<{ login: { token: string } }>(
        'mutation { login(email: "agent@rennes.test", password: "mot-de-passe-1") { token } }',
        {},
        admin,
      )
    ).login.token;
  });
  afterAll(async () => {
    await app?.close();
  });

  it('keeps an organisation created from an unknown SIREN private until a platform admin checks it', async () => {
    const out = await ingest(
      await buildDeposit({ metadata: { siren: TYPO, numero_de_lacte: 'TYPO_1' } }),
      'typo.zip',
    );
    expect(out.status).toBe('done');
    const org = await em().findOneOrFail(Organization, { siren: TYPO });
    expect(org).toMatchObject({ openDataActive: false, needsReview: true });
    const deposit = await em().findOneOrFail(Deposit, { id: out.depositId! });
    expect(deposit.warnings.join(' ')).toMatch(/à vérifier/);
    await services().projection.projectActs([out.actId!]);
    const publicAct = await app.gql<{ publicAct: unknown }>(
      'query($id: ID!) { publicAct(id: $id) { id } }',
      { id: out.actId },
    );
    expect(publicAct.data?.publicAct).toBeNull();
    const search = await app.gql<{ searchActs: { totalCount: number } }>(
      `{ searchActs(siren: "${TYPO}") { totalCount } }`,
    );
    expect(search.data?.searchActs.totalCount).toBe(0);

    const overview = await gql<{
      organizationsOverview: {
        nodes: {
          organization: { siren: string; needsReview: boolean };
          pendingActs: number;
          lastDepositAt: string | null;
        }[];
      };
    }>(
      '{ organizationsOverview(first: 10) { nodes { organization { siren needsReview } pendingActs lastDepositAt } } }',
      {},
      admin,
    );
    // Organisations to check come first.
    expect(overview.organizationsOverview.nodes[0]).toMatchObject({
      organization: { siren: TYPO, needsReview: true },
    });
    expect(overview.organizationsOverview.nodes[0]!.lastDepositAt).not.toBeNull();
    const refused = await app.gql('{ organizationsOverview { totalCount } }', {}, member);
    expect(refused.errors?.[0]?.extensions?.code).toBe('auth/platform_admin_required');

    const turnOn = `mutation { updateOrganization(input: { siren: "${TYPO}", openDataActive: true }) { openDataActive needsReview } }`;
    const checked = await gql<{ updateOrganization: unknown }>(turnOn, {}, admin);
    expect(checked.updateOrganization).toEqual({ openDataActive: true, needsReview: false });
    await services().projection.projectOrganization(TYPO);
    const visible = await app.gql<{ publicAct: { id: string } | null }>(
      'query($id: ID!) { publicAct(id: $id) { id } }',
      { id: out.actId },
    );
    expect(visible.data?.publicAct?.id).toBe(out.actId);
  });

  it('shows a failure to the staff of the SIREN its metadata named, and counts open failures', async () => {
    const failed = await ingest(
      await buildDeposit({ metadata: { date_de_lacte: 'pas une date' } }),
      'echec.zip',
    );
    expect(failed.status).toBe('failed');
    const open = await gql<{ deposits: { nodes: { id: string; siren: string }[] } }>(
      '{ deposits(filter: { openFailures: true }) { nodes { id siren } } }',
      {},
      member,
    );
    expect(open.deposits.nodes).toContainEqual({ id: failed.depositId, siren: KNOWN });

    await gql(
      'mutation($id: ID!) { closeDepositFailure(id: $id, reason: "Acte envoyé à nouveau par courrier") { id } }',
      { id: failed.depositId },
      member,
    );
    const after = await gql<{ deposits: { nodes: { id: string }[] } }>(
      '{ deposits(filter: { openFailures: true }) { nodes { id } } }',
      {},
      member,
    );
    expect(after.deposits.nodes.map((d) => d.id)).not.toContain(failed.depositId);
    const closed = await em().findOneOrFail(Deposit, { id: failed.depositId! });
    expect(closed).toMatchObject({
      status: DepositStatus.FAILED,
      closedReason: 'Acte envoyé à nouveau par courrier',
    });
  });

  it('takes a corrected zip in place of a failed deposit, keeping both in the history', async () => {
    const failed = await ingest(await badDeposits.truncatedZip(), 'tronque.zip');
    expect(failed.status).toBe('failed');
    const form = new FormData();
    form.append(
      'operations',
      JSON.stringify({
        query:
          'mutation($id: ID!, $file: Upload!) { replaceFailedDeposit(id: $id, file: $file) { id replaces status } }',
        variables: { id: failed.depositId, file: null },
      }),
    );
    form.append('map', JSON.stringify({ 0: ['variables.file'] }));
    const corrected = await buildDeposit({ metadata: { numero_de_lacte: 'CORRIGE_1' } });
    form.append('0', new Blob([new Uint8Array(corrected)]), 'tronque-corrige.zip');
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin}`, 'apollo-require-preflight': 'true' },
      body: form,
    });
    const body = (await res.json()) as {
      data?: { replaceFailedDeposit: { id: string; replaces: string; status: string } };
      errors?: unknown;
    };
    expect(body.errors).toBeUndefined();
    const replacement = body.data!.replaceFailedDeposit;
    expect(replacement).toMatchObject({ replaces: failed.depositId, status: 'RECEIVED' });
    const old = await em().findOneOrFail(Deposit, { id: failed.depositId! });
    expect(old.replacedBy).toBe(replacement.id);
    expect(old.closedReason).toMatch(/tronque-corrige\.zip/);

    // The job queued for it ingests it like any deposit.
    const queued = path.join(path.dirname(app.config.depositDir), 'queued');
    const [spooled] = (await readdir(queued)).filter((n) => n.startsWith(replacement.id));
    const [outcome] = await services().depositIngest.ingestBatch([
      { path: path.join(queued, spooled!), depositId: replacement.id },
    ]);
    expect(outcome).toMatchObject({ status: 'done', depositId: replacement.id });
    const done = await em().findOneOrFail(Deposit, { id: replacement.id });
    expect(done).toMatchObject({ status: DepositStatus.DONE, replaces: failed.depositId });
  });
});
