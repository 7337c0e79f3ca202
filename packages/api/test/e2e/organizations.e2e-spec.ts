import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mysqlSkipReason } from '../support/test-db.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

const skip = mysqlSkipReason();
if (skip) {
  process.stdout.write(`[skipped] organizations e2e on MySQL: ${skip}\n`);
}

const CREATE = `mutation($input: CreateOrganizationInput!) {
  createOrganization(input: $input) { id siren siret name openDataActive publishAnnexes }
}`;
const UPDATE = `mutation($input: UpdateOrganizationInput!) {
  updateOrganization(input: $input) { siren siret name openDataActive publishAnnexes }
}`;

describe.skipIf(skip)('organizations through GraphQL', () => {
  let app: TestApp;
  let token: string;

  beforeAll(async () => {
    app = await createTestApp('organizations');
    token = await app.loginAdmin();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('creates, reads and lists an organisation', async () => {
    const created = await app.gql<{
      createOrganization: { siren: string; openDataActive: boolean };
    }>(
      CREATE,
      { input: { siren: '215600461', name: 'Commune de Crach', siret: '21560046100085' } },
      token,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data?.createOrganization).toMatchObject({
      siren: '215600461',
      openDataActive: true,
      publishAnnexes: true,
    });
    const read = await app.gql<{ organization: { name: string; siret: string } }>(
      'query { organization(siren: "215600461") { name siret } }',
      {},
      token,
    );
    expect(read.data?.organization).toEqual({ name: 'Commune de Crach', siret: '21560046100085' });

    await app.gql(CREATE, { input: { siren: '200067213', name: 'Agglo B' } }, token);
    const list = await app.gql<{
      organizations: {
        totalCount: number;
        nodes: { name: string }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    }>(
      'query { organizations(first: 1) { totalCount nodes { name } pageInfo { hasNextPage endCursor } } }',
      {},
      token,
    );
    expect(list.data?.organizations.totalCount).toBe(2);
    expect(list.data?.organizations.nodes).toEqual([{ name: 'Agglo B' }]);
    expect(list.data?.organizations.pageInfo.hasNextPage).toBe(true);
    const next = await app.gql<{ organizations: { nodes: { name: string }[] } }>(
      'query($a: String) { organizations(first: 5, after: $a) { nodes { name } } }',
      { a: list.data?.organizations.pageInfo.endCursor },
      token,
    );
    expect(next.data?.organizations.nodes).toEqual([{ name: 'Commune de Crach' }]);
  });

  it('refuses a SIREN or a SIRET with a wrong key, with a stable code and a French message', async () => {
    const typo = await app.gql(CREATE, { input: { siren: '215600462', name: 'X' } }, token);
    expect(typo.errors?.[0]?.extensions?.code).toBe('organizations/invalid_siren');
    expect(typo.errors?.[0]?.message).toMatch(/clé de contrôle est fausse/);
    const res = await app.gql(
      CREATE,
      { input: { siren: '200066462', name: 'X', siret: '20006646200086' } },
      token,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('organizations/invalid_siret');
    expect(res.errors?.[0]?.message).toMatch(/SIRET « 20006646200086 » invalide/);
    const malformed = await app.gql(CREATE, { input: { siren: '12', name: 'X' } }, token);
    expect(malformed.errors?.[0]?.extensions?.code).toBe('validation/invalid_input');
    expect(malformed.errors?.[0]?.message).toMatch(/SIREN doit comporter exactement 9 chiffres/);
  });

  it('updates settings and refuses a duplicate SIREN', async () => {
    const upd = await app.gql<{
      updateOrganization: { openDataActive: boolean; siret: string | null };
    }>(UPDATE, { input: { siren: '215600461', openDataActive: false, siret: '' } }, token);
    expect(upd.data?.updateOrganization).toMatchObject({ openDataActive: false, siret: null });
    const dup = await app.gql(CREATE, { input: { siren: '215600461', name: 'Doublon' } }, token);
    expect(dup.errors?.[0]?.extensions?.code).toBe('organizations/siren_taken');
  });

  it('regenerates the files when the SIRET or the name changes (they are columns of the files)', async () => {
    const queued = async () =>
      (
        await app.gql<{ jobs: { nodes: { name: string; siren: string | null }[] } }>(
          'query { jobs(name: "organization.project", first: 50) { nodes { name siren } } }',
          {},
          token,
        )
      ).data!.jobs.nodes.filter((j) => j.siren === '200067213').length;
    const before = await queued();
    await app.gql(UPDATE, { input: { siren: '200067213', siret: '20006721300005' } }, token);
    expect(await queued()).toBe(before + 1);
    await app.gql(UPDATE, { input: { siren: '200067213', name: 'Agglomération B' } }, token);
    expect(await queued()).toBe(before + 2);
    // Saving the same values changes nothing public: no regeneration.
    await app.gql(UPDATE, { input: { siren: '200067213', name: 'Agglomération B' } }, token);
    expect(await queued()).toBe(before + 2);
  });

  it('requires a signed-in platform admin for mutations and staff reads', async () => {
    const anon = await app.gql(CREATE, { input: { siren: '123456789', name: 'Anonyme' } });
    expect(anon.errors?.[0]?.extensions?.code).toBe('auth/unauthenticated');
    const read = await app.gql('query { organizations { totalCount } }');
    expect(read.errors?.[0]?.extensions?.code).toBe('auth/unauthenticated');
    const bad = await app.gql('query { me { email } }', {}, 'ses_nope');
    expect(bad.errors?.[0]?.extensions?.code).toBe('auth/session_expired');
  });

  it('rejects wrong passwords without saying which part was wrong', async () => {
    const res = await app.gql(
      'mutation { login(email: "admin@plateforme.test", password: "faux-mot-de-passe") { token } }',
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('auth/invalid_credentials');
  });

  it('signs out: the token stops working at once', async () => {
    const t = await app.loginAdmin();
    const out = await app.gql<{ signOut: boolean }>('mutation { signOut }', {}, t);
    expect(out.data?.signOut).toBe(true);
    const after = await app.gql('query { me { email } }', {}, t);
    expect(after.errors?.[0]?.extensions?.code).toBe('auth/session_expired');
  });

  it('enforces depth and complexity limits', async () => {
    const deep = `query { organizations { edges { node { id } } nodes { id } pageInfo { endCursor } } }`;
    expect((await app.gql(deep, {}, token)).errors).toBeUndefined();
    const costly = await app.gql(
      'query { organizations(first: 100) { nodes { id siren siret name createdAt updatedAt openDataActive publishAnnexes } edges { cursor node { id siren siret name createdAt updatedAt openDataActive publishAnnexes } } } }',
      {},
      token,
    );
    expect(costly.errors?.[0]?.extensions?.code).toBe('graphql/too_complex');
  });

  it('answers /healthz with each component state', async () => {
    const res = await fetch(`${app.url}/healthz`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { components: Record<string, { ok: boolean }> };
    expect(body.components.database?.ok).toBe(true);
  });
});
