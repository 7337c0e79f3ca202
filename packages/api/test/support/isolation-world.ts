import { randomUUID } from 'node:crypto';
import { ActNature, ActStatus } from '../../src/domains/acts/act.enums.js';
import { Act } from '../../src/domains/acts/act.entity.js';
import { Document } from '../../src/domains/acts/document.entity.js';
import { Membership, Role } from '../../src/identity/auth/membership.entity.js';
import { User } from '../../src/identity/auth/user.entity.js';
import { Invitation } from '../../src/identity/accounts/invitation.entity.js';
import { PasswordToken } from '../../src/identity/auth/password-token.entity.js';
import { hashToken, newToken } from '../../src/identity/auth/tokens.js';
import { systemViewer } from '../../src/core/viewer.js';
import { createServices } from '../../src/app/services.js';
import {
  codeOf,
  createKey,
  createOrg,
  createUser,
  em,
  login,
  ok,
  seedAct,
  seedDeposit,
} from './identity-fixtures.js';
import { ADMIN_EMAIL, ADMIN_PASSWORD, type GqlResponse, type TestApp } from './test-app.js';

/**
 * The world of the isolation matrix: two organisations A and B, one caller of each kind, acts
 * and deposits of both, and the helpers the cases use to make fresh targets and to tell what a
 * caller may do. See isolation-matrix.e2e-spec.ts.
 */

export type Org = 'A' | 'B';
export const SIREN: Record<Org, string> = { A: '215600461', B: '200067213' };
/** World acts carry this word in their subject (so fresh targets never mix with them). */
export const WORLD_MARK = 'MATRICE';

export type Who =
  | 'platformAdmin'
  | 'aAdmin'
  | 'aEditor'
  | 'aViewer'
  | 'aHr'
  | 'bAdmin'
  | 'keyPublic'
  | 'keyRead'
  | 'keyWrite'
  | 'anonymous';

export interface Caller {
  who: Who;
  /** Bearer token (session or API key); none for anonymous. */
  token?: string;
  /** The user behind the caller (session user or key owner). */
  userId?: string;
  email?: string;
  password?: string;
  session: boolean;
  platform: boolean;
  /** Effective role per organisation (API keys: already capped by their scopes). */
  roles: Partial<Record<Org, Role>>;
  hr: Partial<Record<Org, boolean>>;
}

export const CALLER_ORDER: Who[] = [
  'platformAdmin',
  'aAdmin',
  'aEditor',
  'aViewer',
  'aHr',
  'bAdmin',
  'keyPublic',
  'keyRead',
  'keyWrite',
  'anonymous',
];

const RANK: Record<Role, number> = { VIEWER: 1, EDITOR: 2, ADMIN: 3 };

/** What a caller may do, in words the cases read well with. */
export const may = {
  staff: (c: Caller) => c.platform || Object.keys(c.roles).length > 0,
  session: (c: Caller) => c.session,
  platform: (c: Caller) => c.platform,
  read: (c: Caller, o: Org) => c.platform || !!c.roles[o],
  write: (c: Caller, o: Org) => c.platform || (!!c.roles[o] && RANK[c.roles[o]] >= 2),
  admin: (c: Caller, o: Org) => c.platform || c.roles[o] === Role.ADMIN,
  hr: (c: Caller, o: Org) => c.platform || !!c.hr[o],
  /** Reads this act (individual acts need hr). */
  seeAct: (c: Caller, o: Org, individual: boolean) =>
    may.read(c, o) && (!individual || may.hr(c, o)),
  /** Administers some organisation (sees a user list). */
  adminSomething: (c: Caller) =>
    c.session && (c.platform || Object.values(c.roles).includes(Role.ADMIN)),
};

export interface WorldAct {
  id: string;
  org: Org;
  individual: boolean;
  published: boolean;
}

export interface World {
  app: TestApp;
  admin: string;
  callers: Record<Who, Caller>;
  orgIds: Record<Org, string>;
  acts: WorldAct[];
  deposits: { id: string; org: Org | null; actId?: string }[];
  /** A user anyone may sign in as (login case). */
  loginUser: { email: string; password: string; passwordHash: string };
}

export async function buildWorld(app: TestApp): Promise<World> {
  const admin = await app.loginAdmin();
  const orgIds = {
    A: await createOrg(app, admin, SIREN.A, 'Commune A'),
    B: await createOrg(app, admin, SIREN.B, 'Commune B'),
  };
  const user = async (
    email: string,
    roles: Partial<Record<Org, Role>>,
    hr: Partial<Record<Org, boolean>>,
  ) => {
    const u = await createUser(
      app,
      admin,
      email,
      (Object.keys(roles) as Org[]).map((o) => ({ siren: SIREN[o], role: roles[o]!, hr: !!hr[o] })),
    );
    return { ...u, roles, hr };
  };
  const aAdmin = await user('a-admin@a.test', { A: Role.ADMIN }, {});
  const aEditor = await user('a-editor@a.test', { A: Role.EDITOR }, {});
  const aViewer = await user('a-viewer@a.test', { A: Role.VIEWER }, {});
  const aHr = await user('a-hr@a.test', { A: Role.EDITOR }, { A: true });
  const bAdmin = await user('b-admin@b.test', { B: Role.ADMIN }, { B: true });
  const keyPublic = await createKey(app, aEditor.token, ['public:read']);
  const keyRead = await createKey(app, aEditor.token, ['org:read'], [SIREN.A]);
  const keyWrite = await createKey(app, aHr.token, ['org:write'], [SIREN.A]);
  const person = (who: Who, u: Awaited<ReturnType<typeof user>>): Caller => ({
    who,
    token: u.token,
    userId: u.id,
    email: u.email,
    password: u.password,
    session: true,
    platform: false,
    roles: u.roles,
    hr: u.hr,
  });
  const adminId = (await em(app).findOneOrFail(User, { email: ADMIN_EMAIL })).id;
  const callers: Record<Who, Caller> = {
    platformAdmin: {
      who: 'platformAdmin',
      token: admin,
      userId: adminId,
      email: ADMIN_EMAIL,
      password: ADMIN_PASSWORD,
      session: true,
      platform: true,
      roles: {},
      hr: {},
    },
    aAdmin: person('aAdmin', aAdmin),
    aEditor: person('aEditor', aEditor),
    aViewer: person('aViewer', aViewer),
    aHr: person('aHr', aHr),
    bAdmin: person('bAdmin', bAdmin),
    keyPublic: {
      who: 'keyPublic',
      token: keyPublic.secret,
      userId: aEditor.id,
      session: false,
      platform: false,
      roles: {},
      hr: {},
    },
    keyRead: {
      who: 'keyRead',
      token: keyRead.secret,
      userId: aEditor.id,
      session: false,
      platform: false,
      roles: { A: Role.VIEWER },
      hr: {},
    },
    keyWrite: {
      who: 'keyWrite',
      token: keyWrite.secret,
      userId: aHr.id,
      session: false,
      platform: false,
      roles: { A: Role.EDITOR },
      hr: {},
    },
    anonymous: { who: 'anonymous', session: false, platform: false, roles: {}, hr: {} },
  };

  const acts: WorldAct[] = [];
  for (const org of ['A', 'B'] as Org[]) {
    for (const [individual, status] of [
      [false, ActStatus.PUBLISHED],
      [false, ActStatus.TO_DECIDE],
      [true, ActStatus.TO_DECIDE],
    ] as const) {
      const id = await seedAct(app, SIREN[org], {
        nature: individual ? ActNature.INDIVIDUAL : ActNature.DELIBERATION,
        status,
        subject: `${WORLD_MARK} ${org} ${individual ? 'individuel' : 'délibération'} ${status}`,
      });
      acts.push({ id, org, individual, published: status === ActStatus.PUBLISHED });
    }
  }
  // Legacy data: an individual act marked published must stay private anyway.
  acts.push({
    id: await seedAct(app, SIREN.A, {
      nature: ActNature.INDIVIDUAL,
      status: ActStatus.PUBLISHED,
      subject: `${WORLD_MARK} A individuel publié`,
    }),
    org: 'A',
    individual: true,
    published: true,
  });
  const indivOf = (o: Org) => acts.find((a) => a.org === o && a.individual && !a.published)!.id;
  const deposits: World['deposits'] = [
    { id: await seedDeposit(app, SIREN.A), org: 'A' },
    { id: await seedDeposit(app, SIREN.B), org: 'B' },
    { id: await seedDeposit(app, null), org: null },
    { id: await seedDeposit(app, SIREN.A, indivOf('A')), org: 'A', actId: indivOf('A') },
    { id: await seedDeposit(app, SIREN.B, indivOf('B')), org: 'B', actId: indivOf('B') },
  ];
  // Audit entries about individual acts of both organisations (their history is hr-only).
  const individualIds = acts.filter((a) => a.individual).map((a) => a.id);
  ok(
    await app.gql(
      'mutation($ids: [ID!]!) { hideActs(ids: $ids) { failed { id } } }',
      { ids: individualIds },
      admin,
    ),
  );
  ok(
    await app.gql(
      'mutation($ids: [ID!]!) { unhideActs(ids: $ids) { failed { id } } }',
      { ids: individualIds },
      admin,
    ),
  );
  // Index the acts for the public search (the projection job runs in the worker).
  await createServices(
    em(app),
    app.runtime.components,
    systemViewer('test'),
  ).projection.projectActs(acts.map((a) => a.id));

  const anyone = await createUser(app, admin, 'quiconque@a.test');
  const passwordHash = (await em(app).findOneOrFail(User, { id: anyone.id })).passwordHash!;
  return { app, admin, callers, orgIds, acts, deposits, loginUser: { ...anyone, passwordHash } };
}

/* ── fresh targets (so that every caller tries on an untouched object) ───────────────────── */

export async function freshAct(
  w: World,
  org: Org,
  opts: { individual?: boolean; hidden?: boolean; status?: ActStatus } = {},
) {
  const id = await seedAct(w.app, SIREN[org], {
    nature: opts.individual ? ActNature.INDIVIDUAL : ActNature.DELIBERATION,
    status: opts.status ?? ActStatus.TO_DECIDE,
    subject: `cible ${org}`,
  });
  if (opts.hidden) {
    await em(w.app).nativeUpdate(Act, { id }, { hidden: true });
  }
  return id;
}

export async function annexOf(w: World, actId: string): Promise<string> {
  return (await em(w.app).findOneOrFail(Document, { act: actId, annex: true })).id;
}

/** A user with memberships (straight into the database: no password, fast). */
export async function freshMember(
  w: World,
  orgs: Org[],
  role: Role = Role.VIEWER,
  passwordHash: string | null = null,
): Promise<{ id: string; email: string }> {
  const e = em(w.app);
  const user = e.create(User, {
    email: `cible-${randomUUID().slice(0, 8)}@x.test`,
    displayName: 'Cible',
    passwordHash,
  });
  for (const o of orgs) {
    e.create(Membership, { user, organization: w.orgIds[o], role });
  }
  await e.flush();
  return { id: user.id, email: user.email };
}

/** A pending invitation to `org` for a fresh address, with its link's token. */
export async function freshInvitation(w: World, org: Org) {
  const e = em(w.app);
  const token = newToken('inv');
  const email = `invitee-${randomUUID().slice(0, 8)}@x.test`;
  const invitation = e.create(Invitation, {
    email,
    displayName: 'Invitée',
    organization: w.orgIds[org],
    role: Role.VIEWER,
    tokenHash: hashToken(token),
    expiresAt: new Date(Date.now() + 86_400_000),
  });
  await e.flush();
  return { id: invitation.id, email, token };
}

/** A fresh user without a password and a valid link to choose one. */
export async function freshPasswordLink(w: World) {
  const user = await freshMember(w, []);
  const e = em(w.app);
  const token = newToken('pwd');
  e.create(PasswordToken, {
    user: user.id,
    purpose: 'welcome',
    tokenHash: hashToken(token),
    expiresAt: new Date(Date.now() + 86_400_000),
  });
  await e.flush();
  return { userId: user.id, token };
}

export async function freshSession(w: World, c: Caller): Promise<string | undefined> {
  return c.session ? login(w.app, c.email!, c.password!) : c.token;
}

export async function reLogin(w: World, c: Caller): Promise<void> {
  c.token = await login(w.app, c.email!, c.password!);
  if (c.who === 'platformAdmin') {
    w.admin = c.token;
  }
}

/* ── "nothing changed" ──────────────────────────────────────────────────────────────────── */

/** Columns that move without anyone's rights being involved. */
const VOLATILE = new Set(['updated_at', 'last_used_at', 'failed_logins', 'locked_until']);
/** Tables written by infrastructure (event relay) rather than by the operation. */
const SKIPPED_TABLES = new Set(['outbox_events']);

/** Every row of every entity table, volatile columns left out: equal before/after = nothing changed. */
export async function snapshot(app: TestApp): Promise<string> {
  const orm = app.runtime.components.orm;
  const tables = [
    ...new Set(
      Object.values(orm.getMetadata().getAll())
        .filter((m) => !m.abstract && !m.embeddable && m.tableName)
        .map((m) => m.tableName),
    ),
  ]
    .filter((t) => !SKIPPED_TABLES.has(t))
    .sort();
  const conn = orm.em.getConnection();
  const out: Record<string, string[]> = {};
  for (const t of tables) {
    const rows = await conn.execute<Record<string, unknown>[]>(`select * from ${t}`);
    out[t] = rows
      .map((r: Record<string, unknown>) =>
        JSON.stringify(Object.fromEntries(Object.entries(r).filter(([k]) => !VOLATILE.has(k)))),
      )
      .sort();
  }
  return JSON.stringify(out);
}

/** What differs between two snapshots: table names and a few changed rows, short. */
export function snapshotDiff(before: string, after: string): string[] {
  const a = JSON.parse(before) as Record<string, string[]>;
  const b = JSON.parse(after) as Record<string, string[]>;
  const out: string[] = [];
  for (const t of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const rowsA = new Set(a[t] ?? []);
    const rowsB = new Set(b[t] ?? []);
    const gone = [...rowsA].filter((r) => !rowsB.has(r));
    const added = [...rowsB].filter((r) => !rowsA.has(r));
    if (gone.length || added.length) {
      out.push(
        `${t}: -${gone.length} +${added.length} ${added.slice(0, 2).join(' ').slice(0, 400)}`,
      );
    }
  }
  return out;
}

/* ── sending ─────────────────────────────────────────────────────────────────────────────── */

export function send<T = Record<string, unknown>>(
  w: World,
  doc: string,
  vars: Record<string, unknown>,
  token?: string,
) {
  return w.app.gql<T>(doc, vars, token) as Promise<GqlResponse<T>>;
}

/** Codes that mean "refused" (not allowed, not visible, not signed in). */
export const REFUSAL_CODES = [
  'auth/unauthenticated',
  'auth/forbidden',
  'auth/insufficient_scope',
  'auth/session_required',
  'auth/platform_admin_required',
  'auth/hr_required',
  'auth/wrong_password',
  'users/own_membership',
  'users/siren_required',
];

export function isRefusal(res: GqlResponse<unknown>, extra: string[] = []): boolean {
  const code = codeOf(res);
  return (
    !!code && (REFUSAL_CODES.includes(code) || extra.includes(code) || code.endsWith('/not_found'))
  );
}
