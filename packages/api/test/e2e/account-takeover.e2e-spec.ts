/**
 * Issue #13 items 6 and 15: an organisation administrator must not be able to take over an
 * account outside their organisations, nor learn whether an address has an account, nor read
 * other people's ids and addresses in the audit log; sign-in messages tell nothing about an
 * account, and nobody can lock a known address out.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, createOrg, createUser, login, ok } from '../support/identity-fixtures.js';
import { mysqlSkipReason } from '../support/test-db.js';
import { createTestApp, type GqlResponse, type TestApp } from '../support/test-app.js';

const skip = mysqlSkipReason();
if (skip) {
  process.stdout.write(`[skipped] account takeover e2e on MySQL: ${skip}\n`);
}

const A = '215600461';
const B = '200067213';
const ADD =
  'mutation($i: AddMembershipInput!) { addMembership(input: $i) { role user { id email displayName } } }';
const SET_PASSWORD = 'mutation($i: SetPasswordInput!) { setPassword(input: $i) { id email } }';
const CREATE = 'mutation($i: CreateUserInput!) { createUser(input: $i) { id email } }';
const UPDATE = 'mutation($i: UpdateUserInput!) { updateUser(input: $i) { id email } }';
const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';
const AUDIT =
  'query($f: AuditFilter) { auditLog(first: 100, filter: $f) { nodes { action actorId actorLabel targetType targetId before after } } }';

/** What a refusal tells: its code and message, nothing else. */
const refusal = (res: GqlResponse<unknown>) => ({
  data: res.data ? Object.values(res.data as object).filter((v) => v !== null) : [],
  code: codeOf(res),
  message: res.errors?.[0]?.message,
});

describe.skipIf(skip)('no account takeover, no account leak', () => {
  let app: TestApp;
  let admin: string;
  let aAdmin: Awaited<ReturnType<typeof createUser>>;
  let loner: Awaited<ReturnType<typeof createUser>>;
  let bOnly: Awaited<ReturnType<typeof createUser>>;
  let aMember: Awaited<ReturnType<typeof createUser>>;

  beforeAll(async () => {
    app = await createTestApp('account_takeover', { TRUST_PROXY: 'true' });
    admin = await app.loginAdmin();
    await createOrg(app, admin, A, 'Commune A');
    await createOrg(app, admin, B, 'Commune B');
    aAdmin = await createUser(app, admin, 'admin-a@a.test', [{ siren: A, role: 'ADMIN' }]);
    aMember = await createUser(app, admin, 'membre-a@a.test', [{ siren: A, role: 'VIEWER' }]);
    loner = await createUser(app, admin, 'sans-collectivite@x.test');
    bOnly = await createUser(app, admin, 'agent-b@b.test', [{ siren: B, role: 'EDITOR' }]);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('refuses to add by id a user the organisation administrator cannot see, telling nothing about them', async () => {
    for (const target of [loner, bOnly]) {
      const res = await app.gql(
        ADD,
        { i: { userId: target.id, siren: A, role: 'ADMIN' } },
        aAdmin.token,
      );
      expect(JSON.stringify(res)).not.toContain(target.email);
      expect(refusal(res)).toEqual({
        data: [],
        code: 'users/not_found',
        message: 'Utilisateur introuvable ou hors de vos collectivités.',
      });
      // The takeover that followed: set their password, then sign in as them.
      const pwd = await app.gql(
        SET_PASSWORD,
        { i: { userId: target.id, password: 'pris-par-a-123' } },
        aAdmin.token,
      );
      expect(codeOf(pwd)).toBe('users/not_found');
      expect(codeOf(await app.gql(LOGIN, { e: target.email, p: 'pris-par-a-123' }))).toBe(
        'auth/invalid_credentials',
      );
      // They still sign in with their own password.
      expect(await login(app, target.email, target.password)).toMatch(/^ses_/);
    }
  });

  it('answers an unknown id exactly as an existing user outside the caller’s organisations', async () => {
    const unknown = await app.gql(
      ADD,
      { i: { userId: '00000000-0000-4000-8000-000000000000', siren: A, role: 'VIEWER' } },
      aAdmin.token,
    );
    const outside = await app.gql(
      ADD,
      { i: { userId: loner.id, siren: A, role: 'VIEWER' } },
      aAdmin.token,
    );
    expect(refusal(outside)).toEqual(refusal(unknown));
  });

  it('still lets an organisation administrator change the role of a member they can see', async () => {
    const res = ok(
      await app.gql<{ addMembership: { role: string } }>(
        ADD,
        { i: { userId: aMember.id, siren: A, role: 'EDITOR' } },
        aAdmin.token,
      ),
    );
    expect(res.addMembership.role).toBe('EDITOR');
  });

  it('does not tell an organisation administrator whether an address has an account (createUser, updateUser)', async () => {
    const taken = await app.gql(
      CREATE,
      { i: { email: loner.email, displayName: 'X', siren: A, role: 'VIEWER' } },
      aAdmin.token,
    );
    const free = await app.gql(
      CREATE,
      { i: { email: 'personne@nulle-part.test', displayName: 'X', siren: A, role: 'VIEWER' } },
      aAdmin.token,
    );
    expect(refusal(taken)).toEqual(refusal(free));
    expect(JSON.stringify(taken)).not.toContain(loner.email);
    const toTaken = await app.gql(
      UPDATE,
      { i: { id: aMember.id, email: bOnly.email } },
      aAdmin.token,
    );
    const toFree = await app.gql(
      UPDATE,
      { i: { id: aMember.id, email: 'libre@nulle-part.test' } },
      aAdmin.token,
    );
    expect(refusal(toTaken)).toEqual(refusal(toFree));
  });

  it('shows in the audit log only the people the caller may see', async () => {
    // The platform administrator adds an agent of B to A, then removes them: A's staff saw
    // them as a colleague for a while, but not any more.
    ok(await app.gql(ADD, { i: { userId: bOnly.id, siren: A, role: 'VIEWER' } }, admin));
    ok(
      await app.gql(
        'mutation($i: RemoveMembershipInput!) { removeMembership(input: $i) }',
        { i: { userId: bOnly.id, siren: A } },
        admin,
      ),
    );
    type Entry = {
      action: string;
      actorId: string | null;
      actorLabel: string;
      targetType: string;
      targetId: string | null;
      before: string | null;
      after: string | null;
    };
    const log = ok(
      await app.gql<{ auditLog: { nodes: Entry[] } }>(AUDIT, { f: { siren: A } }, aMember.token),
    ).auditLog.nodes;
    const text = JSON.stringify(log);
    expect(text).not.toContain(bOnly.email);
    expect(text).not.toContain(bOnly.id);
    expect(text).not.toContain('admin@plateforme.test');
    const adminId = (
      ok(await app.gql<{ me: { id: string } }>('query { me { id } }', {}, admin)) as {
        me: { id: string };
      }
    ).me.id;
    expect(text).not.toContain(adminId);
    const removal = log.find((e) => e.action === 'membership.remove')!;
    expect(removal).toMatchObject({
      actorId: null,
      actorLabel: 'Administrateur de la plateforme',
      targetType: 'User',
      targetId: null,
    });
    // Colleagues stay named: the change of role made by A's administrator.
    const roleChange = log.find(
      (e) => e.action === 'membership.update' && e.targetId === aMember.id,
    );
    expect(roleChange).toMatchObject({ actorId: aAdmin.id, actorLabel: aAdmin.email });
    // The platform administrator sees everything.
    const full = JSON.stringify(
      ok(await app.gql<{ auditLog: { nodes: Entry[] } }>(AUDIT, { f: { siren: A } }, admin)),
    );
    expect(full).toContain(bOnly.email);
    expect(full).toContain(bOnly.id);
  });

  it('answers a wrong password the same for an unknown, a disabled and an active address', async () => {
    const disabled = await createUser(app, admin, 'desactive@a.test', [
      { siren: A, role: 'VIEWER' },
    ]);
    ok(await app.gql(UPDATE, { i: { id: disabled.id, status: 'DISABLED' } }, admin));
    const answers = [];
    for (const e of ['inconnu@x.test', disabled.email, aMember.email]) {
      answers.push(refusal(await app.gql(LOGIN, { e, p: 'pas-le-bon-mdp' })));
    }
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
    expect(answers[0]).toMatchObject({ code: 'auth/invalid_credentials' });
    // Its owner, with the right password, learns that the account is disabled.
    expect(codeOf(await app.gql(LOGIN, { e: disabled.email, p: disabled.password }))).toBe(
      'auth/account_disabled',
    );
  });

  it('does not let another source lock a known address out (lock per address and source)', async () => {
    const victim = await createUser(app, admin, 'victime@a.test', [{ siren: A, role: 'VIEWER' }]);
    const from = async (ip: string, e: string, p: string) => {
      const res = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
        body: JSON.stringify({ query: LOGIN, variables: { e, p } }),
      });
      return (await res.json()) as GqlResponse<{ login: { token: string } }>;
    };
    for (let i = 0; i < 10; i++) {
      expect(codeOf(await from('192.0.2.10', victim.email, `faux-${i}-mdp`))).toBe(
        'auth/invalid_credentials',
      );
      expect(codeOf(await from('192.0.2.10', 'inconnu-2@x.test', `faux-${i}-mdp`))).toBe(
        'auth/invalid_credentials',
      );
    }
    // The attacker's source is stopped, with the same answer for a known and an unknown address.
    const known = refusal(await from('192.0.2.10', victim.email, victim.password));
    const unknown = refusal(await from('192.0.2.10', 'inconnu-2@x.test', victim.password));
    expect(known.code).toBe('auth/too_many_attempts');
    expect(unknown).toEqual(known);
    // The owner, elsewhere, signs in.
    const owner = await from('192.0.2.20', victim.email, victim.password);
    expect(owner.errors).toBeUndefined();
    expect(owner.data!.login.token).toMatch(/^ses_/);
  });
});
