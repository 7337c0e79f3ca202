/* eslint-disable @typescript-eslint/no-explicit-any */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActNature, ActStatus } from '../../src/domains/acts/act.enums.js';
import { Act } from '../../src/domains/acts/act.entity.js';
import { BudgetDocument } from '../../src/domains/budgets/budget-document.entity.js';
import { BudgetImportStatus } from '../../src/domains/budgets/budget.enums.js';
import { Organization } from '../../src/identity/tenants/organization.entity.js';
import { createOrg, createUser, em, ok, seedAct } from '../support/identity-fixtures.js';
import { seedContract } from '../support/procurement-fixtures.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { mysqlSkipReason } from '../support/test-db.js';

const skip = mysqlSkipReason();
const ON = '215600461';
const OFF = '200067213';
const SECRET_SUBJECT = 'Sujet confidentiel jamais publié';
const STATS = `query($s: String, $from: DateTimeISO, $to: DateTimeISO) {
  publicationStats(siren: $s, from: $from, to: $to) {
    siren acts { received published notPublished pending }
    byNature { nature received published notPublished pending }
    byMonth { month received published pending }
    budgetDocuments contracts
    organizations { siren name received published notPublished pending }
  } }`;

describe.skipIf(skip)('publicationStats: public counts, by GROUP BY', () => {
  let app: TestApp;
  let admin: string;
  const stats = async (vars: Record<string, unknown>, token?: string) =>
    ok(await app.gql<any>(STATS, vars, token)).publicationStats;

  beforeAll(async () => {
    app = await createTestApp('ops-stats');
    admin = await app.loginAdmin();
    await createOrg(app, admin, ON, 'Commune ouverte');
    await createOrg(app, admin, OFF, 'Commune fermée');
    const e = em(app);
    const off = await e.findOneOrFail(Organization, { siren: OFF });
    off.openDataActive = false;
    await e.flush();
    const seed = async (siren: string, date: string, status: ActStatus, nature?: ActNature) => {
      const id = await seedAct(app, siren, { status, nature, subject: SECRET_SUBJECT });
      await em(app).nativeUpdate(Act, { id }, { date });
      return id;
    };
    await seed(ON, '2024-01-10', ActStatus.PUBLISHED);
    await seed(ON, '2024-01-20', ActStatus.PUBLISHED, ActNature.REGULATORY);
    await seed(ON, '2024-02-05', ActStatus.NOT_PUBLISHED);
    await seed(ON, '2024-02-06', ActStatus.TO_DECIDE);
    await seed(ON, '2024-03-01', ActStatus.PROCESSING, ActNature.INDIVIDUAL);
    const hidden = await seed(ON, '2024-03-02', ActStatus.PUBLISHED);
    await em(app).nativeUpdate(Act, { id: hidden }, { hidden: true });
    const deleted = await seed(ON, '2024-03-03', ActStatus.PUBLISHED);
    await em(app).nativeUpdate(Act, { id: deleted }, { deletedAt: new Date() });
    await seed(OFF, '2024-01-15', ActStatus.PUBLISHED);
    await seed(OFF, '2024-01-16', ActStatus.TO_DECIDE);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('counts one organisation by decision, nature and month (hidden and deleted acts left out)', async () => {
    const s = await stats({ s: ON });
    expect(s.acts).toEqual({ received: 5, published: 2, notPublished: 1, pending: 2 });
    expect(s.byNature).toEqual(
      expect.arrayContaining([
        { nature: 'DELIBERATION', received: 3, published: 1, notPublished: 1, pending: 1 },
        { nature: 'REGULATORY', received: 1, published: 1, notPublished: 0, pending: 0 },
        { nature: 'INDIVIDUAL', received: 1, published: 0, notPublished: 0, pending: 1 },
      ]),
    );
    expect(s.byMonth).toEqual([
      { month: '2024-01', received: 2, published: 2, pending: 0 },
      { month: '2024-02', received: 2, published: 0, pending: 1 },
      { month: '2024-03', received: 1, published: 0, pending: 1 },
    ]);
    expect(s.organizations).toEqual([]);
  });

  it('limits to the period, bounds included (the act’s date)', async () => {
    const s = await stats({ s: ON, from: '2024-01-20T00:00:00Z', to: '2024-02-05T00:00:00Z' });
    expect(s.acts).toEqual({ received: 2, published: 1, notPublished: 1, pending: 0 });
  });

  it('shows the public only organisations whose open data is on, and never a subject', async () => {
    const platform = await stats({});
    expect(platform.organizations.map((o: any) => o.siren)).toEqual([ON]);
    expect(platform.acts.received).toBe(5);
    const closed = await stats({ s: OFF });
    expect(closed.acts).toEqual({ received: 0, published: 0, notPublished: 0, pending: 0 });
    const text = JSON.stringify(await app.gql(STATS, {}));
    expect(text).not.toContain(SECRET_SUBJECT);
  });

  it('shows staff their own organisation even with open data off; the platform admin every one', async () => {
    const staff = await createUser(app, admin, 'agent@fermee.test', [
      { siren: OFF, role: 'VIEWER' },
    ]);
    expect((await stats({ s: OFF }, staff.token)).acts).toMatchObject({ received: 2, pending: 1 });
    const all = await stats({}, admin);
    expect(all.organizations.map((o: any) => o.siren).sort()).toEqual([OFF, ON].sort());
    expect(all.acts.received).toBe(7);
  });

  // After the act counts: it adds acts to the organisations counted above.
  it('counts the budget documents and contracts the public may see, and only those', async () => {
    const budget = async (
      siren: string,
      status: ActStatus,
      imported = BudgetImportStatus.IMPORTED,
    ) => {
      const act = await seedAct(app, siren, { status, subject: SECRET_SUBJECT });
      const e = em(app);
      e.create(BudgetDocument, {
        act,
        organization: await e.findOneOrFail(Organization, { siren }),
        status: imported,
      } as never);
      await e.flush();
    };
    await budget(ON, ActStatus.PUBLISHED);
    await budget(ON, ActStatus.TO_DECIDE); // not decided: not public
    await budget(ON, ActStatus.PUBLISHED, BudgetImportStatus.FAILED); // unreadable: nothing shown
    await budget(OFF, ActStatus.PUBLISHED); // open data off
    await seedContract(app, ON);
    await seedContract(app, ON);
    await seedContract(app, OFF);
    const one = await stats({ s: ON });
    expect({ budgets: one.budgetDocuments, contracts: one.contracts }).toEqual({
      budgets: 1,
      contracts: 2,
    });
    const platform = await stats({});
    expect({ budgets: platform.budgetDocuments, contracts: platform.contracts }).toEqual({
      budgets: 1,
      contracts: 2,
    });
    expect((await stats({ s: OFF })).budgetDocuments).toBe(0);
  });

  it('refuses a malformed SIREN', async () => {
    const res = await app.gql(STATS, { s: '12' });
    expect(res.errors?.[0]?.extensions?.code).toBe('stats/invalid_siren');
  });
});
