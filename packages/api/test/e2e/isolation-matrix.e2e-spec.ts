/**
 * THE ISOLATION MATRIX — every query, mutation and subscription of the schema, tried by every
 * kind of caller, checking that nothing outside the caller's rights is returned or changed.
 *
 * ─── If this test fails with "operations without a declared case" ───────────────────────────
 * You added an operation. Declare it in QUERIES, MUTATIONS or SUBSCRIPTIONS below, keyed by
 * its field name, with one or more scenarios. A scenario says:
 *   - `setup(w, c)`   (optional) makes FRESH targets for this caller (freshAct, freshMember,
 *                     seedDeposit… in ../support/isolation-world.ts), so that every caller tries
 *                     on an untouched object;
 *   - `doc` + `vars`  the GraphQL document and its variables (or `send` for multipart and
 *                     other special transports); `token` to use another token than the caller's;
 *   - `allowed(c)`    who may do it, from the caller's rights: `may.read(c, 'A')`,
 *                     `may.write`, `may.admin`, `may.hr`, `may.seeAct`, `may.session`,
 *                     `may.platform`, `may.staff`, or `() => true` for public operations;
 *   - `then(x)`       for allowed callers: what they must get and what must have changed
 *                     (x.data is the operation's field; x.c the caller; x.prepared the setup);
 *                     for lists, check that EVERY item is within the caller's rights and that
 *                     what they may see is there (no vacuous pass);
 *   - `refusal`       for the others: 'error' (default: a refusal code, see REFUSAL_CODES),
 *                     'null-or-error' (the field is null; if there is an error it is a refusal)
 *                     or 'null' (null without error), or a function.
 * For mutations, a refused call is also checked to change NOTHING in the database (every
 * entity table is compared before and after).
 *
 * Callers (../support/isolation-world.ts): platformAdmin; aAdmin, aEditor, aViewer (org A, no
 * hr); aHr (org A editor WITH hr); bAdmin (org B admin with hr); API keys keyPublic
 * (public:read), keyRead (org:read on A), keyWrite (org:write on A, owner has hr: keys never
 * get hr); anonymous. World: acts of A and B (published, to decide, individual, and a legacy
 * "published" individual act in A), deposits of A, B and of no organisation.
 *
 * Runs on SQLite and on MariaDB (TEST_MYSQL_URL) like the other e2e specs.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { createClient } from 'graphql-ws';
import { isObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { ActNature, ActStatus } from '../../src/domains/acts/act.enums.js';
import { BudgetDocument } from '../../src/domains/budgets/budget-document.entity.js';
import { BudgetImportStatus, BudgetStage } from '../../src/domains/budgets/budget.enums.js';
import { Act } from '../../src/domains/acts/act.entity.js';
import { Document } from '../../src/domains/acts/document.entity.js';
import { ApiKey } from '../../src/identity/auth/api-key.entity.js';
import { Invitation } from '../../src/identity/accounts/invitation.entity.js';
import { Membership, Role } from '../../src/identity/auth/membership.entity.js';
import { User } from '../../src/identity/auth/user.entity.js';
import { Deposit, DepositStatus } from '../../src/domains/deposits/deposit.entity.js';
import { Organization } from '../../src/identity/tenants/organization.entity.js';
import { WidgetSettings } from '../../src/domains/widgets/widget-settings.entity.js';
import { luhnValid } from '../../src/shared/siret.js';
import { buildDeposit } from '../fixtures/deposit.fixture.js';
import { minimalPdf } from '../fixtures/pdf.fixture.js';
import { codeOf, createKey, em, seedAct, seedDeposit } from '../support/identity-fixtures.js';
import {
  annexOf,
  buildWorld,
  CALLER_ORDER,
  freshAct,
  freshInvitation,
  freshMember,
  freshPasswordLink,
  freshSession,
  isRefusal,
  may,
  reLogin,
  send,
  SIREN,
  snapshot,
  snapshotDiff,
  WORLD_MARK,
  type Caller,
  type Org,
  type World,
  type WorldAct,
} from '../support/isolation-world.js';
import type { GqlResponse } from '../support/test-app.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { mysqlSkipReason } from '../support/test-db.js';
import { Contract } from '../../src/domains/procurement/contract.entity.js';
import { ContractSource } from '../../src/domains/procurement/contract-source.entity.js';
import { DatagouvSettings } from '../../src/domains/publishing/datagouv-settings.entity.js';
import {
  marcheOf,
  randomId,
  seedContract,
  seedImport,
  seedSource,
  uploadDecp,
} from '../support/procurement-fixtures.js';

const skip = mysqlSkipReason();
if (skip) {
  process.stdout.write(`[skipped] isolation matrix on MySQL: ${skip}\n`);
}

type Prepared = Record<string, any>;
interface X {
  w: World;
  c: Caller;
  res: GqlResponse<any>;
  data: any;
  prepared: Prepared;
  label: string;
}
interface Scenario {
  name: string;
  setup?: (w: World, c: Caller) => Promise<Prepared>;
  doc?: string;
  vars?: (w: World, c: Caller, p: Prepared) => Record<string, unknown>;
  send?: (w: World, c: Caller, p: Prepared, token: string | undefined) => Promise<GqlResponse<any>>;
  token?: (w: World, c: Caller, p: Prepared) => Promise<string | undefined>;
  allowed: (c: Caller, w: World, p: Prepared) => boolean;
  then?: (x: X) => void | Promise<void>;
  refusal?: 'error' | 'null-or-error' | 'null' | ((x: X) => void | Promise<void>);
  refusalCodes?: string[];
}
/** One event published during a subscription test: about an organisation (null: none), maybe an individual act. */
interface SubEvent {
  key: string;
  org: Org | null;
  individual?: boolean;
}
interface SubscriptionScenario {
  name: string;
  doc: string;
  vars?: Record<string, unknown>;
  /** Events published during the test (the first one is also used as the liveness probe). */
  events: SubEvent[];
  publish: (w: World, event: SubEvent, marker: string) => Promise<void>;
  markerOf: (data: any) => string;
  /** Who may open it at all (the others are refused when subscribing). */
  allowed: (c: Caller) => boolean;
  /** Which events an allowed caller receives. */
  receives: (c: Caller, event: SubEvent) => boolean;
}

/** One contract per organisation and import reports (A, B, no organisation), made once. */
let seededProcurement: Promise<Prepared> | undefined;
const procurementWorld = (w: World) =>
  (seededProcurement ??= (async () => ({
    contracts: { A: await seedContract(w.app, SIREN.A), B: await seedContract(w.app, SIREN.B) },
    imports: {
      A: await seedImport(w.app, SIREN.A),
      B: await seedImport(w.app, SIREN.B),
      none: await seedImport(w.app, null),
    },
  }))());
const ORGS = ['A', 'B'] as Org[];

/** The organisation's push turned on with a sealed key, so that pushDatasets may be queued. */
async function pushReady(w: World, o: Org): Promise<Prepared> {
  const e = em(w.app);
  const org = await e.findOneOrFail(Organization, { siren: SIREN[o] });
  const s =
    (await e.findOne(DatagouvSettings, { organization: org })) ??
    e.create(DatagouvSettings, { organization: org });
  s.pushEnabled = true;
  s.apiKeySealed = w.app.runtime.components.secrets.seal('udata_isolation-matrix-key', s.id);
  s.apiKeyHint = '-key';
  await e.flush();
  return {};
}

/* ── small helpers ─────────────────────────────────────────────────────────────────────────── */

const sirenSet = (c: Caller) =>
  (['A', 'B'] as Org[]).filter((o) => may.read(c, o)).map((o) => SIREN[o]);
const orgOfSiren = (siren: string | null): Org | null =>
  siren === SIREN.A ? 'A' : siren === SIREN.B ? 'B' : null;
const sorted = (a: string[]) => [...a].sort();
const worldAct = (pick: (a: WorldAct) => boolean) => (w: World) => w.acts.find(pick)!;
const ACTS: [string, (a: WorldAct) => boolean][] = [
  ['A published', (a) => a.org === 'A' && !a.individual && a.published],
  ['A to decide', (a) => a.org === 'A' && !a.individual && !a.published],
  ['A individual', (a) => a.org === 'A' && a.individual && !a.published],
  ['A individual marked published (legacy)', (a) => a.org === 'A' && a.individual && a.published],
  ['B to decide', (a) => a.org === 'B' && !a.individual && !a.published],
  ['B individual', (a) => a.org === 'B' && a.individual],
];
const dbAct = (w: World, id: string) => em(w.app).findOneOrFail(Act, { id });
/** A random SIREN with a right key (Luhn), as an operator would type one. */
const randomSiren = () => {
  const base = String(10_000_000 + Math.floor(Math.random() * 89_999_999));
  const key = [...'0123456789'].find((k) => luhnValid(base + k))!;
  return base + key;
};

/** Three fresh acts per caller: A, A individual, B (+ B individual), in the state the action starts from. */
async function mixedTargets(w: World, init: BatchInit) {
  const spec: [Org, boolean][] = [
    ['A', false],
    ['A', true],
    ['B', false],
    ['B', true],
  ];
  const targets = [];
  for (const [org, individual] of spec) {
    const id = await freshAct(w, org, { individual, status: init.status, hidden: init.hidden });
    if (init.deleted) {
      await em(w.app).nativeUpdate(Act, { id }, { deletedAt: new Date() });
    }
    targets.push({ org, individual, id });
  }
  return { targets };
}

interface BatchInit {
  status?: ActStatus;
  hidden?: boolean;
  deleted?: boolean;
}

type Action = 'publish' | 'unpublish' | 'hide' | 'unhide' | 'delete' | 'restore';

function batchOutcome(c: Caller, t: { org: Org; individual: boolean }, action: Action): string {
  if (!may.seeAct(c, t.org, t.individual)) {
    return 'acts/not_found';
  }
  if (!may.write(c, t.org)) {
    return 'auth/forbidden';
  }
  return action === 'publish' && t.individual ? 'acts/individual_not_publishable' : 'updated';
}

function batch(op: string, action: Action, init: BatchInit, args = ''): Scenario[] {
  return [
    {
      name: `one batch mixing A, A individual, B and B individual acts${args ? ` (${args})` : ''}`,
      setup: (w) => mixedTargets(w, init),
      doc: `mutation($ids: [ID!]!) { ${op}(${args}ids: $ids) { updated { id nature organization { siren } } failed { id code } } }`,
      vars: (_w, _c, p) => ({ ids: p.targets.map((t: { id: string }) => t.id) }),
      allowed: may.staff,
      then: async ({ w, c, data, prepared, label }) => {
        for (const t of prepared.targets as { org: Org; individual: boolean; id: string }[]) {
          const expected = batchOutcome(c, t, action);
          const act = await dbAct(w, t.id);
          const l = `${label} ${t.org}${t.individual ? ' individual' : ''}`;
          if (expected === 'updated') {
            expect(
              data.updated.map((u: any) => u.id),
              l,
            ).toContain(t.id);
            const changed = {
              publish: act.status === ActStatus.PUBLISHED,
              unpublish: act.status === ActStatus.NOT_PUBLISHED,
              hide: act.hidden,
              unhide: !act.hidden,
              delete: !!act.deletedAt,
              restore: !act.deletedAt,
            }[action];
            expect(changed, `${l}: changed`).toBe(true);
          } else {
            expect(data.failed.find((f: any) => f.id === t.id)?.code, l).toBe(expected);
            expect(
              { status: act.status, hidden: act.hidden, deleted: !!act.deletedAt },
              `${l}: untouched`,
            ).toEqual({
              status: init.status ?? ActStatus.TO_DECIDE,
              hidden: !!init.hidden,
              deleted: !!init.deleted,
            });
          }
        }
        expect(
          data.updated.every((u: any) =>
            may.seeAct(c, orgOfSiren(u.organization.siren)!, u.nature === 'INDIVIDUAL'),
          ),
          label,
        ).toBe(true);
      },
    },
  ];
}

/** Scenarios on one fresh act of A, one individual act of A and one act of B. */
function onFreshActs(
  build: (target: (w: World) => Promise<Prepared>, org: Org, individual: boolean) => Scenario,
): Scenario[] {
  return (
    [
      ['A', false],
      ['A', true],
      ['B', false],
    ] as [Org, boolean][]
  ).map(([org, individual]) =>
    build(async (w) => ({ actId: await freshAct(w, org, { individual }) }), org, individual),
  );
}

async function upload(w: World, siren: string, token: string | undefined) {
  const form = new FormData();
  const query =
    'mutation($input: CreateActInput!, $files: [Upload!]!) { createAct(input: $input, files: $files) { id organization { siren } } }';
  const input = {
    siren,
    number: `UP-${Date.now()}`,
    date: '2024-05-02',
    subject: 'Acte déposé à la main',
    nature: 'DELIBERATION',
  };
  form.append('operations', JSON.stringify({ query, variables: { input, files: [null] } }));
  form.append('map', JSON.stringify({ 0: ['variables.files.0'] }));
  form.append(
    '0',
    new Blob([new Uint8Array(minimalPdf('Délibération de test'))], { type: 'application/pdf' }),
    'acte.pdf',
  );
  const res = await fetch(`${w.app.url}/graphql`, {
    method: 'POST',
    headers: {
      'apollo-require-preflight': 'true',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: form,
  });
  return (await res.json()) as GqlResponse<any>;
}

/** A corrected zip sent in place of a failed deposit (multipart). */
async function replaceDeposit(w: World, id: string, token: string | undefined) {
  const form = new FormData();
  const query =
    'mutation($id: ID!, $file: Upload!) { replaceFailedDeposit(id: $id, file: $file) { id replaces } }';
  form.append('operations', JSON.stringify({ query, variables: { id, file: null } }));
  form.append('map', JSON.stringify({ 0: ['variables.file'] }));
  form.append('0', new Blob([new Uint8Array(await buildDeposit())]), 'corrige.zip');
  const res = await fetch(`${w.app.url}/graphql`, {
    method: 'POST',
    headers: {
      'apollo-require-preflight': 'true',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: form,
  });
  return (await res.json()) as GqlResponse<any>;
}

/** Three queued dataset jobs (A, B, every organisation), made once for all callers. */
let seededJobs: Promise<Prepared> | undefined;
function seedJobs(w: World): Promise<Prepared> {
  seededJobs ??= (async () => {
    const queue = w.app.runtime.components.jobs!;
    const jobs = [];
    for (const org of ['A', 'B', null] as (Org | null)[]) {
      jobs.push({
        org,
        id: await queue.enqueue('dataset.export', { siren: org ? SIREN[org] : null, year: 2001 }),
      });
    }
    return { jobs };
  })();
  return seededJobs;
}

/* ── budgets: one read budget document per act kind, made once for all callers ─────────────── */

const BUDGET_SIRET: Record<Org, string> = { A: '21560046100085', B: '20006721300013' };
interface WorldBudget {
  id: string;
  org: Org;
  published: boolean;
}
let seededBudgets: Promise<WorldBudget[]> | undefined;
function seedBudgets(w: World): Promise<WorldBudget[]> {
  seededBudgets ??= (async () => {
    const out: WorldBudget[] = [];
    for (const org of ['A', 'B'] as Org[]) {
      for (const published of [true, false]) {
        out.push({ id: await freshBudget(w, org, published), org, published });
      }
    }
    return out;
  })();
  return seededBudgets;
}
/** A budget act and its read document (one real line), straight into the database. */
async function freshBudget(w: World, org: Org, published: boolean): Promise<string> {
  const actId = await seedAct(w.app, SIREN[org], {
    nature: ActNature.BUDGET,
    status: published ? ActStatus.PUBLISHED : ActStatus.TO_DECIDE,
    subject: `${WORLD_MARK} budget ${org}`,
  });
  const e = em(w.app);
  const act = await e.findOneOrFail(Act, { id: actId }, { populate: ['organization'] });
  const doc = e.create(BudgetDocument, {
    act,
    organization: act.organization,
    status: BudgetImportStatus.IMPORTED,
    year: 2022,
    stage: BudgetStage.BP,
    siret: BUDGET_SIRET[org],
    nomenclature: 'M14-M14_COM_500_3500',
    planYear: 2022,
    lineCount: 1,
    lines: [
      {
        d: 'D',
        o: 0,
        t: '',
        n: '6045',
        nl: 'Achats',
        f: '',
        fl: '',
        c: '011',
        cl: 'Charges à caractère général',
        s: 'F',
        op: '',
        as: 'false',
        m: ['', '', '', '', '15000.00', '', ''],
        v: '15000.00',
      },
    ],
  });
  await e.flush();
  return doc.id;
}
const budgetOf = (w: World, org: Org, published: boolean) =>
  seedBudgets(w).then((all) => all.find((b) => b.org === org && b.published === published)!);

/* ── QUERIES ───────────────────────────────────────────────────────────────────────────────── */

const ACTS_QUERY =
  'query($f: ActsFilter) { acts(first: 100, filter: $f) { totalCount nodes { id nature organization { siren } documents { annex url } } } }';

const QUERIES: Record<string, Scenario[]> = {
  contracts: ORGS.map((o) => ({
    name: `of ${o} (public: open data on)`,
    setup: (w: World) => procurementWorld(w),
    doc: 'query($s: String!) { contracts(siren: $s, first: 50) { totalCount nodes { id siren } } }',
    vars: () => ({ s: SIREN[o] }),
    allowed: () => true,
    then: ({ data, prepared, label }: X) => {
      expect(
        data.nodes.map((n: any) => n.id),
        label,
      ).toContain(prepared.contracts[o]);
      expect(
        data.nodes.every((n: any) => n.siren === SIREN[o]),
        label,
      ).toBe(true);
    },
  })),
  contract: ORGS.map((o) => ({
    name: `of ${o}`,
    setup: (w: World) => procurementWorld(w),
    doc: 'query($id: ID!) { contract(id: $id) { id siren decpId } }',
    vars: (_w: World, _c: Caller, p: Prepared) => ({ id: p.contracts[o] }),
    allowed: () => true,
    then: ({ data, prepared }: X) => expect(data.id).toBe(prepared.contracts[o]),
  })),
  contractStats: ORGS.map((o) => ({
    name: `of ${o}`,
    setup: (w: World) => procurementWorld(w),
    doc: 'query($s: String!) { contractStats(siren: $s) { count totalAmount } }',
    vars: () => ({ s: SIREN[o] }),
    allowed: () => true,
    then: ({ data }: X) => expect(data.count).toBeGreaterThan(0),
  })),
  contractImports: ORGS.map((o) => ({
    name: `of ${o}`,
    setup: (w: World) => procurementWorld(w),
    doc: 'query($s: String!) { contractImports(siren: $s, first: 50) { totalCount nodes { id siren } } }',
    vars: () => ({ s: SIREN[o] }),
    allowed: (c: Caller) => may.read(c, o),
    then: ({ data, prepared }: X) => {
      expect(data.nodes.map((n: any) => n.id)).toContain(prepared.imports[o]);
      expect(data.nodes.every((n: any) => n.siren === SIREN[o])).toBe(true);
    },
  })),
  contractImport: (['A', 'B', null] as (Org | null)[]).map((o) => ({
    name: `of ${o ?? 'no organisation'}`,
    setup: (w: World) => procurementWorld(w),
    doc: 'query($id: ID!) { contractImport(id: $id) { id siren errors { message } } }',
    vars: (_w: World, _c: Caller, p: Prepared) => ({ id: p.imports[o ?? 'none'] }),
    allowed: (c: Caller) => (o ? may.read(c, o) : c.platform),
    then: ({ data, prepared }: X) => expect(data.id).toBe(prepared.imports[o ?? 'none']),
    refusal: 'null-or-error' as const,
  })),
  datagouvSettings: ORGS.map((o) => ({
    name: `of ${o}`,
    doc: 'query($s: String!) { datagouvSettings(siren: $s) { siren hasApiKey apiKeyHint lastPush { id siren } } }',
    vars: () => ({ s: SIREN[o] }),
    allowed: (c: Caller) => may.read(c, o),
    then: ({ data }: X) => expect(data.siren).toBe(SIREN[o]),
  })),
  datasetPushes: ORGS.map((o) => ({
    name: `of ${o}`,
    doc: 'query($s: String!) { datasetPushes(siren: $s) { id siren datasets { catalogId resources { remoteId } } } }',
    vars: () => ({ s: SIREN[o] }),
    allowed: (c: Caller) => may.read(c, o),
    then: ({ data }: X) => expect(data.every((p: any) => p.siren === SIREN[o])).toBe(true),
  })),
  contractSources: ORGS.map((o) => ({
    name: `of ${o}`,
    doc: 'query($s: String!) { contractSources(siren: $s) { id siren } }',
    vars: () => ({ s: SIREN[o] }),
    allowed: (c: Caller) => may.read(c, o),
    then: ({ data }: X) => expect(data.every((s: any) => s.siren === SIREN[o])).toBe(true),
  })),
  checkContract: ORGS.map((o) => ({
    name: `a record of ${o}`,
    doc: 'query($s: String!, $r: JSONObject!) { checkContract(siren: $s, kind: MARCHE, record: $r) { code } }',
    vars: () => ({ s: SIREN[o], r: marcheOf(SIREN[o], 'CHECK1') }),
    allowed: (c: Caller) => may.write(c, o),
    then: ({ data }: X) => expect(data).toEqual([]),
  })),
  act: ACTS.map(([name, pick]) => ({
    name,
    doc: 'query($id: ID!) { act(id: $id) { id organization { siren } documents { id } } }',
    vars: (w) => ({ id: worldAct(pick)(w).id }),
    allowed: (c, w) => {
      const a = worldAct(pick)(w);
      return may.seeAct(c, a.org, a.individual);
    },
    then: ({ w, data }) => {
      expect(data.id).toBe(worldAct(pick)(w).id);
      expect(data.organization.siren).toBe(SIREN[worldAct(pick)(w).org]);
    },
    refusal: 'null-or-error',
  })),
  acts: [
    {
      name: 'all, with nested organisation and documents',
      doc: ACTS_QUERY,
      vars: () => ({ f: { text: WORLD_MARK } }),
      allowed: may.staff,
      then: ({ w, c, data, label }) => {
        const expected = w.acts.filter((a) => may.seeAct(c, a.org, a.individual)).map((a) => a.id);
        expect(sorted(data.nodes.map((n: any) => n.id)), label).toEqual(sorted(expected));
        expect(data.totalCount, label).toBe(expected.length);
        for (const n of data.nodes) {
          const a = w.acts.find((x) => x.id === n.id)!;
          expect(n.organization.siren).toBe(SIREN[a.org]);
          // A document URL only for what is public.
          expect(
            n.documents.every((d: any) => (d.url !== null) === (a.published && !a.individual)),
            label,
          ).toBe(true);
        }
      },
    },
    {
      name: 'filtered on organisation B',
      doc: ACTS_QUERY,
      vars: () => ({ f: { text: WORLD_MARK, siren: SIREN.B } }),
      allowed: may.staff,
      then: ({ w, c, data, label }) => {
        const expected = w.acts
          .filter((a) => a.org === 'B' && may.seeAct(c, a.org, a.individual))
          .map((a) => a.id);
        expect(sorted(data.nodes.map((n: any) => n.id)), label).toEqual(sorted(expected));
        expect(data.totalCount, label).toBe(expected.length);
      },
    },
  ],
  apiKeys: [
    {
      name: 'own keys',
      doc: 'query { apiKeys { id owner { id } sirens } }',
      allowed: may.session,
      then: ({ c, data, label }) => {
        expect(
          data.every((k: any) => k.owner.id === c.userId),
          label,
        ).toBe(true);
        if (c.who === 'aEditor') {
          expect(data.length, label).toBeGreaterThanOrEqual(2);
        }
      },
    },
    {
      name: 'keys of an A-only viewer',
      doc: 'query($u: ID) { apiKeys(userId: $u) { id owner { id } } }',
      vars: (w) => ({ u: w.callers.aViewer.userId }),
      allowed: (c) => c.platform || c.who === 'aAdmin' || c.who === 'aViewer',
      then: ({ w, data, label }) =>
        expect(
          data.every((k: any) => k.owner.id === w.callers.aViewer.userId),
          label,
        ).toBe(true),
    },
    {
      name: 'keys of B’s admin',
      doc: 'query($u: ID) { apiKeys(userId: $u) { id owner { id } } }',
      vars: (w) => ({ u: w.callers.bAdmin.userId }),
      allowed: (c) => c.platform || c.who === 'bAdmin',
      then: ({ w, data, label }) =>
        expect(
          data.every((k: any) => k.owner.id === w.callers.bAdmin.userId),
          label,
        ).toBe(true),
    },
  ],
  auditLog: [
    {
      name: 'everything readable',
      doc: 'query($f: AuditFilter) { auditLog(first: 100, filter: $f) { totalCount nodes { siren targetType targetId action } } }',
      vars: () => ({ f: { targetType: 'Act' } }),
      allowed: may.staff,
      then: ({ w, c, data, label }) => {
        for (const e of data.nodes) {
          if (!c.platform) {
            expect(sirenSet(c), `${label} ${e.action}`).toContain(e.siren);
          }
          const a = w.acts.find((x) => x.id === e.targetId);
          if (a) {
            expect(
              may.seeAct(c, a.org, a.individual),
              `${label}: history of an act it cannot see`,
            ).toBe(true);
          }
        }
        const visible = w.acts.filter((a) => a.individual && may.seeAct(c, a.org, true));
        expect(
          data.nodes.some((e: any) => visible.some((a) => a.id === e.targetId)),
          label,
        ).toBe(visible.length > 0);
      },
    },
    {
      name: 'filtered on organisation B',
      doc: 'query($f: AuditFilter) { auditLog(first: 100, filter: $f) { totalCount nodes { siren } } }',
      vars: () => ({ f: { siren: SIREN.B } }),
      allowed: may.staff,
      then: ({ c, data, label }) => {
        expect(
          data.nodes.every((e: any) => e.siren === SIREN.B),
          label,
        ).toBe(true);
        expect(data.totalCount > 0, label).toBe(may.read(c, 'B'));
      },
    },
  ],
  authConfig: [
    {
      name: 'public',
      doc: 'query { authConfig { oidcEnabled } }',
      allowed: () => true,
      then: ({ data }) => expect(data.oidcEnabled).toBe(false),
    },
  ],
  budgetDocuments: (['A', 'B'] as Org[]).map((o) => ({
    name: `public documents of ${o}`,
    setup: async (w: World) => ({ budgets: await seedBudgets(w) }),
    doc: 'query($s: String!) { budgetDocuments(siren: $s) { id siret act { id } csvUrl } }',
    vars: () => ({ s: SIREN[o] }),
    allowed: () => true,
    then: ({ data, prepared, label }: X) => {
      const expected = prepared.budgets
        .filter((b: WorldBudget) => b.org === o && b.published)
        .map((b: WorldBudget) => b.id);
      expect(sorted(data.map((d: any) => d.id)), label).toEqual(sorted(expected));
      expect(
        data.every((d: any) => d.siret === BUDGET_SIRET[o] && d.csvUrl),
        label,
      ).toBe(true);
    },
  })),
  budgetBreakdown: (['A', 'B'] as Org[]).flatMap((o) =>
    [true, false].map((published) => ({
      name: `${published ? 'published' : 'unpublished'} document of ${o}`,
      setup: async (w: World) => ({ b: await budgetOf(w, o, published) }),
      doc: 'query($id: ID!) { budgetBreakdown(documentId: $id, direction: EXPENSE, view: CHAPTER) { total items { code amount } } }',
      vars: (_w: World, _c: Caller, p: Prepared) => ({ id: p.b.id }),
      allowed: (c: Caller) => published || may.read(c, o),
      then: ({ data, label }: X) => {
        expect(data.total, label).toBe('15000.00');
        expect(data.items, label).toEqual([{ code: '011', amount: '15000.00' }]);
      },
      refusalCodes: ['budget/not_found'],
    })),
  ),
  budgetTrend: (['A', 'B'] as Org[]).map((o) => ({
    name: `of ${o}`,
    setup: async (w: World) => ({ budgets: await seedBudgets(w) }),
    doc: 'query($s: String!, $t: String!) { budgetTrend(siren: $s, siret: $t, direction: EXPENSE, view: CHAPTER) { year stage documentId amount } }',
    vars: () => ({ s: SIREN[o], t: BUDGET_SIRET[o] }),
    allowed: () => true,
    then: ({ data, prepared, label }: X) => {
      const published = prepared.budgets.filter((b: WorldBudget) => b.org === o && b.published);
      expect(
        data.map((p: any) => p.documentId),
        label,
      ).toEqual(published.map((b: WorldBudget) => b.id));
    },
  })),
  staffBudgetDocuments: (['A', 'B'] as Org[]).map((o) => ({
    name: `of ${o}`,
    setup: async (w: World) => ({ budgets: await seedBudgets(w) }),
    doc: 'query($s: String!) { staffBudgetDocuments(siren: $s) { id status } }',
    vars: () => ({ s: SIREN[o] }),
    allowed: (c: Caller) => may.read(c, o),
    then: ({ data, prepared, label }: X) => {
      const ids = data.map((d: any) => d.id);
      for (const b of prepared.budgets as WorldBudget[]) {
        expect(ids.includes(b.id), label).toBe(b.org === o);
      }
    },
  })),
  catalogMetadata: (['A', 'B'] as Org[]).map((o) => ({
    name: `of ${o}`,
    doc: 'query($s: String!) { catalogMetadata(siren: $s) { kind identifier title } }',
    vars: () => ({ s: SIREN[o] }),
    allowed: (c: Caller) => may.read(c, o),
    then: ({ data, label }: X) =>
      expect(
        data.map((d: any) => d.identifier),
        label,
      ).toContain(`${SIREN[o]}-deliberations`),
  })),
  datasetHistory: (['A', 'B'] as Org[]).map((o) => ({
    name: `of ${o}`,
    doc: 'query($s: String!) { datasetHistory(siren: $s) { scope year valid } }',
    vars: () => ({ s: SIREN[o] }),
    allowed: (c: Caller) => may.read(c, o),
    then: ({ data, label }: X) =>
      expect(
        data.every((g: any) => g.scope === SIREN[o]),
        label,
      ).toBe(true),
  })),
  catalogLicenses: [
    {
      name: 'public list',
      doc: 'query { catalogLicenses { id label } }',
      allowed: () => true,
      then: ({ data }: X) => expect(data.map((l: any) => l.id)).toContain('lov2'),
    },
  ],
  catalogFrequencies: [
    {
      name: 'public list',
      doc: 'query { catalogFrequencies { id label } }',
      allowed: () => true,
      then: ({ data }: X) => expect(data.map((l: any) => l.id)).toContain('daily'),
    },
  ],
  datasets: (['A', 'B'] as Org[]).map((o) => ({
    name: `of ${o}`,
    doc: 'query($s: String!) { datasets(siren: $s) { year siren } }',
    vars: () => ({ s: SIREN[o] }),
    allowed: (c: Caller) => may.read(c, o),
    then: ({ data }: X) => expect(Array.isArray(data)).toBe(true),
  })),
  deposit: [
    ...(['A', 'B', null] as (Org | null)[]).map((o) => ({
      name: `failed deposit of ${o ?? 'no organisation'}`,
      doc: 'query($id: ID!) { deposit(id: $id) { id siren } }',
      vars: (w: World) => ({ id: w.deposits.find((d) => d.org === o && !d.actId)!.id }),
      allowed: (c: Caller) => (o ? may.read(c, o) : c.platform),
      then: ({ w, data }: X) =>
        expect(data.id).toBe(w.deposits.find((d) => d.org === o && !d.actId)!.id),
      refusal: 'null-or-error' as const,
    })),
    {
      name: 'deposit of A whose act is individual (nested act)',
      doc: 'query($id: ID!) { deposit(id: $id) { id act { id nature subject } } }',
      vars: (w) => ({ id: w.deposits.find((d) => d.org === 'A' && d.actId)!.id }),
      allowed: (c) => may.read(c, 'A'),
      then: ({ w, c, data, label }) => {
        const d = w.deposits.find((x) => x.org === 'A' && x.actId)!;
        expect(data.act?.id ?? null, label).toBe(may.hr(c, 'A') ? d.actId : null);
      },
      refusal: 'null-or-error',
    },
  ],
  deposits: [
    {
      name: 'all, with nested act',
      doc: 'query($f: DepositsFilter) { deposits(first: 100, filter: $f) { totalCount nodes { id siren act { id nature } } } }',
      allowed: may.staff,
      then: ({ w, c, data, label }) => {
        for (const n of data.nodes) {
          if (!c.platform) {
            expect(sirenSet(c), label).toContain(n.siren);
          }
          if (n.act) {
            const a = w.acts.find((x) => x.id === n.act.id)!;
            expect(may.seeAct(c, a.org, a.individual), `${label}: nested act`).toBe(true);
          }
        }
        const expected = w.deposits
          .filter((d) => (d.org ? may.read(c, d.org) : c.platform))
          .map((d) => d.id);
        expect(
          data.nodes.map((n: any) => n.id),
          label,
        ).toEqual(expect.arrayContaining(expected));
        expect(data.totalCount, label).toBe(data.nodes.length);
      },
    },
    {
      name: 'filtered on organisation B',
      doc: 'query($f: DepositsFilter) { deposits(first: 100, filter: $f) { totalCount nodes { siren } } }',
      vars: () => ({ f: { siren: SIREN.B } }),
      allowed: may.staff,
      then: ({ c, data, label }) => expect(data.totalCount > 0, label).toBe(may.read(c, 'B')),
    },
  ],
  jobs: [
    {
      name: 'dataset jobs of A, B and of every organisation',
      setup: (w) => seedJobs(w),
      doc: 'query { jobs(first: 100, name: "dataset.export") { totalCount nodes { id siren } } }',
      allowed: may.staff,
      then: ({ c, data, prepared, label }) => {
        for (const n of data.nodes) {
          if (!c.platform) {
            expect(sirenSet(c), label).toContain(n.siren);
          }
        }
        const expected = (prepared.jobs as { id: string; org: Org | null }[])
          .filter((j) => (j.org ? may.read(c, j.org) : c.platform))
          .map((j) => j.id);
        expect(
          data.nodes.map((n: any) => n.id),
          label,
        ).toEqual(expect.arrayContaining(expected));
        expect(data.totalCount, label).toBe(data.nodes.length);
      },
    },
  ],
  invitation: [
    {
      name: 'a valid link (public: whoever holds the link)',
      setup: (w) => freshInvitation(w, 'A'),
      doc: 'query($t: String!) { invitation(token: $t) { email organizationName newAccount } }',
      vars: (_w, _c, p) => ({ t: p.token }),
      allowed: () => true,
      then: ({ data, prepared }) =>
        expect(data).toEqual({
          email: prepared.email,
          organizationName: 'Commune A',
          newAccount: true,
        }),
    },
    {
      name: 'an unknown link',
      doc: 'query { invitation(token: "inv_inconnu-inconnu") { email } }',
      allowed: () => true,
      then: ({ data }) => expect(data).toBeNull(),
    },
  ],
  invitations: (['A', 'B'] as Org[]).map((o) => ({
    name: `pending invitations of ${o}`,
    setup: (w: World) => freshInvitation(w, o),
    doc: 'query($s: String!) { invitations(siren: $s) { id email organization { siren } } }',
    vars: () => ({ s: SIREN[o] }),
    allowed: (c: Caller) => c.session && may.admin(c, o),
    then: ({ data, prepared, label }: X) => {
      expect(
        data.every((i: any) => i.organization.siren === SIREN[o]),
        label,
      ).toBe(true);
      expect(
        data.map((i: any) => i.id),
        label,
      ).toContain(prepared.id);
    },
  })),
  me: [
    {
      name: 'self, with memberships',
      doc: 'query { me { id email memberships { organization { siren } user { id } } } }',
      allowed: may.session,
      then: ({ c, data, label }) => {
        expect(data.id, label).toBe(c.userId);
        expect(sorted(data.memberships.map((m: any) => m.organization.siren)), label).toEqual(
          sorted((Object.keys(c.roles) as Org[]).map((o) => SIREN[o])),
        );
        expect(
          data.memberships.every((m: any) => m.user.id === c.userId),
          label,
        ).toBe(true);
      },
      refusal: 'null',
    },
  ],
  organization: (['A', 'B'] as Org[]).map((o) => ({
    name: `of ${o}`,
    doc: 'query($s: String!) { organization(siren: $s) { siren name openDataActive } }',
    vars: () => ({ s: SIREN[o] }),
    allowed: (c: Caller) => may.read(c, o),
    then: ({ data }: X) => expect(data.siren).toBe(SIREN[o]),
    refusal: 'null-or-error' as const,
  })),
  establishments: ORGS.map((o) => ({
    name: `diffusible establishments of ${o} (public)`,
    doc: 'query($s: String!) { establishments(siren: $s) { siret name } }',
    vars: () => ({ s: SIREN[o] }),
    allowed: () => true,
    then: ({ data, label }: X) =>
      expect(
        data.every((e: any) => e.siret.startsWith(SIREN[o])),
        label,
      ).toBe(true),
  })),
  sireneSync: ORGS.map((o) => ({
    name: `SIRENE status of ${o}`,
    doc: 'query($s: String!) { sireneSync(siren: $s) { status } }',
    vars: () => ({ s: SIREN[o] }),
    allowed: (c: Caller) => may.read(c, o),
    then: ({ data, label }: X) => expect(data, label).toBeNull(),
    refusal: 'null-or-error' as const,
  })),
  schedules: [
    {
      name: 'every repeating job, for the operator',
      doc: 'query { schedules { name cron enabled } }',
      allowed: (c: Caller) => c.platform,
      then: ({ data, label }: X) =>
        expect(
          data.map((s: any) => s.name),
          label,
        ).toContain('dataset.nightly'),
    },
  ],
  publicationStats: [
    ...ORGS.map((o) => ({
      name: `counts of ${o} (public: counts only)`,
      doc: 'query($s: String) { publicationStats(siren: $s) { siren acts { received published } byNature { nature received } organizations { siren } } }',
      vars: () => ({ s: SIREN[o] }),
      allowed: () => true,
      then: ({ data, label }: X) => {
        expect(data.siren, label).toBe(SIREN[o]);
        expect(data.acts.received, label).toBeGreaterThan(0);
        expect(data.organizations, label).toEqual([]);
      },
    })),
    {
      name: 'platform view',
      doc: 'query { publicationStats { siren organizations { siren received } } }',
      allowed: () => true,
      then: ({ data, label }: X) =>
        expect(
          data.organizations.map((x: any) => x.siren).filter((s: string) => s === SIREN.A),
          label,
        ).toEqual([SIREN.A]),
    },
  ],
  organizationsOverview: [
    {
      name: 'every organisation, for the operator',
      doc: 'query { organizationsOverview(first: 100) { nodes { organization { siren } pendingActs openFailures } } }',
      allowed: (c: Caller) => c.platform,
      then: ({ data, label }) =>
        expect(
          data.nodes.map((n: any) => n.organization.siren).filter((x: string) => x === SIREN.A),
          label,
        ).toEqual([SIREN.A]),
    },
  ],
  organizations: [
    {
      name: 'all readable',
      doc: 'query { organizations(first: 100) { totalCount nodes { siren } } }',
      allowed: may.staff,
      then: ({ c, data, label }) => {
        const seen = data.nodes
          .map((n: any) => n.siren)
          .filter((s: string) => s === SIREN.A || s === SIREN.B);
        expect(sorted(seen), label).toEqual(sorted(sirenSet(c)));
        if (!c.platform) {
          expect(data.totalCount, label).toBe(sirenSet(c).length);
        }
      },
    },
  ],
  publicAct: ACTS.map(([name, pick]) => ({
    name,
    doc: 'query($id: ID!) { publicAct(id: $id) { id documents { url } } }',
    vars: (w: World) => ({ id: worldAct(pick)(w).id }),
    allowed: (_c: Caller, w: World) => {
      const a = worldAct(pick)(w);
      return a.published && !a.individual;
    },
    then: ({ w, data }: X) => expect(data.id).toBe(worldAct(pick)(w).id),
    refusal: 'null' as const,
  })),
  publicWidgetSettings: [
    {
      name: 'of A',
      doc: `query { publicWidgetSettings(siren: "${SIREN.A}") { siren title primaryColor } }`,
      allowed: () => true,
      then: ({ data }) => expect(data.siren).toBe(SIREN.A),
    },
  ],
  publicOrganization: [
    {
      name: 'of A',
      doc: `query { publicOrganization(siren: "${SIREN.A}") { siren name } }`,
      allowed: () => true,
      then: ({ data }) => expect(data.siren).toBe(SIREN.A),
    },
  ],
  searchActs: (['A', 'B'] as Org[]).map((o) => ({
    name: `in ${o}`,
    doc: 'query($s: String!) { searchActs(siren: $s, first: 100) { totalCount nodes { id nature } } }',
    vars: () => ({ s: SIREN[o] }),
    allowed: () => true,
    then: ({ w, data, label }: X) => {
      const expected = w.acts
        .filter((a) => a.org === o && a.published && !a.individual)
        .map((a) => a.id);
      expect(sorted(data.nodes.map((n: any) => n.id)), label).toEqual(sorted(expected));
    },
  })),
  widgetSettings: (['A', 'B'] as Org[]).map((o) => ({
    name: `of ${o}`,
    doc: 'query($s: String!) { widgetSettings(siren: $s) { siren title } }',
    vars: () => ({ s: SIREN[o] }),
    allowed: (c: Caller) => may.read(c, o),
    then: ({ data }: X) => expect(data.siren).toBe(SIREN[o]),
  })),
  sentMails: [
    {
      name: 'mails written to files',
      doc: 'query { sentMails(first: 5) { toFiles mails { id to subject } } }',
      allowed: may.platform,
      then: ({ data }) => expect(data.toFiles).toBe(true),
    },
  ],
  users: [
    {
      name: 'all visible',
      doc: 'query { users(first: 100) { totalCount nodes { id email memberships { organization { siren } } } } }',
      allowed: may.adminSomething,
      then: async ({ w, c, data, label }) => {
        const ids = data.nodes.map((n: any) => n.id);
        if (c.platform) {
          expect(ids, label).toEqual(
            expect.arrayContaining(
              Object.values(w.callers)
                .filter((x) => x.session)
                .map((x) => x.userId),
            ),
          );
          return;
        }
        const admin = (Object.keys(c.roles) as Org[])
          .filter((o) => may.admin(c, o))
          .map((o) => SIREN[o]);
        for (const n of data.nodes) {
          const rows = await em(w.app).find(
            Membership,
            { user: n.id },
            { populate: ['organization'] },
          );
          expect(
            rows.some((m) => admin.includes(m.organization.siren)),
            `${label}: ${n.email}`,
          ).toBe(true);
          // Nested memberships: only organisations the caller can read.
          expect(
            n.memberships.every((m: any) => sirenSet(c).includes(m.organization.siren)),
            `${label}: nested`,
          ).toBe(true);
        }
        expect(ids, label).toContain(c.userId);
      },
    },
    {
      name: 'filtered on organisation B',
      doc: `query { users(first: 100, siren: "${SIREN.B}") { totalCount nodes { id } } }`,
      allowed: may.adminSomething,
      then: ({ w, c, data, label }) => {
        const ids = data.nodes.map((n: any) => n.id);
        expect(ids.includes(w.callers.bAdmin.userId), label).toBe(may.admin(c, 'B'));
        if (!may.admin(c, 'B')) {
          expect(data.totalCount, label).toBe(0);
        }
      },
    },
  ],
};

/* ── MUTATIONS ─────────────────────────────────────────────────────────────────────────────── */

const ADD_MEMBERSHIP =
  'mutation($i: AddMembershipInput!) { addMembership(input: $i) { role hr organization { siren } } }';
const membershipOf = (w: World, userId: string, o: Org) =>
  em(w.app).findOne(Membership, { user: userId, organization: { siren: SIREN[o] } });

const MUTATIONS: Record<string, Scenario[]> = {
  refreshSirene: ORGS.map((o) => ({
    name: `SIRENE refresh of ${o} (no key in this world: nothing queued)`,
    doc: 'mutation($s: String!) { refreshSirene(siren: $s) }',
    vars: () => ({ s: SIREN[o] }),
    allowed: (c: Caller) => may.admin(c, o),
    then: ({ data, label }: X) => expect(data, label).toBeNull(),
  })),
  updateSchedule: [
    {
      name: 'the time of a repeating job',
      doc: 'mutation($i: ScheduleInput!) { updateSchedule(input: $i) { name cron enabled } }',
      vars: () => ({ i: { name: 'decp.sources', cron: '20 * * * *', enabled: true } }),
      allowed: may.platform,
      then: ({ data, label }: X) => expect(data.cron, label).toBe('20 * * * *'),
    },
  ],
  runScheduleNow: [
    {
      name: 'run a repeating job now',
      doc: 'mutation { runScheduleNow(name: "decp.sources") }',
      allowed: may.platform,
      then: ({ data, label }: X) => expect(typeof data, label).toBe('string'),
    },
  ],
  importContracts: ORGS.map((o) => ({
    name: `a DECP file of ${o}`,
    setup: async () => ({ id: randomId() }),
    send: (_w: World, _c: Caller, p: Prepared, token: string | undefined) =>
      uploadDecp(
        _w.app,
        token,
        SIREN[o],
        JSON.stringify({ marches: { marche: [marcheOf(SIREN[o], p.id)] } }),
        'marches.json',
        'id status created',
      ),
    allowed: (c: Caller) => may.write(c, o),
    then: ({ data }: X) => expect(data[0]).toMatchObject({ status: 'SUCCESS', created: 1 }),
  })),
  updateDatagouvSettings: ORGS.map((o) => ({
    name: `push settings of ${o}`,
    doc: 'mutation($i: DatagouvSettingsInput!) { updateDatagouvSettings(input: $i) { siren hasApiKey remoteOrganization } }',
    vars: (_w: World, c: Caller) => ({
      i: { siren: SIREN[o], apiKey: `udata_key-of-${c.who}`, remoteOrganization: `org-${c.who}` },
    }),
    allowed: (c: Caller) => may.admin(c, o),
    then: ({ data, c }: X) =>
      expect(data).toEqual({
        siren: SIREN[o],
        hasApiKey: true,
        remoteOrganization: `org-${c.who}`,
      }),
  })),
  pushDatasets: ORGS.map((o) => ({
    name: `a push of ${o}`,
    setup: (w: World) => pushReady(w, o),
    doc: 'mutation($s: String!) { pushDatasets(siren: $s) }',
    vars: () => ({ s: SIREN[o] }),
    allowed: (c: Caller) => may.write(c, o),
    then: ({ data }: X) => expect(data).toEqual(expect.any(String)),
  })),
  saveContractSource: ORGS.map((o) => ({
    name: `a source of ${o}`,
    doc: 'mutation($i: ContractSourceInput!) { saveContractSource(input: $i) { id siren url } }',
    vars: () => ({ i: { siren: SIREN[o], url: 'https://exemple.fr/marches.json' } }),
    allowed: (c: Caller) => may.write(c, o),
    then: ({ data }: X) => expect(data.siren).toBe(SIREN[o]),
  })),
  deleteContractSource: ORGS.map((o) => ({
    name: `a source of ${o}`,
    setup: async (w: World) => ({ id: await seedSource(w.app, SIREN[o]) }),
    doc: 'mutation($id: ID!) { deleteContractSource(id: $id) }',
    vars: (_w: World, _c: Caller, p: Prepared) => ({ id: p.id }),
    allowed: (c: Caller) => may.write(c, o),
    then: async ({ w, prepared }: X) =>
      expect(await em(w.app).findOne(ContractSource, { id: prepared.id })).toBeNull(),
  })),
  fetchContractSource: ORGS.map((o) => ({
    name: `a source of ${o}`,
    setup: async (w: World) => ({ id: await seedSource(w.app, SIREN[o]) }),
    doc: 'mutation($id: ID!) { fetchContractSource(id: $id) }',
    vars: (_w: World, _c: Caller, p: Prepared) => ({ id: p.id }),
    allowed: (c: Caller) => may.write(c, o),
  })),
  createContract: ORGS.map((o) => ({
    name: `a marché of ${o}`,
    setup: async () => ({ id: randomId() }),
    doc: 'mutation($s: String!, $r: JSONObject!) { createContract(siren: $s, kind: MARCHE, record: $r) { id siren decpId } }',
    vars: (_w: World, _c: Caller, p: Prepared) => ({ s: SIREN[o], r: marcheOf(SIREN[o], p.id) }),
    allowed: (c: Caller) => may.write(c, o),
    then: ({ data, prepared }: X) =>
      expect(data).toMatchObject({ siren: SIREN[o], decpId: prepared.id }),
  })),
  updateContract: ORGS.map((o) => ({
    name: `a contract of ${o}`,
    setup: async (w: World) => {
      const decpId = randomId();
      return { decpId, id: await seedContract(w.app, SIREN[o], decpId) };
    },
    doc: 'mutation($id: ID!, $r: JSONObject!) { updateContract(id: $id, record: $r) { id subject } }',
    vars: (_w: World, _c: Caller, p: Prepared) => ({
      id: p.id,
      r: { ...marcheOf(SIREN[o], p.decpId), objet: 'Objet corrigé' },
    }),
    allowed: (c: Caller) => may.write(c, o),
    then: ({ data }: X) => expect(data.subject).toBe('Objet corrigé'),
  })),
  deleteContract: ORGS.map((o) => ({
    name: `a contract of ${o}`,
    setup: async (w: World) => ({ id: await seedContract(w.app, SIREN[o]) }),
    doc: 'mutation($id: ID!) { deleteContract(id: $id) }',
    vars: (_w: World, _c: Caller, p: Prepared) => ({ id: p.id }),
    allowed: (c: Caller) => may.write(c, o),
    then: async ({ w, prepared }: X) =>
      expect(await em(w.app).findOne(Contract, { id: prepared.id })).toBeNull(),
  })),
  linkContractAct: ORGS.map((o) => ({
    name: `a contract of ${o} to its published act`,
    setup: async (w: World) => ({
      id: await seedContract(w.app, SIREN[o]),
      act: w.acts.find((a) => a.org === o && a.published && !a.individual)!.id,
    }),
    doc: 'mutation($id: ID!, $a: ID) { linkContractAct(id: $id, actId: $a) { id actLinkManual act { id } } }',
    vars: (_w: World, _c: Caller, p: Prepared) => ({ id: p.id, a: p.act }),
    allowed: (c: Caller) => may.write(c, o),
    then: ({ data, prepared }: X) =>
      expect(data).toMatchObject({ actLinkManual: true, act: { id: prepared.act } }),
  })),
  addMembership: [
    {
      name: 'A member made EDITOR in A',
      setup: async (w) => ({ u: await freshMember(w, ['A']) }),
      doc: ADD_MEMBERSHIP,
      vars: (_w, _c, p) => ({ i: { userId: p.u.id, siren: SIREN.A, role: 'EDITOR' } }),
      allowed: (c) => c.session && may.admin(c, 'A'),
      then: async ({ w, prepared }) =>
        expect((await membershipOf(w, prepared.u.id, 'A'))?.role).toBe(Role.EDITOR),
    },
    {
      name: 'A member added to B',
      setup: async (w) => ({ u: await freshMember(w, ['A']) }),
      doc: ADD_MEMBERSHIP,
      vars: (_w, _c, p) => ({ i: { userId: p.u.id, siren: SIREN.B, role: 'VIEWER' } }),
      // B's admin cannot see an A-only member: adding by id is for people one can see.
      allowed: may.platform,
      then: async ({ w, prepared }) =>
        expect(await membershipOf(w, prepared.u.id, 'B')).not.toBeNull(),
    },
    {
      name: 'user of no organisation added to A as ADMIN (the takeover of issue #13)',
      setup: async (w) => ({ u: await freshMember(w, []) }),
      doc: ADD_MEMBERSHIP,
      vars: (_w, _c, p) => ({ i: { userId: p.u.id, siren: SIREN.A, role: 'ADMIN' } }),
      allowed: may.platform,
      then: async ({ w, prepared }) =>
        expect((await membershipOf(w, prepared.u.id, 'A'))?.role).toBe(Role.ADMIN),
    },
    {
      name: 'hr granted in A',
      setup: async (w) => ({ u: await freshMember(w, ['A']) }),
      doc: ADD_MEMBERSHIP,
      vars: (_w, _c, p) => ({ i: { userId: p.u.id, siren: SIREN.A, role: 'VIEWER', hr: true } }),
      allowed: (c) => c.session && may.admin(c, 'A') && may.hr(c, 'A'),
      then: async ({ w, prepared }) =>
        expect((await membershipOf(w, prepared.u.id, 'A'))?.hr).toBe(true),
    },
    {
      name: 'self made ADMIN with hr in A',
      doc: ADD_MEMBERSHIP,
      vars: (_w, c) => ({
        i: {
          userId: c.userId ?? '00000000-0000-0000-0000-000000000000',
          siren: SIREN.A,
          role: 'ADMIN',
          hr: true,
        },
      }),
      allowed: may.platform,
      then: async ({ w, c }) =>
        expect((await membershipOf(w, c.userId!, 'A'))?.role).toBe(Role.ADMIN),
    },
  ],
  createAct: (['A', 'B'] as Org[]).map((o) => ({
    name: `upload in ${o}`,
    send: (w: World, _c: Caller, _p: Prepared, token: string | undefined) =>
      upload(w, SIREN[o], token),
    allowed: (c: Caller) => may.write(c, o),
    then: async ({ w, data }: X) =>
      expect(
        (await em(w.app).findOneOrFail(Act, { id: data.id }, { populate: ['organization'] }))
          .organization.siren,
      ).toBe(SIREN[o]),
  })),
  createApiKey: [
    ...(
      [
        ['org:read', 'A'],
        ['org:write', 'A'],
        ['org:write', 'B'],
      ] as [string, Org][]
    ).map(([scope, o]) => ({
      name: `${scope} on ${o}`,
      doc: 'mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret key { id } } }',
      vars: () => ({ i: { name: 'matrice', scopes: [scope], sirens: [SIREN[o]] } }),
      allowed: (c: Caller) =>
        c.session && (scope === 'org:read' ? may.read(c, o) : may.write(c, o)),
      then: async ({ w, c, data }: X) =>
        expect((await em(w.app).findOneOrFail(ApiKey, { id: data.key.id })).owner.id).toBe(
          c.userId,
        ),
    })),
    {
      name: 'public:read',
      doc: 'mutation { createApiKey(input: { name: "public", scopes: ["public:read"] }) { secret key { id } } }',
      allowed: may.session,
      then: ({ data }) => expect(data.secret).toMatch(/^key_/),
    },
  ],
  createOrganization: [
    {
      name: 'new organisation',
      doc: 'mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { siren } }',
      setup: async () => ({ siren: randomSiren() }),
      vars: (_w, _c, p) => ({ i: { siren: p.siren, name: 'Nouvelle' } }),
      allowed: may.platform,
      then: async ({ w, prepared }) =>
        expect(await em(w.app).count(Organization, { siren: prepared.siren })).toBe(1),
    },
  ],
  createUser: [
    {
      name: 'without organisation',
      doc: 'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }',
      setup: async () => ({ email: `n-${randomSiren()}@x.test` }),
      vars: (_w, _c, p) => ({ i: { email: p.email, password: '12345678', displayName: 'N' } }),
      allowed: may.platform,
      then: async ({ w, prepared }) =>
        expect(await em(w.app).count(User, { email: prepared.email })).toBe(1),
    },
    ...(['A', 'B'] as Org[]).map((o) => ({
      name: `in ${o}`,
      doc: 'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }',
      setup: async () => ({ email: `n-${randomSiren()}@x.test` }),
      vars: (_w: World, _c: Caller, p: Prepared) => ({
        i: {
          email: p.email,
          password: '12345678',
          displayName: 'N',
          siren: SIREN[o],
          role: 'EDITOR',
        },
      }),
      // Organisation admins invite by email (inviteMember) instead.
      allowed: (c: Caller) => c.platform,
      then: async ({ w, data }: X) =>
        expect((await membershipOf(w, data.id, o))?.role).toBe(Role.EDITOR),
    })),
    {
      name: 'as platform administrator',
      doc: 'mutation($i: CreateUserInput!) { createUser(input: $i) { id isPlatformAdmin } }',
      setup: async () => ({ email: `n-${randomSiren()}@x.test` }),
      vars: (_w, _c, p) => ({
        i: {
          email: p.email,
          password: '12345678',
          displayName: 'N',
          siren: SIREN.A,
          isPlatformAdmin: true,
        },
      }),
      allowed: may.platform,
      then: ({ data }) => expect(data.isPlatformAdmin).toBe(true),
    },
  ],
  inviteMember: [
    ...(['A', 'B'] as Org[]).map((o) => ({
      name: `new address in ${o}`,
      setup: async () => ({ email: `invite-${randomSiren()}@x.test` }),
      doc: 'mutation($i: InviteMemberInput!) { inviteMember(input: $i) { outcome email membership { id } } }',
      vars: (_w: World, _c: Caller, p: Prepared) => ({
        i: { siren: SIREN[o], email: p.email, displayName: 'Invitée', role: 'EDITOR' },
      }),
      allowed: (c: Caller) => c.session && may.admin(c, o),
      then: async ({ w, data, prepared }: X) => {
        expect(data).toEqual({ outcome: 'INVITED', email: prepared.email, membership: null });
        expect(await em(w.app).count(Invitation, { email: prepared.email })).toBe(1);
      },
    })),
    {
      name: 'account of B only, invited to A',
      setup: async (w) => ({ u: await freshMember(w, ['B']) }),
      doc: 'mutation($i: InviteMemberInput!) { inviteMember(input: $i) { outcome membership { id } } }',
      vars: (_w, _c, p) => ({
        i: { siren: SIREN.A, email: p.u.email, displayName: 'X', role: 'ADMIN' },
      }),
      allowed: (c) => c.session && may.admin(c, 'A'),
      then: async ({ w, c, data, prepared }) => {
        // Platform administrators see every account; A's admin gets an invitation only.
        expect(data.outcome).toBe(c.platform ? 'ADDED' : 'INVITED');
        expect(!!(await membershipOf(w, prepared.u.id, 'A'))).toBe(c.platform);
      },
    },
  ],
  revokeInvitation: (['A', 'B'] as Org[]).map((o) => ({
    name: `invitation of ${o}`,
    setup: (w: World) => freshInvitation(w, o),
    doc: 'mutation($id: ID!) { revokeInvitation(id: $id) }',
    vars: (_w: World, _c: Caller, p: Prepared) => ({ id: p.id }),
    allowed: (c: Caller) => c.session && may.admin(c, o),
    then: async ({ w, prepared }: X) =>
      expect(await em(w.app).count(Invitation, { id: prepared.id })).toBe(0),
  })),
  acceptInvitation: [
    {
      name: 'a valid link, new account (public: whoever holds the link)',
      setup: (w) => freshInvitation(w, 'B'),
      doc: 'mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { email organizationName } }',
      vars: (_w, _c, p) => ({ i: { token: p.token, password: 'mot-de-passe-choisi' } }),
      allowed: () => true,
      then: async ({ w, prepared }) => {
        const user = await em(w.app).findOneOrFail(User, { email: prepared.email });
        expect((await membershipOf(w, user.id, 'B'))?.role).toBe(Role.VIEWER);
      },
    },
    {
      name: 'an unknown link',
      doc: 'mutation { acceptInvitation(input: { token: "inv_inconnu-inconnu", password: "12345678" }) { email } }',
      allowed: () => false,
      refusalCodes: ['auth/invalid_link'],
    },
  ],
  requestPasswordReset: [
    {
      name: 'any address (public, always the same answer)',
      doc: 'mutation { requestPasswordReset(email: "quiconque@a.test") }',
      allowed: () => true,
      then: ({ data }) => expect(data).toBe(true),
    },
  ],
  resetPassword: [
    {
      name: 'a valid link (public: whoever holds the link)',
      setup: (w) => freshPasswordLink(w),
      doc: 'mutation($i: ResetPasswordInput!) { resetPassword(input: $i) }',
      vars: (_w, _c, p) => ({ i: { token: p.token, password: 'choisi-par-lien' } }),
      allowed: () => true,
      then: async ({ w, data, prepared }) => {
        expect(data).toBe(true);
        expect(
          (await em(w.app).findOneOrFail(User, { id: prepared.userId })).passwordHash,
        ).toBeTruthy();
      },
    },
    {
      name: 'an unknown link',
      doc: 'mutation { resetPassword(input: { token: "pwd_inconnu-inconnu", password: "12345678" }) }',
      allowed: () => false,
      refusalCodes: ['auth/invalid_link'],
    },
  ],
  applyActAction: [
    ...batch('applyActAction', 'publish', {}, 'action: PUBLISH, '),
    ...batch('applyActAction', 'unhide', { hidden: true }, 'action: UNHIDE, '),
    ...batch('applyActAction', 'restore', { deleted: true }, 'action: RESTORE, '),
  ],
  deleteActs: batch('deleteActs', 'delete', {}),
  exchangeLoginCode: [
    {
      name: 'unknown code',
      doc: 'mutation { exchangeLoginCode(code: "login_inconnu") { token } }',
      allowed: () => false,
      refusalCodes: ['auth/invalid_login_code'],
    },
  ],
  hideActs: batch('hideActs', 'hide', {}),
  login: [
    {
      name: 'right password',
      doc: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token user { email } } }',
      vars: (w) => ({ e: w.loginUser.email, p: w.loginUser.password }),
      allowed: () => true,
      then: ({ data }) => expect(data.token).toMatch(/^ses_/),
    },
    {
      name: 'wrong password',
      setup: (w) => freshMember(w, ['A'], Role.VIEWER, w.loginUser.passwordHash),
      doc: 'mutation($e: String!) { login(email: $e, password: "pas-le-bon") { token } }',
      vars: (_w, _c, p) => ({ e: p.email }),
      allowed: () => false,
      refusalCodes: ['auth/invalid_credentials'],
    },
  ],
  publishActs: batch('publishActs', 'publish', {}),
  reimportBudgetDocument: (['A', 'B'] as Org[]).map((o) => ({
    name: `document of ${o}`,
    setup: async (w: World) => ({ id: await freshBudget(w, o, true) }),
    doc: 'mutation($id: ID!) { reimportBudgetDocument(id: $id) }',
    vars: (_w: World, _c: Caller, p: Prepared) => ({ id: p.id }),
    allowed: (c: Caller) => may.write(c, o),
    then: async ({ w, prepared, label }: X) => {
      const doc = await em(w.app).findOneOrFail(BudgetDocument, { id: prepared.id });
      expect(doc.status, label).toBe(BudgetImportStatus.PENDING);
    },
    refusalCodes: ['budget/not_found', 'auth/forbidden'],
  })),
  updateCatalogMetadata: (['A', 'B'] as Org[]).map((o) => ({
    name: `of ${o}`,
    doc: `mutation { updateCatalogMetadata(siren: "${SIREN[o]}", kind: BUDGETS, input: { title: "Budgets édités" }) { title edited } }`,
    allowed: (c: Caller) => may.write(c, o),
    then: ({ data, label }: X) =>
      expect(data, label).toEqual({ title: 'Budgets édités', edited: true }),
  })),
  regenerateDataset: (['A', 'B'] as Org[]).map((o) => ({
    name: `of ${o}`,
    doc: `mutation { regenerateDataset(siren: "${SIREN[o]}", year: 2024) }`,
    allowed: (c: Caller) => may.write(c, o),
  })),
  removeMembership: (['A', 'B'] as Org[]).map((o) => ({
    name: `member of ${o}`,
    setup: async (w: World) => ({ u: await freshMember(w, [o]) }),
    doc: 'mutation($i: RemoveMembershipInput!) { removeMembership(input: $i) }',
    vars: (_w: World, _c: Caller, p: Prepared) => ({ i: { userId: p.u.id, siren: SIREN[o] } }),
    allowed: (c: Caller) => c.session && may.admin(c, o),
    then: async ({ w, prepared }: X) => expect(await membershipOf(w, prepared.u.id, o)).toBeNull(),
  })),
  closeDepositFailure: (['A', 'B', null] as (Org | null)[]).map((o) => ({
    name: `failed deposit of ${o ?? 'no organisation'}`,
    setup: async (w: World) => ({ id: await seedDeposit(w.app, o ? SIREN[o] : null) }),
    doc: 'mutation($id: ID!) { closeDepositFailure(id: $id, reason: "Envoyé par un autre canal") { id closedAt } }',
    vars: (_w: World, _c: Caller, p: Prepared) => ({ id: p.id }),
    allowed: (c: Caller) => (o ? may.write(c, o) : c.platform),
    then: async ({ w, prepared }: X) =>
      expect((await em(w.app).findOneOrFail(Deposit, { id: prepared.id })).closedReason).toBe(
        'Envoyé par un autre canal',
      ),
  })),
  replaceFailedDeposit: (['A', 'B', null] as (Org | null)[]).map((o) => ({
    name: `failed deposit of ${o ?? 'no organisation'}`,
    setup: async (w: World) => ({ id: await seedDeposit(w.app, o ? SIREN[o] : null) }),
    send: (w: World, _c: Caller, p: Prepared, token: string | undefined) =>
      replaceDeposit(w, p.id, token),
    allowed: (c: Caller) => (o ? may.write(c, o) : c.platform),
    then: async ({ w, prepared, data }: X) => {
      expect(data.replaces).toBe(prepared.id);
      expect((await em(w.app).findOneOrFail(Deposit, { id: prepared.id })).replacedBy).toBe(
        data.id,
      );
    },
  })),
  retryDeposit: (['A', 'B', null] as (Org | null)[]).map((o) => ({
    name: `failed deposit of ${o ?? 'no organisation'}`,
    setup: async (w: World) => ({ id: await seedDeposit(w.app, o ? SIREN[o] : null) }),
    doc: 'mutation($id: ID!) { retryDeposit(id: $id) { id status } }',
    vars: (_w: World, _c: Caller, p: Prepared) => ({ id: p.id }),
    allowed: (c: Caller) => (o ? may.write(c, o) : c.platform),
    then: async ({ w, prepared }: X) =>
      expect((await em(w.app).findOneOrFail(Deposit, { id: prepared.id })).status).toBe(
        DepositStatus.RECEIVED,
      ),
  })),
  rerunDocumentOcr: onFreshActs((target, org, individual) => ({
    name: `document of ${org}${individual ? ' individual act' : ''}`,
    setup: async (w) => {
      const p = await target(w);
      return { ...p, docId: await annexOf(w, p.actId) };
    },
    doc: 'mutation($d: ID!) { rerunDocumentOcr(documentId: $d) { id ocrStatus } }',
    vars: (_w, _c, p) => ({ d: p.docId }),
    allowed: (c) => may.write(c, org) && may.seeAct(c, org, individual),
    then: async ({ w, prepared }) =>
      expect((await em(w.app).findOneOrFail(Document, { id: prepared.docId })).ocrStatus).toBe(
        'PENDING',
      ),
  })),
  revokeApiKey: [
    {
      name: 'key of an A-only viewer',
      setup: async (w) => ({
        id: (await createKey(w.app, w.callers.aViewer.token!, ['public:read'])).id,
      }),
      doc: 'mutation($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }',
      vars: (_w, _c, p) => ({ id: p.id }),
      allowed: (c) => c.platform || c.who === 'aAdmin' || c.who === 'aViewer',
      then: async ({ w, prepared }) =>
        expect(
          (await em(w.app).findOneOrFail(ApiKey, { id: prepared.id })).revokedAt,
        ).not.toBeNull(),
    },
    {
      name: 'key of B’s admin',
      setup: async (w) => ({
        id: (await createKey(w.app, w.callers.bAdmin.token!, ['org:read'], [SIREN.B])).id,
      }),
      doc: 'mutation($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }',
      vars: (_w, _c, p) => ({ id: p.id }),
      allowed: (c) => c.platform || c.who === 'bAdmin',
      then: async ({ w, prepared }) =>
        expect(
          (await em(w.app).findOneOrFail(ApiKey, { id: prepared.id })).revokedAt,
        ).not.toBeNull(),
    },
  ],
  setAnnexWithheld: onFreshActs((target, org, individual) => ({
    name: `annex of ${org}${individual ? ' individual act' : ''}`,
    setup: async (w) => {
      const p = await target(w);
      return { ...p, docId: await annexOf(w, p.actId) };
    },
    doc: 'mutation($d: ID!) { setAnnexWithheld(documentId: $d, withheld: true) { id withheld } }',
    vars: (_w, _c, p) => ({ d: p.docId }),
    allowed: (c) => may.write(c, org) && may.seeAct(c, org, individual),
    then: async ({ w, prepared }) =>
      expect((await em(w.app).findOneOrFail(Document, { id: prepared.docId })).withheld).toBe(true),
  })),
  setPassword: [
    ...(
      [
        ['A-only member', ['A']],
        ['member of A and B', ['A', 'B']],
        ['B-only member', ['B']],
      ] as [string, Org[]][]
    ).map(([name, orgs]) => ({
      name,
      setup: async (w: World) => ({ u: await freshMember(w, orgs) }),
      doc: 'mutation($i: SetPasswordInput!) { setPassword(input: $i) { id } }',
      vars: (_w: World, _c: Caller, p: Prepared) => ({
        i: { userId: p.u.id, password: 'nouveau-mdp-123' },
      }),
      allowed: (c: Caller) => c.platform || (c.session && orgs.every((o) => may.admin(c, o))),
      then: async ({ w, prepared }: X) =>
        expect(
          (await em(w.app).findOneOrFail(User, { id: prepared.u.id })).passwordHash,
        ).toBeTruthy(),
    })),
    {
      name: 'own password, with the current one',
      doc: 'mutation($i: SetPasswordInput!) { setPassword(input: $i) { id } }',
      vars: (_w, c) => ({
        i: {
          userId: c.userId ?? '00000000-0000-0000-0000-000000000000',
          password: c.password ?? 'x'.repeat(8),
          currentPassword: c.password,
        },
      }),
      allowed: may.session,
      then: ({ data, c }) => expect(data.id).toBe(c.userId),
    },
    {
      name: 'own password, without the current one',
      doc: 'mutation($i: SetPasswordInput!) { setPassword(input: $i) { id } }',
      vars: (_w, c) => ({
        i: {
          userId: c.userId ?? '00000000-0000-0000-0000-000000000000',
          password: c.password ?? 'x'.repeat(8),
        },
      }),
      allowed: may.platform,
      then: ({ data, c }) => expect(data.id).toBe(c.userId),
    },
  ],
  signOut: [
    {
      name: 'a fresh session of the caller',
      setup: async (w, c) => ({ token: await freshSession(w, c) }),
      token: async (_w, _c, p) => p.token,
      doc: 'mutation { signOut }',
      allowed: may.session,
      then: async ({ w, c, data, prepared }) => {
        expect(data).toBe(true);
        expect(codeOf(await send(w, 'query { me { id } }', {}, prepared.token))).toBe(
          'auth/session_expired',
        );
        expect((await send(w, 'query { me { id } }', {}, c.token)).errors).toBeUndefined();
      },
      refusal: ({ data, res }) => {
        expect(res.errors).toBeUndefined();
        expect(data).toBe(false);
      },
    },
  ],
  signOutEverywhere: [
    {
      name: 'every session of the caller',
      setup: async (w, c) => ({ token: await freshSession(w, c) }),
      token: async (_w, _c, p) => p.token,
      doc: 'mutation { signOutEverywhere }',
      allowed: may.session,
      then: async ({ w, c, data }) => {
        expect(data).toBe(true);
        expect(codeOf(await send(w, 'query { me { id } }', {}, c.token))).toBe(
          'auth/session_expired',
        );
        await reLogin(w, c);
      },
      refusal: ({ data, res }) => {
        expect(res.errors).toBeUndefined();
        expect(data).toBe(false);
      },
    },
  ],
  unhideActs: batch('unhideActs', 'unhide', { hidden: true }),
  restoreActs: batch('restoreActs', 'restore', { deleted: true }),
  unpublishActs: batch('unpublishActs', 'unpublish', { status: ActStatus.PUBLISHED }),
  updateActSubject: onFreshActs((target, org, individual) => ({
    name: `act of ${org}${individual ? ' (individual)' : ''}`,
    setup: target,
    doc: 'mutation($id: ID!) { updateActSubject(id: $id, subject: "Objet modifié") { id subject } }',
    vars: (_w, _c, p) => ({ id: p.actId }),
    allowed: (c) => may.write(c, org) && may.seeAct(c, org, individual),
    then: async ({ w, prepared }) =>
      expect((await dbAct(w, prepared.actId)).subject).toBe('Objet modifié'),
  })),
  updateOrganization: (['A', 'B'] as Org[]).map((o) => ({
    name: `settings of ${o}`,
    doc: 'mutation($i: UpdateOrganizationInput!) { updateOrganization(input: $i) { siren name } }',
    vars: (_w: World, c: Caller) => ({ i: { siren: SIREN[o], name: `Commune ${o} (${c.who})` } }),
    allowed: (c: Caller) => may.admin(c, o),
    then: async ({ w, c }: X) =>
      expect((await em(w.app).findOneOrFail(Organization, { siren: SIREN[o] })).name).toBe(
        `Commune ${o} (${c.who})`,
      ),
  })),
  updateWidgetSettings: (['A', 'B'] as Org[]).map((o) => ({
    name: `widget of ${o}`,
    doc: 'mutation($i: UpdateWidgetSettingsInput!) { updateWidgetSettings(input: $i) { siren title } }',
    vars: (_w: World, c: Caller) => ({ i: { siren: SIREN[o], title: `Widget ${o} (${c.who})` } }),
    allowed: (c: Caller) => may.admin(c, o),
    then: async ({ w, c }: X) =>
      expect(
        (await em(w.app).findOneOrFail(WidgetSettings, { organization: { siren: SIREN[o] } }))
          .customTitle,
      ).toBe(`Widget ${o} (${c.who})`),
  })),
  updateUser: [
    ...(
      [
        ['A-only member', ['A']],
        ['member of A and B', ['A', 'B']],
        ['B-only member', ['B']],
      ] as [string, Org[]][]
    ).map(([name, orgs]) => ({
      name: `disable a ${name}`,
      setup: async (w: World) => ({ u: await freshMember(w, orgs) }),
      doc: 'mutation($i: UpdateUserInput!) { updateUser(input: $i) { id status } }',
      vars: (_w: World, _c: Caller, p: Prepared) => ({ i: { id: p.u.id, status: 'DISABLED' } }),
      allowed: (c: Caller) => c.platform || (c.session && orgs.every((o) => may.admin(c, o))),
      then: ({ data }: X) => expect(data.status).toBe('DISABLED'),
    })),
    {
      name: 'make an A member platform administrator',
      setup: async (w) => ({ u: await freshMember(w, ['A']) }),
      doc: 'mutation($i: UpdateUserInput!) { updateUser(input: $i) { id isPlatformAdmin } }',
      vars: (_w, _c, p) => ({ i: { id: p.u.id, isPlatformAdmin: true } }),
      allowed: may.platform,
      then: ({ data }) => expect(data.isPlatformAdmin).toBe(true),
    },
    {
      name: 'rename oneself',
      doc: 'mutation($i: UpdateUserInput!) { updateUser(input: $i) { id displayName } }',
      vars: (_w, c) => ({
        i: {
          id: c.userId ?? '00000000-0000-0000-0000-000000000000',
          displayName: `Moi (${c.who})`,
        },
      }),
      allowed: may.session,
      then: ({ data, c }) => expect(data.displayName).toBe(`Moi (${c.who})`),
    },
  ],
};

/* ── SUBSCRIPTIONS ─────────────────────────────────────────────────────────────────────────── */

const at = () => new Date().toISOString();
const ORG_EVENTS: SubEvent[] = [
  { key: 'A', org: 'A' },
  { key: 'B', org: 'B' },
  { key: 'none', org: null },
];
const actOf = (w: World, e: SubEvent) =>
  w.acts.find((a) => a.org === e.org && a.individual === !!e.individual && !a.published)!.id;
const SUBSCRIPTIONS: Record<string, SubscriptionScenario[]> = {
  actChanged: (['A', 'B'] as Org[]).map((o) => ({
    name: `acts of ${o} (an individual act among them)`,
    doc: 'subscription($s: String!) { actChanged(siren: $s) { actId siren change } }',
    vars: { s: SIREN[o] },
    events: [
      { key: `${o}`, org: o },
      { key: `${o}-individual`, org: o, individual: true },
      { key: o === 'A' ? 'B' : 'A', org: o === 'A' ? 'B' : 'A' },
    ],
    // The marker travels in `change`; the act is real (the filter looks its nature up).
    publish: (w, e, marker) =>
      w.app.runtime.components.events!.publish('ACT_CHANGED', {
        actId: actOf(w, e),
        siren: SIREN[e.org!],
        status: 'TO_DECIDE',
        change: marker,
        at: at(),
      }),
    markerOf: (d) => d.actChanged.change,
    allowed: may.staff,
    receives: (c, e) => e.org === o && may.seeAct(c, o, !!e.individual),
  })),
  depositProcessed: [
    {
      name: 'deposits of A, B and of no organisation',
      doc: 'subscription { depositProcessed { depositId siren } }',
      events: ORG_EVENTS,
      publish: (w, e, marker) =>
        w.app.runtime.components.events!.publish('DEPOSIT_PROCESSED', {
          depositId: marker,
          siren: e.org ? SIREN[e.org] : null,
          status: 'DONE',
          errorCode: null,
          at: at(),
        }),
      markerOf: (d) => d.depositProcessed.depositId,
      allowed: may.staff,
      receives: (c, e) => (e.org ? may.read(c, e.org) : c.platform),
    },
  ],
  jobProgress: [
    {
      name: 'jobs of A, B and of no organisation',
      doc: 'subscription { jobProgress { jobId siren } }',
      events: ORG_EVENTS,
      publish: (w, e, marker) =>
        w.app.runtime.components.events!.publish('JOB_PROGRESS', {
          jobId: marker,
          name: 'test',
          state: 'running',
          progress: 1,
          siren: e.org ? SIREN[e.org] : null,
          sirens: e.org ? [SIREN[e.org]] : [],
          at: at(),
        }),
      markerOf: (d) => d.jobProgress.jobId,
      allowed: may.staff,
      // A job tied to no organisation (a platform-wide export…) reaches administrators only.
      receives: (c, e) => (e.org ? may.read(c, e.org) : c.platform),
    },
  ],
};

/* ── the runner ────────────────────────────────────────────────────────────────────────────── */

describe.skipIf(skip)('isolation matrix: every operation × every caller', () => {
  let app: TestApp;
  let w: World;

  beforeAll(async () => {
    app = await createTestApp('isolation-matrix');
    w = await buildWorld(app);
  }, 120_000);
  afterAll(async () => {
    await app?.close();
  });

  it('declares a case for every query, mutation and subscription of the schema', () => {
    const schema = app.runtime.schema;
    const tables = { Query: QUERIES, Mutation: MUTATIONS, Subscription: SUBSCRIPTIONS } as const;
    const missing: string[] = [];
    const stale: string[] = [];
    for (const [typeName, table] of Object.entries(tables)) {
      const type = schema.getType(typeName);
      const fields = type && isObjectType(type) ? Object.keys(type.getFields()) : [];
      missing.push(
        ...fields
          .filter((f) => !(f in table) || !(table as Record<string, unknown[]>)[f]!.length)
          .map((f) => `${typeName}.${f}`),
      );
      stale.push(
        ...Object.keys(table)
          .filter((f) => !fields.includes(f))
          .map((f) => `${typeName}.${f}`),
      );
    }
    expect(
      missing,
      'operations without a declared case: add them to isolation-matrix.e2e-spec.ts (see the top of the file)',
    ).toEqual([]);
    expect(stale, 'cases for operations that no longer exist').toEqual([]);
  });

  /**
   * Runs one scenario for every caller: fresh targets for all first, then the refused callers
   * (for mutations the whole database is compared before and after them: nothing may change),
   * then the allowed ones.
   */
  async function run(kind: 'query' | 'mutation', op: string, s: Scenario) {
    const plan = [];
    for (const who of CALLER_ORDER) {
      const c = w.callers[who];
      const prepared = s.setup ? await s.setup(w, c) : {};
      plan.push({
        c,
        prepared,
        allowed: s.allowed(c, w, prepared),
        label: `${op} / ${s.name} / ${who}`,
      });
    }
    const call = async (c: Caller, prepared: Prepared) => {
      const token = s.token ? await s.token(w, c, prepared) : c.token;
      return s.send
        ? s.send(w, c, prepared, token)
        : send<any>(w, s.doc!, s.vars?.(w, c, prepared) ?? {}, token);
    };
    const refused = plan.filter((p) => !p.allowed);
    const before = kind === 'mutation' && refused.length ? await snapshot(app) : undefined;
    for (const { c, prepared, label } of refused) {
      const res = await call(c, prepared);
      const x: X = { w, c, res, data: res.data?.[op], prepared, label };
      if (typeof s.refusal === 'function') {
        await s.refusal(x);
      } else if (s.refusal === 'null') {
        expect(res.errors, label).toBeUndefined();
        expect(x.data ?? null, label).toBeNull();
      } else {
        expect(x.data ?? null, label).toBeNull();
        if (s.refusal !== 'null-or-error' || res.errors) {
          expect(
            isRefusal(res, s.refusalCodes),
            `${label}: refused with a stable code, got ${JSON.stringify(res.errors)}`,
          ).toBe(true);
        }
      }
    }
    if (before !== undefined) {
      const who = refused.map((p) => p.c.who).join(', ');
      expect(
        snapshotDiff(before, await snapshot(app)),
        `${op} / ${s.name}: refused calls (${who}) changed the database`,
      ).toEqual([]);
    }
    for (const { c, prepared, label } of plan.filter((p) => p.allowed)) {
      const res = await call(c, prepared);
      expect(res.errors, label).toBeUndefined();
      await s.then?.({ w, c, res, data: res.data?.[op], prepared, label });
    }
  }

  for (const [op, scenarios] of Object.entries(QUERIES)) {
    for (const s of scenarios) {
      it(`query ${op}: ${s.name}`, () => run('query', op, s));
    }
  }
  for (const [op, scenarios] of Object.entries(MUTATIONS)) {
    for (const s of scenarios) {
      it(`mutation ${op}: ${s.name}`, () => run('mutation', op, s));
    }
  }
  for (const [op, scenarios] of Object.entries(SUBSCRIPTIONS)) {
    for (const s of scenarios) {
      it(`subscription ${op}: ${s.name}`, async () => {
        const sinks = new Map<
          string,
          { got: string[]; errors: unknown[]; dispose: () => void | Promise<void> }
        >();
        for (const who of CALLER_ORDER) {
          const c = w.callers[who];
          const client = createClient({
            url: `${app.url.replace(/^http/, 'ws')}/graphql`,
            webSocketImpl: WebSocket,
            connectionParams: c.token ? { authorization: `Bearer ${c.token}` } : {},
            retryAttempts: 0,
          });
          const sink = {
            got: [] as string[],
            errors: [] as unknown[],
            dispose: () => client.dispose(),
          };
          client.subscribe(
            { query: s.doc, variables: s.vars },
            {
              next: (r) => {
                if (r.errors) {
                  sink.errors.push(...r.errors);
                }
                if (r.data) {
                  sink.got.push(s.markerOf(r.data));
                }
              },
              // A socket refused when it opens (anonymous: 4403) ends with a close event.
              error: (e) =>
                sink.errors.push(
                  e instanceof Error ? e : { close: (e as { code?: number }).code ?? null },
                ),
              complete: () => undefined,
            },
          );
          sinks.set(who, sink);
        }
        try {
          // Live once every caller expecting events got a probe (others: same moment, same path).
          const expecting = CALLER_ORDER.filter(
            (who) =>
              s.allowed(w.callers[who]) && s.events.some((e) => s.receives(w.callers[who], e)),
          );
          const deadline = Date.now() + 15_000;
          let n = 0;
          while (
            !expecting.every((who) => sinks.get(who)!.got.some((m) => m.startsWith('probe')))
          ) {
            expect(Date.now() < deadline, `${s.name}: subscriptions never became live`).toBe(true);
            for (const e of s.events) {
              await s.publish(w, e, `probe-${n++}`);
            }
            await new Promise((r) => setTimeout(r, 100));
          }
          await new Promise((r) => setTimeout(r, 300));
          for (const e of s.events) {
            await s.publish(w, e, `event-${e.key}`);
          }
          await new Promise((r) => setTimeout(r, 700));
          for (const who of CALLER_ORDER) {
            const c = w.callers[who];
            const sink = sinks.get(who)!;
            const label = `${op} / ${s.name} / ${who}`;
            const got = sorted(sink.got.filter((m) => m.startsWith('event-')));
            if (!s.allowed(c)) {
              expect(got, label).toEqual([]);
              expect(JSON.stringify(sink.errors), label).toMatch(
                /auth\/(unauthenticated|insufficient_scope)|"close":4403/,
              );
              continue;
            }
            expect(sink.errors, label).toEqual([]);
            expect(got, label).toEqual(
              sorted(s.events.filter((e) => s.receives(c, e)).map((e) => `event-${e.key}`)),
            );
          }
        } finally {
          await Promise.all([...sinks.values()].map((x) => x.dispose()));
        }
      }, 60_000);
    }
  }
});
