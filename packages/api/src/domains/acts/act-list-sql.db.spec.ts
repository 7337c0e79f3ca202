import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { MikroORM, Reference } from '@mikro-orm/core';
import { LibSqlDriver } from '@mikro-orm/libsql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installStatementCache } from '../../infra/db/statement-cache.js';
import { BaseEntity } from '../../core/base.entity.js';
import { Organization } from '../../identity/tenants/organization.entity.js';
import { ActNature, ActSource, ActStatus, PublicationDecision } from './act.enums.js';
import { Act } from './act.entity.js';
import { ActOrderField, SortDirection, type ActOrder, type ActsFilter } from './act.inputs.js';
import { staffActsOrder, staffActsQuery } from './act-query.js';
import { leanListable, leanStaffActs, managedAct, staffActsSql } from './act-list-sql.js';
import { Document } from './document.entity.js';

// The staff list's plain SQL path against the ORM query it replaces, on every combination of
// what decides: viewer (organisations, hr right), filters, order, page window.
describe('the staff acts list, lean SQL beside the ORM query', () => {
  let orm: MikroORM;
  let dir: string;
  let orgs: Organization[];

  beforeAll(async () => {
    installStatementCache();
    dir = await mkdtemp(path.join(os.tmpdir(), 'act-list-sql-'));
    orm = await MikroORM.init({
      driver: LibSqlDriver,
      dbName: path.join(dir, 'l.sqlite'),
      entities: [BaseEntity, Organization, Act, Document],
      allowGlobalContext: false,
    });
    await orm.schema.createSchema();
    const em = orm.em.fork();
    orgs = [0, 1, 2].map((i) =>
      em.create(Organization, { siren: `21560046${i}`, name: `Commune ${i}` }),
    );
    const codes = ['1.1', '1.10', '1', '2.1', null];
    let n = 0;
    for (const org of orgs) {
      for (const status of Object.values(ActStatus)) {
        for (const hidden of [false, true]) {
          for (const deleted of [false, true]) {
            for (const nature of [ActNature.DELIBERATION, ActNature.INDIVIDUAL, ActNature.OTHER]) {
              n++;
              em.create(Act, {
                organization: org,
                number: `N${(n * 7) % 23}-${n}`,
                // Few distinct dates and creation times: the order's tie-breakers decide.
                date: `2024-0${1 + (n % 3)}-0${1 + (n % 5)}`,
                createdAt: new Date(Date.UTC(2024, 0, 1 + (n % 4))),
                subject: `Objet ${(n * 13) % 17}`,
                nature,
                status,
                hidden,
                classificationCode: codes[n % codes.length],
                publishedAt: n % 3 ? new Date(Date.UTC(2024, 1, n % 9)) : null,
                deletedAt: deleted ? new Date() : null,
                publicationDecision: PublicationDecision.UNDECIDED,
                source: ActSource.UPLOAD,
              });
            }
          }
        }
      }
    }
    await em.flush();
  });
  afterAll(async () => {
    await orm.close(true);
    await rm(dir, { recursive: true, force: true });
  });

  const viewers = (): ['all' | string[], 'all' | string[]][] => [
    ['all', 'all'],
    [[orgs[0]!.id, orgs[1]!.id], [orgs[0]!.id]],
    [[orgs[1]!.id], []],
    [[], []],
  ];
  const filters = (): (ActsFilter | undefined)[] => [
    undefined,
    { siren: orgs[1]!.siren },
    { siren: '999999999' },
    { status: ActStatus.TO_DECIDE },
    { natures: [ActNature.INDIVIDUAL, ActNature.OTHER] },
    { hidden: true },
    { hidden: false },
    { dateFrom: '2024-02-01', dateTo: '2024-03-03' },
    { classification: '1.' },
    { classification: '1.1' },
    {
      siren: orgs[0]!.siren,
      status: ActStatus.PUBLISHED,
      hidden: false,
      natures: [ActNature.INDIVIDUAL],
    },
  ];
  const orders: (ActOrder | undefined)[] = [
    undefined,
    ...Object.values(ActOrderField).flatMap((field) =>
      [SortDirection.ASC, SortDirection.DESC].map((direction) => ({ field, direction })),
    ),
  ];

  async function both(
    readable: 'all' | string[],
    hr: 'all' | string[],
    filter: ActsFilter | undefined,
    order: ActOrder | undefined,
    window: { offset: number; limit: number },
  ) {
    const [viaOrm, ormTotal] = await orm.em
      .fork()
      .findAndCount(Act, staffActsQuery(filter, readable, hr), {
        orderBy: staffActsOrder(order),
        ...window,
      });
    const em = orm.em.fork();
    const [lean, leanTotal] = await leanStaffActs(
      em,
      staffActsSql(filter, readable, hr, order),
      window,
    );
    return { viaOrm, ormTotal, lean, leanTotal };
  }

  it('gives the same acts, in the same order, and the same exact total', async () => {
    let pages = 0;
    let nonEmpty = 0;
    for (const [readable, hr] of viewers()) {
      for (const filter of filters()) {
        expect(leanListable(filter)).toBe(true);
        // Every order on the first viewer and filter; two on the others (the list is long).
        const some = pages === 0 ? orders : [undefined, orders[3]];
        for (const order of some) {
          for (const window of [
            { offset: 0, limit: 20 },
            { offset: 7, limit: 5 },
            { offset: 500, limit: 20 },
          ]) {
            const r = await both(readable, hr, filter, order, window);
            const ctx = JSON.stringify({ readable, hr, filter, order, window });
            expect(
              r.lean.map((a) => a.id),
              ctx,
            ).toEqual(r.viaOrm.map((a) => a.id));
            expect(r.leanTotal, ctx).toBe(r.ormTotal);
            pages++;
            nonEmpty += r.lean.length > 0 ? 1 : 0;
          }
        }
      }
    }
    expect(pages).toBe((15 + (4 * 11 - 1) * 2) * 3);
    expect(nonEmpty).toBeGreaterThan(pages / 3);
  }, 60_000);

  it('reads every field as the ORM does (dates, booleans, enums, the organisation)', async () => {
    const r = await both('all', 'all', undefined, undefined, { offset: 0, limit: 100 });
    expect(r.lean.length).toBe(90);
    const keys = Object.keys(r.viaOrm[0]!).filter((k) => k !== 'organization' && k !== 'documents');
    expect(keys.length).toBeGreaterThan(15);
    const pick = (a: object) => Object.fromEntries(keys.map((k) => [k, a[k as keyof typeof a]]));
    expect(r.lean.map(pick)).toEqual(r.viaOrm.map(pick));
    expect(r.lean.map((a) => a.organization)).toEqual(r.viaOrm.map((a) => a.organization.id));
    expect(r.lean[0]!.createdAt).toBeInstanceOf(Date);
    expect(typeof r.lean[0]!.hidden).toBe('boolean');
  });

  it('makes a lean row the entity the ORM would have loaded, for the fields that need one', async () => {
    const em = orm.em.fork();
    const [rows] = await leanStaffActs(em, staffActsSql(undefined, 'all', 'all', undefined), {
      offset: 0,
      limit: 3,
    });
    const act = managedAct(em, rows[0]!);
    expect(act).toBeInstanceOf(Act);
    expect(managedAct(em, rows[0]!)).toBe(act);
    expect(managedAct(em, act)).toBe(act);
    await em.populate(act, ['organization', 'documents']);
    expect(act.organization.siren).toMatch(/^21560046\d$/);
    expect(act.documents.getItems()).toEqual([]);
    const loaded = await orm.em.fork().findOneOrFail(Act, act.id);
    expect(act.subject).toBe(loaded.subject);
    expect(act.publishedAt).toEqual(loaded.publishedAt);
  });

  it('loads the organisations of a page in one query, as the resolver asks for them', async () => {
    const queries: string[] = [];
    const logged = await MikroORM.init({
      driver: LibSqlDriver,
      dbName: path.join(dir, 'l.sqlite'),
      entities: [BaseEntity, Organization, Act, Document],
      allowGlobalContext: false,
      dataloader: true,
      debug: ['query'],
      logger: (m: string) => queries.push(m),
    });
    try {
      const em = logged.em.fork();
      const [rows] = await leanStaffActs(em, staffActsSql(undefined, 'all', 'all', undefined), {
        offset: 0,
        limit: 100,
      });
      queries.length = 0;
      const orgsOfRows = await Promise.all(
        rows.map((r) => Reference.create(managedAct(em, r).organization).load()),
      );
      expect(orgsOfRows.map((o) => o?.id)).toEqual(rows.map((r) => r.organization));
      expect(new Set(orgsOfRows.map((o) => o?.siren)).size).toBe(3);
      expect(queries.filter((q) => /from .organizations./.test(q))).toHaveLength(1);
    } finally {
      await logged.close();
    }
  });

  it('never lists a deleted act nor an individual act without the hr right', async () => {
    const [acts, total] = await leanStaffActs(
      orm.em.fork(),
      staffActsSql(undefined, [orgs[0]!.id, orgs[1]!.id], [orgs[0]!.id], undefined),
      { offset: 0, limit: 100 },
    );
    expect(total).toBe(acts.length);
    expect(acts.some((a) => a.deletedAt)).toBe(false);
    expect(acts.some((a) => a.organization === orgs[2]!.id)).toBe(false);
    const individual = acts.filter((a) => a.nature === ActNature.INDIVIDUAL);
    expect(individual.length).toBeGreaterThan(0);
    expect(individual.every((a) => a.organization === orgs[0]!.id)).toBe(true);
  });

  it('leaves text and publication-date filters to the ORM', () => {
    expect(leanListable({ text: 'budget' })).toBe(false);
    expect(leanListable({ text: '  ' })).toBe(true);
    expect(leanListable({ publishedFrom: '2024-01-01' })).toBe(false);
    expect(leanListable({ publishedTo: '2024-01-01' })).toBe(false);
  });
});
