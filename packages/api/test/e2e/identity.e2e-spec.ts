import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiKey } from '../../src/identity/auth/api-key.entity.js';
import { Session } from '../../src/identity/auth/session.entity.js';
import { User } from '../../src/identity/auth/user.entity.js';
import { hashToken } from '../../src/identity/auth/tokens.js';
import {
  codeOf,
  createKey,
  createOrg,
  createUser,
  em,
  login,
  ok,
} from '../support/identity-fixtures.js';
import { mysqlSkipReason } from '../support/test-db.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

const skip = mysqlSkipReason();
if (skip) {
  process.stdout.write(`[skipped] identity e2e on MySQL: ${skip}\n`);
}

const A = '215600461';
const B = '200067213';

const ME = 'query { me { id email memberships { role hr fromSso organization { siren } } } }';
const ADD =
  'mutation($i: AddMembershipInput!) { addMembership(input: $i) { role hr user { email } organization { siren } } }';
const REMOVE = 'mutation($i: RemoveMembershipInput!) { removeMembership(input: $i) }';
const USERS =
  'query($s: String) { users(first: 100, siren: $s) { totalCount nodes { id email } } }';
const SET_PASSWORD = 'mutation($i: SetPasswordInput!) { setPassword(input: $i) { id } }';
const UPDATE =
  'mutation($i: UpdateUserInput!) { updateUser(input: $i) { id status displayName isPlatformAdmin } }';
const AUDIT =
  'query($f: AuditFilter) { auditLog(first: 100, filter: $f) { nodes { action actorLabel siren targetId before after } } }';

describe.skipIf(skip)('identity and access through GraphQL', () => {
  let app: TestApp;
  let admin: string;

  beforeAll(async () => {
    app = await createTestApp('identity');
    admin = await app.loginAdmin();
    await createOrg(app, admin, A, 'Commune A');
    await createOrg(app, admin, B, 'Commune B');
  });
  afterAll(async () => {
    await app?.close();
  });

  it('creates users, gives memberships and shows them in me, with audit entries', async () => {
    const alice = await createUser(app, admin, 'alice@a.test', [{ siren: A, role: 'ADMIN' }]);
    const me = ok(
      await app.gql<{ me: { email: string; memberships: unknown[] } }>(ME, {}, alice.token),
    ).me;
    expect(me).toMatchObject({
      email: 'alice@a.test',
      memberships: [{ role: 'ADMIN', hr: false, fromSso: false, organization: { siren: A } }],
    });

    const bob = await createUser(app, admin, 'bob@a.test');
    // An org admin cannot add by id someone outside their organisations (they invite by email).
    expect(
      codeOf(await app.gql(ADD, { i: { userId: bob.id, siren: A, role: 'VIEWER' } }, alice.token)),
    ).toBe('users/not_found');
    const added = ok(
      await app.gql<{ addMembership: unknown }>(
        ADD,
        { i: { userId: bob.id, siren: A, role: 'VIEWER' } },
        admin,
      ),
    );
    expect(added.addMembership).toEqual({
      role: 'VIEWER',
      hr: false,
      user: { email: 'bob@a.test' },
      organization: { siren: A },
    });
    // Their org admin changes the role, then removes them.
    ok(await app.gql(ADD, { i: { userId: bob.id, siren: A, role: 'EDITOR' } }, alice.token));
    ok(await app.gql(REMOVE, { i: { userId: bob.id, siren: A } }, alice.token));

    const audit = ok(
      await app.gql<{
        auditLog: {
          nodes: {
            action: string;
            actorLabel: string;
            siren: string;
            before: string;
            after: string;
          }[];
        };
      }>(AUDIT, { f: { targetId: bob.id } }, admin),
    ).auditLog.nodes;
    // (MariaDB keeps seconds only: compare as sets.)
    expect(audit.map((e) => e.action).sort()).toEqual([
      'membership.add',
      'membership.remove',
      'membership.update',
      'user.create',
    ]);
    const update = audit.find((e) => e.action === 'membership.update')!;
    expect(update).toMatchObject({ actorLabel: 'alice@a.test', siren: A });
    expect(JSON.parse(update.before)).toEqual({ role: 'VIEWER', hr: false });
    expect(JSON.parse(update.after)).toMatchObject({ role: 'EDITOR', hr: false });
    // Org A's admin sees the rights history of their organisation.
    const seenByAlice = ok(
      await app.gql<{ auditLog: { nodes: { action: string }[] } }>(
        AUDIT,
        { f: { targetId: bob.id } },
        alice.token,
      ),
    );
    expect(seenByAlice.auditLog.nodes.map((e) => e.action).sort()).toEqual([
      'membership.add',
      'membership.remove',
      'membership.update',
    ]);
  });

  it('keeps an organisation admin inside their organisation', async () => {
    const aAdmin = await createUser(app, admin, 'aadmin@a.test', [{ siren: A, role: 'ADMIN' }]);
    const bUser = await createUser(app, admin, 'buser@b.test', [{ siren: B, role: 'VIEWER' }]);
    const both = await createUser(app, admin, 'both@ab.test', [
      { siren: A, role: 'VIEWER' },
      { siren: B, role: 'VIEWER' },
    ]);
    const aViewer = await createUser(app, admin, 'aviewer@a.test', [{ siren: A, role: 'VIEWER' }]);

    // Other organisation: invisible.
    expect(
      codeOf(
        await app.gql(ADD, { i: { userId: aViewer.id, siren: B, role: 'ADMIN' } }, aAdmin.token),
      ),
    ).toBe('organizations/not_found');
    expect(
      codeOf(
        await app.gql(
          SET_PASSWORD,
          { i: { userId: bUser.id, password: 'nouveau-mdp-1' } },
          aAdmin.token,
        ),
      ),
    ).toBe('users/not_found');
    expect(
      codeOf(await app.gql(UPDATE, { i: { id: bUser.id, status: 'DISABLED' } }, aAdmin.token)),
    ).toBe('users/not_found');
    const listed = ok(
      await app.gql<{ users: { nodes: { email: string }[] } }>(USERS, {}, aAdmin.token),
    ).users.nodes.map((u) => u.email);
    expect(listed).toContain('aviewer@a.test');
    expect(listed).toContain('both@ab.test');
    expect(listed).not.toContain('buser@b.test');
    expect(listed).not.toContain('admin@plateforme.test');
    // Nested memberships never show organisation B to A's admin.
    const bothSeen = ok(
      await app.gql<{
        users: { nodes: { email: string; memberships: { organization: { siren: string } }[] }[] };
      }>(
        'query { users(first: 100) { nodes { email memberships { organization { siren } } } } }',
        {},
        aAdmin.token,
      ),
    );
    expect(bothSeen.users.nodes.find((u) => u.email === 'both@ab.test')?.memberships).toEqual([
      { organization: { siren: A } },
    ]);
    // A user shared with B cannot be taken over by A's admin.
    expect(
      codeOf(
        await app.gql(
          SET_PASSWORD,
          { i: { userId: both.id, password: 'prise-de-controle' } },
          aAdmin.token,
        ),
      ),
    ).toBe('auth/forbidden');
    // No self-promotion, no platform admin rights, no hr without holding it.
    expect(
      codeOf(await app.gql(UPDATE, { i: { id: aViewer.id, isPlatformAdmin: true } }, aAdmin.token)),
    ).toBe('auth/platform_admin_required');
    expect(
      codeOf(
        await app.gql(
          ADD,
          { i: { userId: aAdmin.id, siren: A, role: 'ADMIN', hr: true } },
          aAdmin.token,
        ),
      ),
    ).toBe('users/own_membership');
    expect(
      codeOf(
        await app.gql(
          ADD,
          { i: { userId: aViewer.id, siren: A, role: 'VIEWER', hr: true } },
          aAdmin.token,
        ),
      ),
    ).toBe('auth/hr_required');
    // Viewers and editors do not administer users.
    expect(codeOf(await app.gql(USERS, {}, aViewer.token))).toBe('auth/forbidden');
    expect(
      codeOf(
        await app.gql(ADD, { i: { userId: aViewer.id, siren: A, role: 'ADMIN' } }, aViewer.token),
      ),
    ).toBe('auth/forbidden');
    expect(
      codeOf(
        await app.gql(ADD, { i: { userId: bUser.id, siren: A, role: 'VIEWER' } }, aViewer.token),
      ),
    ).toBe('users/not_found');
    // Accounts are created by platform administrators; an org admin invites by email.
    expect(
      codeOf(
        await app.gql(
          `mutation { createUser(input: { email: "new@a.test", password: "12345678", displayName: "Nouveau", siren: "${A}", role: EDITOR }) { email } }`,
          {},
          aAdmin.token,
        ),
      ),
    ).toBe('auth/platform_admin_required');
    // Managed member: password reset works and closes their sessions.
    ok(
      await app.gql(
        SET_PASSWORD,
        { i: { userId: aViewer.id, password: 'reinitialise-1' } },
        aAdmin.token,
      ),
    );
    expect(codeOf(await app.gql(ME, {}, aViewer.token))).toBe('auth/session_expired');
    await login(app, 'aviewer@a.test', 'reinitialise-1');
  });

  it('stops a source after ten wrong passwords for an address, without locking the account', async () => {
    const carol = await createUser(app, admin, 'carol@a.test', [{ siren: A, role: 'VIEWER' }]);
    const wrong =
      'mutation { login(email: "carol@a.test", password: "mauvais-mot-de-passe") { token } }';
    for (let i = 0; i < 10; i++) {
      expect(codeOf(await app.gql(wrong))).toBe('auth/invalid_credentials');
    }
    const stopped = await app.gql(
      'mutation($p: String!) { login(email: "carol@a.test", password: $p) { token } }',
      { p: carol.password },
    );
    expect(codeOf(stopped)).toBe('auth/too_many_attempts');
    expect(stopped.errors?.[0]?.message).toMatch(/Mot de passe oublié/);
    const seen = ok(
      await app.gql<{ users: { nodes: { email: string; lockedUntil: string | null }[] } }>(
        'query { users(first: 100, search: "carol") { nodes { email lockedUntil } } }',
        {},
        admin,
      ),
    );
    expect(seen.users.nodes[0]?.lockedUntil).toBeNull();
    // Her sessions elsewhere are untouched.
    expect(codeOf(await app.gql(ME, {}, carol.token))).toBeUndefined();
  });

  it('refuses expired sessions and signs out everywhere', async () => {
    const dave = await createUser(app, admin, 'dave@a.test', [{ siren: A, role: 'VIEWER' }]);
    const other = await login(app, dave.email, dave.password);
    // Move the session's expiry into the past.
    await em(app).nativeUpdate(
      Session,
      { tokenHash: hashToken(dave.token) },
      { expiresAt: new Date(Date.now() - 1000) },
    );
    const expired = await app.gql(ME, {}, dave.token);
    expect(codeOf(expired)).toBe('auth/session_expired');
    expect(expired.data?.me ?? null).toBeNull();
    expect(ok(await app.gql<{ me: { email: string } }>(ME, {}, other)).me.email).toBe(
      'dave@a.test',
    );
    const third = await login(app, dave.email, dave.password);
    expect(
      ok(await app.gql<{ signOutEverywhere: boolean }>('mutation { signOutEverywhere }', {}, other))
        .signOutEverywhere,
    ).toBe(true);
    expect(codeOf(await app.gql(ME, {}, other))).toBe('auth/session_expired');
    expect(codeOf(await app.gql(ME, {}, third))).toBe('auth/session_expired');
  });

  it('refuses a session used a moment ago (kept in the session cache) at once after its sign-out or a revocation', async () => {
    const fay = await createUser(app, admin, 'fay@a.test', [{ siren: A, role: 'VIEWER' }]);
    const second = await login(app, fay.email, fay.password);
    // Both sessions are read (and kept for a few seconds) by these requests.
    expect(ok(await app.gql<{ me: { email: string } }>(ME, {}, fay.token)).me.email).toBe(
      'fay@a.test',
    );
    expect(ok(await app.gql<{ me: { email: string } }>(ME, {}, second)).me.email).toBe(
      'fay@a.test',
    );
    expect(
      ok(await app.gql<{ signOut: boolean }>('mutation { signOut }', {}, second)).signOut,
    ).toBe(true);
    expect(codeOf(await app.gql(ME, {}, second))).toBe('auth/session_expired');
    expect(ok(await app.gql<{ me: { email: string } }>(ME, {}, fay.token)).me.email).toBe(
      'fay@a.test',
    );
    // Disabling the account applies to the very next request too.
    ok(await app.gql(UPDATE, { i: { id: fay.id, status: 'DISABLED' } }, admin));
    expect(codeOf(await app.gql(ME, {}, fay.token))).toBe('auth/session_expired');
  });

  it('disabling a user stops their sessions and API keys at once', async () => {
    const erin = await createUser(app, admin, 'erin@a.test', [{ siren: A, role: 'EDITOR' }]);
    const key = await createKey(app, erin.token, ['org:read'], [A]);
    expect(
      ok(
        await app.gql<{ acts: { totalCount: number } }>(
          'query { acts { totalCount } }',
          {},
          key.secret,
        ),
      ).acts.totalCount,
    ).toBe(0);
    ok(await app.gql(UPDATE, { i: { id: erin.id, status: 'DISABLED' } }, admin));
    expect(codeOf(await app.gql(ME, {}, erin.token))).toBe('auth/session_expired');
    expect(codeOf(await app.gql('query { acts { totalCount } }', {}, key.secret))).toBe(
      'auth/account_disabled',
    );
    expect(
      codeOf(
        await app.gql(
          'mutation($p: String!) { login(email: "erin@a.test", password: $p) { token } }',
          { p: erin.password },
        ),
      ),
    ).toBe('auth/account_disabled');
  });

  it('issues API keys shown once, stored hashed, scoped, with last use, expiry and immediate revocation', async () => {
    const dev = await createUser(app, admin, 'dev@a.test', [{ siren: A, role: 'EDITOR' }]);
    const created = ok(
      await app.gql<{
        createApiKey: {
          secret: string;
          key: {
            id: string;
            prefix: string;
            scopes: string[];
            sirens: string[];
            lastUsedAt: string | null;
            active: boolean;
          };
        };
      }>(
        `mutation { createApiKey(input: { name: "Portail", scopes: ["org:write"], sirens: ["${A}"] }) { secret key { id prefix scopes sirens lastUsedAt active } } }`,
        {},
        dev.token,
      ),
    ).createApiKey;
    expect(created.secret).toMatch(/^key_[A-Za-z0-9_-]{43}$/);
    expect(created.key).toMatchObject({
      scopes: ['org:write'],
      sirens: [A],
      lastUsedAt: null,
      active: true,
    });
    expect(created.secret.startsWith(created.key.prefix)).toBe(true);
    const stored = await em(app).findOneOrFail(ApiKey, { id: created.key.id });
    expect(stored.keyHash).toBe(hashToken(created.secret));
    expect(JSON.stringify(stored)).not.toContain(created.secret);
    // Listing never shows the secret again.
    const listed = await app.gql<{ apiKeys: Record<string, unknown>[] }>(
      'query { apiKeys { id name prefix lastUsedAt } }',
      {},
      dev.token,
    );
    expect(JSON.stringify(listed)).not.toContain(created.secret);

    // The key works as a Bearer token, and its use is recorded.
    expect(
      ok(
        await app.gql<{ acts: { totalCount: number } }>(
          'query { acts { totalCount } }',
          {},
          created.secret,
        ),
      ).acts.totalCount,
    ).toBe(0);
    const used = ok(
      await app.gql<{ apiKeys: { lastUsedAt: string | null }[] }>(
        'query { apiKeys { lastUsedAt } }',
        {},
        dev.token,
      ),
    );
    expect(used.apiKeys[0]?.lastUsedAt).not.toBeNull();
    // Keys cannot manage users or keys, nor exceed their owner's rights.
    expect(codeOf(await app.gql('query { apiKeys { id } }', {}, created.secret))).toBe(
      'auth/session_required',
    );
    expect(
      codeOf(
        await app.gql(
          `mutation { createApiKey(input: { name: "x", scopes: ["org:read"], sirens: ["${B}"] }) { secret } }`,
          {},
          dev.token,
        ),
      ),
    ).toBe('organizations/not_found');
    const viewerOnly = await createUser(app, admin, 'viewer-dev@a.test', [
      { siren: A, role: 'VIEWER' },
    ]);
    expect(
      codeOf(
        await app.gql(
          `mutation { createApiKey(input: { name: "x", scopes: ["org:write"], sirens: ["${A}"] }) { secret } }`,
          {},
          viewerOnly.token,
        ),
      ),
    ).toBe('auth/forbidden');
    expect(
      codeOf(
        await app.gql(
          'mutation { createApiKey(input: { name: "x", scopes: ["admin:all"] }) { secret } }',
          {},
          dev.token,
        ),
      ),
    ).toBe('api_keys/invalid_scope');
    expect(
      codeOf(
        await app.gql(
          'mutation { createApiKey(input: { name: "x", scopes: ["org:read"] }) { secret } }',
          {},
          dev.token,
        ),
      ),
    ).toBe('api_keys/invalid_sirens');
    // A public:read key reaches the public surface only.
    const pub = await createKey(app, dev.token, ['public:read']);
    expect(
      ok(
        await app.gql<{ publicOrganization: { siren: string } }>(
          `query { publicOrganization(siren: "${A}") { siren } }`,
          {},
          pub.secret,
        ),
      ).publicOrganization.siren,
    ).toBe(A);
    expect(codeOf(await app.gql('query { acts { totalCount } }', {}, pub.secret))).toBe(
      'auth/insufficient_scope',
    );

    // Revocation stops the key at once.
    const revoked = ok(
      await app.gql<{ revokeApiKey: { active: boolean; revokedAt: string } }>(
        'mutation($id: ID!) { revokeApiKey(id: $id) { active revokedAt } }',
        { id: created.key.id },
        dev.token,
      ),
    );
    expect(revoked.revokeApiKey.active).toBe(false);
    expect(codeOf(await app.gql('query { acts { totalCount } }', {}, created.secret))).toBe(
      'auth/api_key_revoked',
    );
    // Expired keys are refused.
    await em(app).nativeUpdate(ApiKey, { id: pub.id }, { expiresAt: new Date(Date.now() - 1000) });
    expect(
      codeOf(
        await app.gql(`query { publicOrganization(siren: "${A}") { siren } }`, {}, pub.secret),
      ),
    ).toBe('auth/api_key_expired');
    expect(codeOf(await app.gql('query { me { id } }', {}, 'key_inconnue'))).toBe(
      'auth/invalid_token',
    );
    // Losing the membership takes the key's access away too.
    const k2 = await createKey(app, dev.token, ['org:read'], [A]);
    const orgs = 'query { organizations { totalCount } }';
    expect(
      ok(await app.gql<{ organizations: { totalCount: number } }>(orgs, {}, k2.secret))
        .organizations.totalCount,
    ).toBe(1);
    ok(await app.gql(REMOVE, { i: { userId: dev.id, siren: A } }, admin));
    expect(
      ok(await app.gql<{ organizations: { totalCount: number } }>(orgs, {}, k2.secret))
        .organizations.totalCount,
    ).toBe(0);
  });

  it('refuses an unknown or reused single sign-on login code', async () => {
    expect(
      codeOf(await app.gql('mutation { exchangeLoginCode(code: "login_nope") { token } }')),
    ).toBe('auth/invalid_login_code');
    const res = ok(
      await app.gql<{ authConfig: { oidcEnabled: boolean } }>(
        'query { authConfig { oidcEnabled } }',
      ),
    );
    expect(res.authConfig.oidcEnabled).toBe(false);
    expect(await em(app).count(User, {})).toBeGreaterThan(1);
  });
});
