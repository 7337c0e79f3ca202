import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { User } from '../../src/identity/auth/user.entity.js';
import { codeOf, createOrg, createUser, em, ok } from '../support/identity-fixtures.js';
import {
  CookieJar,
  followUntil,
  startOidcTestProvider,
  type OidcTestProvider,
} from '../support/oidc-test-provider.js';
import { mysqlSkipReason } from '../support/test-db.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

const skip = mysqlSkipReason();
if (skip) {
  process.stdout.write(`[skipped] OIDC e2e on MySQL: ${skip}\n`);
}

const A = '215600461';
const B = '200067213';
const C = '253514491';
const ME =
  'query { me { email displayName isPlatformAdmin memberships { role hr fromSso organization { siren } } } }';
const EXCHANGE = 'mutation($c: String!) { exchangeLoginCode(code: $c) { token user { email } } }';

const MAPPING = [
  { claim: 'siren', role: 'VIEWER' },
  { claim: 'groups', equals: 'opsn-admins', platformAdmin: true },
  { claim: 'groups', equals: 'b-editors', siren: B, role: 'EDITOR' },
];

describe.skipIf(skip)('single sign-on against a real OIDC provider', () => {
  let idp: OidcTestProvider;
  let app: TestApp;
  let admin: string;

  beforeAll(async () => {
    idp = await startOidcTestProvider();
    app = await createTestApp('oidc', {
      OIDC_ISSUER: idp.issuer,
      OIDC_CLIENT_ID: idp.clientId,
      OIDC_CLIENT_SECRET: idp.clientSecret,
      OIDC_SCOPES: 'openid email profile',
      OIDC_ROLE_MAPPING: JSON.stringify(MAPPING),
    });
    // The api listens on a random port: its public URL (and so the redirect URI) is known now.
    app.config.publicUrl = app.url;
    idp.start(`${app.url}/auth/oidc/callback`);
    admin = await app.loginAdmin();
    for (const [siren, name] of [
      [A, 'Commune A'],
      [B, 'Commune B'],
      [C, 'Commune C'],
    ] as const) {
      await createOrg(app, admin, siren, name);
    }
  });
  afterAll(async () => {
    await app?.close();
    await idp?.close();
  });

  /** Browser side: start at the api, sign in at the provider, come back; returns the admin URL reached. */
  async function signIn(jar = new CookieJar()): Promise<URL> {
    const start = `${app.url}/auth/oidc/login`;
    const landed = await followUntil(start, (u) => u.startsWith(`${app.url}/admin/`), jar);
    return new URL(landed);
  }

  function codeIn(url: URL): string {
    expect(url.pathname).toBe('/admin/connexion');
    const code = new URLSearchParams(url.hash.slice(1)).get('sso_code');
    expect(code).toBeTruthy();
    return code!;
  }

  it('announces single sign-on to the admin', async () => {
    const res = ok(
      await app.gql<{ authConfig: { oidcEnabled: boolean; oidcLoginUrl: string } }>(
        'query { authConfig { oidcEnabled oidcLoginUrl } }',
      ),
    );
    expect(res.authConfig).toEqual({
      oidcEnabled: true,
      oidcLoginUrl: `${app.url}/auth/oidc/login`,
    });
  });

  it('creates the user just in time with memberships from the claims; the session comes from a one-time code', async () => {
    idp.nextAccount = {
      sub: 'agent-1',
      email: 'Agent.Un@A.test',
      email_verified: true,
      name: 'Agent Un',
      siren: [`${A}:EDITOR`, C],
      groups: ['b-editors'],
    };
    const landed = await signIn();
    // Never a session token in a URL: only a one-time code, in the fragment.
    expect(landed.search).toBe('');
    expect(landed.href).not.toContain('ses_');
    const code = codeIn(landed);
    const session = ok(
      await app.gql<{ exchangeLoginCode: { token: string; user: { email: string } } }>(EXCHANGE, {
        c: code,
      }),
    );
    expect(session.exchangeLoginCode.user.email).toBe('agent.un@a.test');
    expect(codeOf(await app.gql(EXCHANGE, { c: code }))).toBe('auth/invalid_login_code');

    const me = ok(
      await app.gql<{
        me: {
          displayName: string;
          isPlatformAdmin: boolean;
          memberships: { role: string; fromSso: boolean; organization: { siren: string } }[];
        };
      }>(ME, {}, session.exchangeLoginCode.token),
    ).me;
    expect(me.displayName).toBe('Agent Un');
    expect(me.isPlatformAdmin).toBe(false);
    const bySiren = Object.fromEntries(
      me.memberships.map((m) => [m.organization.siren, [m.role, m.fromSso]]),
    );
    expect(bySiren).toEqual({
      [A]: ['EDITOR', true],
      [B]: ['EDITOR', true],
      [C]: ['VIEWER', true],
    });
    const audit = ok(
      await app.gql<{ auditLog: { nodes: { action: string; actorLabel: string }[] } }>(
        'query { auditLog(first: 50, filter: { targetType: "User" }) { nodes { action actorLabel } } }',
        {},
        admin,
      ),
    ).auditLog.nodes;
    expect(
      audit.filter(
        (e) => e.action === 'membership.add' && e.actorLabel.includes('authentification unique'),
      ),
    ).toHaveLength(3);
  });

  it('aligns SSO memberships with the claims at each sign-in, never touching those given by an administrator', async () => {
    const user = await em(app).findOneOrFail(User, { email: 'agent.un@a.test' });
    ok(
      await app.gql(
        'mutation($i: AddMembershipInput!) { addMembership(input: $i) { role } }',
        { i: { userId: user.id, siren: C, role: 'ADMIN' } },
        admin,
      ),
    );
    idp.nextAccount = {
      sub: 'agent-1',
      email: 'agent.un@a.test',
      siren: [A],
      groups: ['opsn-admins'],
    };
    const session = ok(
      await app.gql<{ exchangeLoginCode: { token: string } }>(EXCHANGE, {
        c: codeIn(await signIn()),
      }),
    );
    const me = ok(
      await app.gql<{
        me: {
          isPlatformAdmin: boolean;
          memberships: { role: string; fromSso: boolean; organization: { siren: string } }[];
        };
      }>(ME, {}, session.exchangeLoginCode.token),
    ).me;
    expect(me.isPlatformAdmin).toBe(true);
    const bySiren = Object.fromEntries(
      me.memberships.map((m) => [m.organization.siren, [m.role, m.fromSso]]),
    );
    expect(bySiren).toEqual({ [A]: ['VIEWER', true], [C]: ['ADMIN', false] });
    // The group is gone: so is the platform administrator right it gave.
    idp.nextAccount = { sub: 'agent-1', email: 'agent.un@a.test', siren: [A], groups: [] };
    const again = ok(
      await app.gql<{ exchangeLoginCode: { token: string } }>(EXCHANGE, {
        c: codeIn(await signIn()),
      }),
    );
    expect(
      ok(await app.gql<{ me: { isPlatformAdmin: boolean } }>(ME, {}, again.exchangeLoginCode.token))
        .me.isPlatformAdmin,
    ).toBe(false);
    // At once for the session opened earlier too (read a moment ago, when it was still admin).
    expect(
      ok(
        await app.gql<{ me: { isPlatformAdmin: boolean } }>(
          ME,
          {},
          session.exchangeLoginCode.token,
        ),
      ).me.isPlatformAdmin,
    ).toBe(false);
  });

  it('links an existing local account by e-mail, and refuses disabled accounts', async () => {
    const local = await createUser(app, admin, 'local@a.test', [{ siren: A, role: 'ADMIN' }]);
    idp.nextAccount = { sub: 'agent-2', email: 'local@a.test', email_verified: true };
    const session = ok(
      await app.gql<{ exchangeLoginCode: { user: { email: string } } }>(EXCHANGE, {
        c: codeIn(await signIn()),
      }),
    );
    expect(session.exchangeLoginCode.user.email).toBe('local@a.test');
    ok(
      await app.gql(
        'mutation($i: UpdateUserInput!) { updateUser(input: $i) { id } }',
        { i: { id: local.id, status: 'DISABLED' } },
        admin,
      ),
    );
    const refused = await signIn();
    expect(refused.searchParams.get('sso_error')).toBe('account_disabled');
  });

  it('refuses an answer brought by another browser, a replayed answer and a refusal at the provider', async () => {
    idp.nextAccount = { sub: 'agent-3', email: 'agent3@a.test' };
    const jar = new CookieJar();
    const callback = await followUntil(
      `${app.url}/auth/oidc/login`,
      (u) => u.startsWith(`${app.url}/auth/oidc/callback`),
      jar,
    );
    // Another browser (no binding cookie) brings the provider's answer.
    const stolen = await fetch(callback, { redirect: 'manual' });
    expect(new URL(stolen.headers.get('location')!).searchParams.get('sso_error')).toBe(
      'browser_mismatch',
    );
    expect(await em(app).count(User, { email: 'agent3@a.test' })).toBe(0);
    // The right browser still completes it, once.
    const own = await fetch(callback, {
      redirect: 'manual',
      headers: { cookie: jar.header(callback) },
    });
    codeIn(new URL(own.headers.get('location')!));
    const replay = await fetch(callback, {
      redirect: 'manual',
      headers: { cookie: jar.header(callback) },
    });
    expect(new URL(replay.headers.get('location')!).searchParams.get('sso_error')).toBe('expired');

    idp.refuse = true;
    try {
      expect((await signIn()).searchParams.get('sso_error')).toBe('denied');
    } finally {
      idp.refuse = false;
    }
  });

  it('takes the platform administrator right back at once from every open session', async () => {
    const token = async (account: Record<string, unknown>) => {
      idp.nextAccount = account as never;
      return ok(
        await app.gql<{ exchangeLoginCode: { token: string } }>(EXCHANGE, {
          c: codeIn(await signIn()),
        }),
      ).exchangeLoginCode.token;
    };
    // A platform administrators' operation, refused to anyone else.
    const isAdmin = async (t: string) =>
      !(await app.gql('query { schedules { name } }', {}, t)).errors;
    const account = {
      sub: 'ops-chief',
      email: 'chef.exploitation@a.test',
      groups: ['opsn-admins'],
    };
    const first = await token(account);
    expect(await isAdmin(first)).toBe(true);
    // The group is gone at the provider; no membership in the claims either.
    const second = await token({ ...account, groups: [] });
    expect(await isAdmin(second)).toBe(false);
    expect(await isAdmin(first)).toBe(false);
  });
});
