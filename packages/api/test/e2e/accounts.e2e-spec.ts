/**
 * Accounts by email (issue #14 item 4): invitations, « Mot de passe oublié », welcome links,
 * through GraphQL, with mail delivered to a real SMTP server on loopback, and with the file
 * mailer (the embedded default) read back by platform administrators.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Invitation } from '../../src/identity/accounts/invitation.entity.js';
import { PasswordToken } from '../../src/identity/auth/password-token.entity.js';
import { codeOf, createOrg, createUser, em, login, ok } from '../support/identity-fixtures.js';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.js';
import { mysqlSkipReason } from '../support/test-db.js';
import { createTestApp, type GqlResponse, type TestApp } from '../support/test-app.js';

const skip = mysqlSkipReason();
if (skip) {
  process.stdout.write(`[skipped] accounts e2e on MySQL: ${skip}\n`);
}

const A = '215600461';
const B = '200067213';
const C = '213502388';
const INVITE =
  'mutation($i: InviteMemberInput!) { inviteMember(input: $i) { outcome email membership { role user { email } } } }';
const PREVIEW =
  'query($t: String!) { invitation(token: $t) { email displayName organizationName role hr newAccount } }';
const ACCEPT =
  'mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { email organizationName } }';
const INVITATIONS =
  'query($s: String!) { invitations(siren: $s) { id email displayName role hr expiresAt } }';
const REQUEST = 'mutation($e: String!) { requestPasswordReset(email: $e) }';
const RESET = 'mutation($i: ResetPasswordInput!) { resetPassword(input: $i) }';
const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';
const MEMBERS = 'query($s: String) { users(first: 100, siren: $s) { nodes { id email } } }';

/** The token of the first account link in a mail. */
function tokenOf(text: string): string {
  const m = /#jeton=([A-Za-z0-9_-]+)/.exec(text);
  if (!m) {
    throw new Error(`no link in: ${text}`);
  }
  return m[1]!;
}

describe.skipIf(skip)('accounts by email, through SMTP', () => {
  let app: TestApp;
  let sink: SmtpSink;
  let admin: string;
  let aAdmin: Awaited<ReturnType<typeof createUser>>;
  let aViewer: Awaited<ReturnType<typeof createUser>>;
  let bAgent: Awaited<ReturnType<typeof createUser>>;

  const drain = () => app.runtime.components.background.drain();
  const mailsTo = async (to: string) => {
    await drain();
    return sink.mails.filter((m) => m.to.includes(to));
  };

  beforeAll(async () => {
    sink = await startSmtpSink();
    app = await createTestApp('accounts', {
      SMTP_URL: sink.url,
      MAIL_FROM: 'Plateforme open data <ne-pas-repondre@opendata.test>',
      PUBLIC_URL: 'https://opendata.test',
      TRUST_PROXY: 'true',
    });
    admin = await app.loginAdmin();
    await createOrg(app, admin, A, 'Commune A');
    await createOrg(app, admin, B, 'Commune B');
    await createOrg(app, admin, C, 'Commune C');
    aAdmin = await createUser(app, admin, 'admin@a.test', [
      { siren: A, role: 'ADMIN' },
      { siren: C, role: 'ADMIN' },
    ]);
    aViewer = await createUser(app, admin, 'lecteur@a.test', [{ siren: A, role: 'VIEWER' }]);
    bAgent = await createUser(app, admin, 'agent@b.test', [{ siren: B, role: 'EDITOR' }]);
  });
  afterAll(async () => {
    await app?.close();
    await sink?.close();
  });

  it('invites a new address: the person chooses a password through the link, joins, and signs in', async () => {
    const res = ok(
      await app.gql<{ inviteMember: unknown }>(
        INVITE,
        {
          i: { siren: A, email: 'Nouvelle@A.test', displayName: 'Nina Nouvelle', role: 'EDITOR' },
        },
        aAdmin.token,
      ),
    );
    expect(res.inviteMember).toEqual({
      outcome: 'INVITED',
      email: 'nouvelle@a.test',
      membership: null,
    });
    const pending = ok(
      await app.gql<{ invitations: { email: string; role: string }[] }>(
        INVITATIONS,
        { s: A },
        aAdmin.token,
      ),
    ).invitations;
    expect(pending).toMatchObject([{ email: 'nouvelle@a.test', role: 'EDITOR' }]);
    const mail = await sink.waitFor('nouvelle@a.test');
    expect(mail.from).toBe('ne-pas-repondre@opendata.test');
    expect(mail.subject).toBe('Invitation à rejoindre Commune A sur la plateforme open data');
    expect(mail.text).toContain('choisissez votre mot de passe');
    expect(mail.text).toContain('https://opendata.test/admin/invitation#jeton=inv_');
    // Only the token's hash is stored.
    const token = tokenOf(mail.text);
    expect(JSON.stringify(await em(app).find(Invitation, {}))).not.toContain(token);

    expect(ok(await app.gql(PREVIEW, { t: token })).invitation).toEqual({
      email: 'nouvelle@a.test',
      displayName: 'Nina Nouvelle',
      organizationName: 'Commune A',
      role: 'EDITOR',
      hr: false,
      newAccount: true,
    });
    expect(codeOf(await app.gql(ACCEPT, { i: { token } }))).toBe('auth/password_required');
    expect(
      ok(
        await app.gql(ACCEPT, {
          i: { token, password: 'mon-mot-de-passe', displayName: 'Nina N.' },
        }),
      ).acceptInvitation,
    ).toEqual({ email: 'nouvelle@a.test', organizationName: 'Commune A' });
    const nina = await login(app, 'nouvelle@a.test', 'mon-mot-de-passe');
    const me = ok(
      await app.gql<{ me: { displayName: string; memberships: unknown[] } }>(
        'query { me { displayName memberships { role organization { siren } } } }',
        {},
        nina,
      ),
    ).me;
    expect(me).toEqual({
      displayName: 'Nina N.',
      memberships: [{ role: 'EDITOR', organization: { siren: A } }],
    });
    // Single use; the invitation is no longer pending.
    expect(codeOf(await app.gql(ACCEPT, { i: { token, password: 'autre-mot-de-passe' } }))).toBe(
      'auth/invalid_link',
    );
    expect(ok(await app.gql(PREVIEW, { t: token })).invitation).toBeNull();
    expect(
      ok(await app.gql<{ invitations: unknown[] }>(INVITATIONS, { s: A }, aAdmin.token))
        .invitations,
    ).toEqual([]);
  });

  it('answers an address with an account outside the caller’s organisations exactly as a new one; its owner must accept', async () => {
    const fresh = ok(
      await app.gql<{ inviteMember: unknown }>(
        INVITE,
        { i: { siren: A, email: 'personne@nulle-part.test', displayName: 'X', role: 'VIEWER' } },
        aAdmin.token,
      ),
    ).inviteMember;
    const existing = ok(
      await app.gql<{ inviteMember: unknown }>(
        INVITE,
        { i: { siren: A, email: bAgent.email, displayName: 'X', role: 'VIEWER' } },
        aAdmin.token,
      ),
    ).inviteMember;
    expect({ ...(existing as object), email: '' }).toEqual({ ...(fresh as object), email: '' });
    // The audit entries of both invitations read the same (to A's staff too).
    const audit = ok(
      await app.gql<{ auditLog: { nodes: { action: string; after: string }[] } }>(
        'query { auditLog(first: 100, filter: { targetType: "Invitation" }) { nodes { action after } } }',
        {},
        aViewer.token,
      ),
    ).auditLog.nodes;
    const shapes = audit.map((e) => ({ action: e.action, keys: Object.keys(JSON.parse(e.after)) }));
    expect(new Set(shapes.map((s) => JSON.stringify(s))).size).toBe(1);
    // Nothing changed for the account until its owner accepts.
    expect(
      ok(
        await app.gql<{ users: { nodes: { email: string }[] } }>(MEMBERS, { s: A }, aAdmin.token),
      ).users.nodes.map((u) => u.email),
    ).not.toContain(bAgent.email);
    const mail = await sink.waitFor(bAgent.email);
    expect(mail.text).toContain('avec votre compte actuel');
    const token = tokenOf(mail.text);
    expect(
      ok(await app.gql<{ invitation: { newAccount: boolean } }>(PREVIEW, { t: token })).invitation
        .newAccount,
    ).toBe(false);
    // Accepting never sets the password of an existing account.
    ok(await app.gql(ACCEPT, { i: { token, password: 'tentative-de-prise' } }));
    expect(codeOf(await app.gql(LOGIN, { e: bAgent.email, p: 'tentative-de-prise' }))).toBe(
      'auth/invalid_credentials',
    );
    await login(app, bAgent.email, bAgent.password);
    expect(
      ok(
        await app.gql<{ users: { nodes: { email: string }[] } }>(MEMBERS, { s: A }, aAdmin.token),
      ).users.nodes.map((u) => u.email),
    ).toContain(bAgent.email);
    const joined = ok(
      await app.gql<{
        auditLog: { nodes: { action: string; actorLabel: string; after: string }[] };
      }>(
        'query($u: String) { auditLog(first: 10, filter: { targetId: $u, action: "membership.add" }) { nodes { action actorLabel after } } }',
        { u: bAgent.id },
        aAdmin.token,
      ),
    ).auditLog.nodes;
    expect(joined).toHaveLength(1);
    expect(joined[0]!.actorLabel).toBe(bAgent.email);
    expect(JSON.parse(joined[0]!.after)).toMatchObject({ role: 'VIEWER', via: 'invitation' });
  });

  it('adds at once a member the caller already sees (a member of another organisation they administer)', async () => {
    const res = ok(
      await app.gql<{ inviteMember: unknown }>(
        INVITE,
        { i: { siren: C, email: aViewer.email, displayName: 'Lecteur', role: 'EDITOR' } },
        aAdmin.token,
      ),
    ).inviteMember;
    expect(res).toEqual({
      outcome: 'ADDED',
      email: aViewer.email,
      membership: { role: 'EDITOR', user: { email: aViewer.email } },
    });
    expect(await mailsTo(aViewer.email)).toEqual([]);
  });

  it('keeps invitations to their organisation’s administrators, and cancels them', async () => {
    const token = async (email: string) =>
      tokenOf((await sink.waitFor(email, sink.mails.length)).text);
    const since = sink.mails.length;
    ok(
      await app.gql(
        INVITE,
        { i: { siren: A, email: 'annulee@a.test', displayName: 'Annulée', role: 'VIEWER' } },
        aAdmin.token,
      ),
    );
    const t = tokenOf((await sink.waitFor('annulee@a.test', since)).text);
    const [inv] = ok(
      await app.gql<{ invitations: { id: string; email: string }[] }>(
        INVITATIONS,
        { s: A },
        aAdmin.token,
      ),
    ).invitations.filter((i) => i.email === 'annulee@a.test');
    for (const token of [aViewer.token, bAgent.token]) {
      expect(codeOf(await app.gql(INVITATIONS, { s: A }, token))).toMatch(
        /^(auth|organizations)\//,
      );
      expect(
        codeOf(
          await app.gql('mutation($id: ID!) { revokeInvitation(id: $id) }', { id: inv!.id }, token),
        ),
      ).toBe('invitations/not_found');
      expect(
        codeOf(
          await app.gql(
            INVITE,
            { i: { siren: A, email: 'z@z.test', displayName: 'Z', role: 'VIEWER' } },
            token,
          ),
        ),
      ).toMatch(/^(auth|organizations)\//);
    }
    expect(
      ok(
        await app.gql(
          'mutation($id: ID!) { revokeInvitation(id: $id) }',
          { id: inv!.id },
          aAdmin.token,
        ),
      ),
    ).toEqual({
      revokeInvitation: true,
    });
    expect(codeOf(await app.gql(ACCEPT, { i: { token: t, password: 'mot-de-passe-1' } }))).toBe(
      'auth/invalid_link',
    );
    // Inviting again sends a new link; the previous one is dead.
    ok(
      await app.gql(
        INVITE,
        { i: { siren: A, email: 'deux@a.test', displayName: 'D', role: 'VIEWER' } },
        aAdmin.token,
      ),
    );
    const first = await token('deux@a.test');
    ok(
      await app.gql(
        INVITE,
        { i: { siren: A, email: 'deux@a.test', displayName: 'D', role: 'ADMIN' } },
        aAdmin.token,
      ),
    );
    const second = await token('deux@a.test');
    expect(second).not.toBe(first);
    expect(ok(await app.gql(PREVIEW, { t: first })).invitation).toBeNull();
    expect(
      ok(await app.gql<{ invitation: { role: string } }>(PREVIEW, { t: second })).invitation.role,
    ).toBe('ADMIN');
    // An expired link is refused.
    await em(app).nativeUpdate(
      Invitation,
      { email: 'deux@a.test' },
      { expiresAt: new Date(Date.now() - 1000) },
    );
    expect(ok(await app.gql(PREVIEW, { t: second })).invitation).toBeNull();
    expect(
      codeOf(await app.gql(ACCEPT, { i: { token: second, password: 'mot-de-passe-1' } })),
    ).toBe('auth/invalid_link');
  });

  it('sends a reset link to an active account only, with the same answer for any address', async () => {
    const user = await createUser(app, admin, 'oubli@a.test', [{ siren: A, role: 'VIEWER' }]);
    const disabled = await createUser(app, admin, 'eteint@a.test', [{ siren: A, role: 'VIEWER' }]);
    ok(
      await app.gql(
        'mutation($i: UpdateUserInput!) { updateUser(input: $i) { id } }',
        { i: { id: disabled.id, status: 'DISABLED' } },
        admin,
      ),
    );
    const answers: GqlResponse<unknown>[] = [];
    for (const e of [user.email, 'inconnu@nulle-part.test', disabled.email, ' OUBLI@a.test ']) {
      answers.push(await app.gql(REQUEST, { e }));
    }
    expect(new Set(answers.map((a) => JSON.stringify(a)))).toEqual(
      new Set([JSON.stringify({ data: { requestPasswordReset: true } })]),
    );
    expect(await mailsTo('inconnu@nulle-part.test')).toEqual([]);
    expect(await mailsTo(disabled.email)).toEqual([]);
    const mails = await mailsTo(user.email);
    expect(mails).toHaveLength(2);
    expect(mails[0]!.subject).toBe('Choisir un nouveau mot de passe');
    const [first, second] = mails.map((m) => tokenOf(m.text));
    expect(first).toMatch(/^pwd_/);
    expect(JSON.stringify(await em(app).find(PasswordToken, {}))).not.toContain(first!);

    expect(codeOf(await app.gql(RESET, { i: { token: first, password: 'court' } }))).toBe(
      'validation/invalid_input',
    );
    expect(
      ok(await app.gql(RESET, { i: { token: first, password: 'nouveau-mot-de-passe' } })),
    ).toEqual({
      resetPassword: true,
    });
    // Old password and sessions are gone, the new password works, every other link died.
    expect(codeOf(await app.gql(LOGIN, { e: user.email, p: user.password }))).toBe(
      'auth/invalid_credentials',
    );
    expect(codeOf(await app.gql('query { me { id } }', {}, user.token))).toBe(
      'auth/session_expired',
    );
    await login(app, user.email, 'nouveau-mot-de-passe');
    for (const t of [first, second]) {
      expect(codeOf(await app.gql(RESET, { i: { token: t, password: 'encore-un-autre' } }))).toBe(
        'auth/invalid_link',
      );
    }
  });

  it('kills pending reset links when the password changes otherwise, and refuses expired ones', async () => {
    const user = await createUser(app, admin, 'change@a.test', [{ siren: A, role: 'VIEWER' }]);
    ok(await app.gql(REQUEST, { e: user.email }));
    const [mail] = await mailsTo(user.email);
    ok(
      await app.gql(
        'mutation($i: SetPasswordInput!) { setPassword(input: $i) { id } }',
        { i: { userId: user.id, password: 'change-par-moi', currentPassword: user.password } },
        user.token,
      ),
    );
    expect(
      codeOf(await app.gql(RESET, { i: { token: tokenOf(mail!.text), password: 'via-le-lien' } })),
    ).toBe('auth/invalid_link');
    ok(await app.gql(REQUEST, { e: user.email }));
    const later = (await mailsTo(user.email))[1]!;
    await em(app).nativeUpdate(
      PasswordToken,
      { usedAt: null },
      { expiresAt: new Date(Date.now() - 1000) },
    );
    expect(
      codeOf(await app.gql(RESET, { i: { token: tokenOf(later.text), password: 'via-le-lien' } })),
    ).toBe('auth/invalid_link');
  });

  it('limits reset mails per address (same answer) and reset requests per source', async () => {
    const user = await createUser(app, admin, 'limite@a.test');
    const from = async (ip: string, e: string) => {
      const res = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
        body: JSON.stringify({ query: REQUEST, variables: { e } }),
      });
      return (await res.json()) as GqlResponse<{ requestPasswordReset: boolean }>;
    };
    for (let i = 0; i < 7; i++) {
      expect((await from(`198.51.100.${i}`, user.email)).data?.requestPasswordReset).toBe(true);
    }
    expect(await mailsTo(user.email)).toHaveLength(5);
    for (let i = 0; i < 20; i++) {
      expect(
        (await from('198.51.100.99', `x${i}@nulle-part.test`)).data?.requestPasswordReset,
      ).toBe(true);
    }
    expect(codeOf(await from('198.51.100.99', user.email))).toBe('auth/too_many_requests');
  });

  it('counts mails per address whether or not it has an account (no oracle through the limit)', async () => {
    const known = await createUser(app, admin, 'compte-limite@x.test');
    for (const e of [known.email, 'sans-compte-limite@x.test']) {
      for (let i = 0; i < 5; i++) {
        await app.gql(REQUEST, { e });
      }
    }
    await drain();
    const answers = [];
    for (const e of [known.email, 'sans-compte-limite@x.test']) {
      answers.push(
        codeOf(
          await app.gql(
            INVITE,
            { i: { siren: A, email: e, displayName: 'L', role: 'VIEWER' } },
            aAdmin.token,
          ),
        ),
      );
    }
    expect(answers).toEqual(['invitations/too_many', 'invitations/too_many']);
  });

  it('mails a link to choose a password to an account created without one', async () => {
    const created = ok(
      await app.gql<{ createUser: { id: string } }>(
        `mutation { createUser(input: { email: "bienvenue@a.test", displayName: "Bienvenue", siren: "${A}", role: VIEWER }) { id } }`,
        {},
        admin,
      ),
    );
    expect(created.createUser.id).toBeTruthy();
    const [mail] = await mailsTo('bienvenue@a.test');
    expect(mail!.subject).toBe('Votre compte sur la plateforme open data');
    ok(
      await app.gql(RESET, { i: { token: tokenOf(mail!.text), password: 'premier-mot-de-passe' } }),
    );
    await login(app, 'bienvenue@a.test', 'premier-mot-de-passe');
  });
});

describe.skipIf(skip)('accounts by email, with the file mailer (no SMTP server)', () => {
  let app: TestApp;
  let admin: string;

  beforeAll(async () => {
    app = await createTestApp('accounts_files');
    admin = await app.loginAdmin();
    await createOrg(app, admin, A, 'Commune A');
  });
  afterAll(async () => {
    await app?.close();
  });

  it('writes the invitation as an .eml file that platform administrators read in sentMails', async () => {
    ok(
      await app.gql(
        INVITE,
        { i: { siren: A, email: 'fichier@a.test', displayName: 'F', role: 'VIEWER' } },
        admin,
      ),
    );
    await app.runtime.components.background.drain();
    const dir = path.join(app.config.dataDir, 'mail');
    const files = await readdir(dir);
    expect(files).toHaveLength(1);
    const raw = await readFile(path.join(dir, files[0]!), 'utf8');
    expect(raw).toMatch(/^To: fichier@a\.test\r?$/m);
    const seen = ok(
      await app.gql<{
        sentMails: {
          toFiles: boolean;
          mails: { id: string; to: string; subject: string; text: string }[];
        };
      }>('query { sentMails(first: 5) { toFiles mails { id to subject text } } }', {}, admin),
    ).sentMails;
    expect(seen.toFiles).toBe(true);
    expect(seen.mails).toHaveLength(1);
    expect(seen.mails[0]).toMatchObject({ id: files[0], to: 'fichier@a.test' });
    const token = tokenOf(seen.mails[0]!.text);
    ok(await app.gql(ACCEPT, { i: { token, password: 'depuis-le-fichier' } }));
    await login(app, 'fichier@a.test', 'depuis-le-fichier');
  });
});
