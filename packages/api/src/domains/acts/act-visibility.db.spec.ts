import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/core';
import { LibSqlDriver } from '@mikro-orm/libsql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BaseEntity } from '../../core/base.entity.js';
import { Organization } from '../../identity/tenants/organization.entity.js';
import { ActNature, ActSource, ActStatus, PublicationDecision } from './act.enums.js';
import { Act } from './act.entity.js';
import { isActPublic, publicActFilter, publicActSql } from './act-visibility.js';
import { Document } from './document.entity.js';

describe('the public rule, in its three forms', () => {
  let orm: MikroORM;
  let dir: string;
  const expected = new Map<string, boolean>();

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'visibility-'));
    orm = await MikroORM.init({
      driver: LibSqlDriver,
      dbName: path.join(dir, 'v.sqlite'),
      entities: [BaseEntity, Organization, Act, Document],
      allowGlobalContext: false,
    });
    await orm.schema.createSchema();
    const em = orm.em.fork();
    const orgs = [true, false].map((openDataActive, i) =>
      em.create(Organization, { siren: `21560046${i}`, name: `Commune ${i}`, openDataActive }),
    );
    let n = 0;
    // Every combination of what decides: status, hidden, deleted, nature, open data.
    for (const org of orgs) {
      for (const status of Object.values(ActStatus)) {
        for (const hidden of [false, true]) {
          for (const deleted of [false, true]) {
            for (const nature of [ActNature.DELIBERATION, ActNature.INDIVIDUAL]) {
              const act = em.create(Act, {
                organization: org,
                number: `N${n++}`,
                date: '2024-03-01',
                subject: 'Objet',
                nature,
                status,
                hidden,
                deletedAt: deleted ? new Date() : null,
                publicationDecision: PublicationDecision.UNDECIDED,
                source: ActSource.UPLOAD,
              });
              expected.set(act.id, isActPublic(act));
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

  it('the ORM filter and the SQL condition select exactly the acts the predicate calls public', async () => {
    const publicIds = [...expected]
      .filter(([, p]) => p)
      .map(([id]) => id)
      .sort();
    expect(publicIds.length).toBe(1);
    const viaOrm = await orm.em.fork().find(Act, publicActFilter(), { fields: ['id'] });
    expect(viaOrm.map((a) => a.id).sort()).toEqual(publicIds);
    const { sql, params } = publicActSql('a', 'o');
    const rows = await orm.em
      .fork()
      .getConnection()
      .execute<{ id: string }[]>(
        `select a.id from acts a join organizations o on o.id = a.organization_id where ${sql}`,
        params,
      );
    expect(rows.map((r: { id: string }) => r.id).sort()).toEqual(publicIds);
  });

  it('a hidden act is not public, whatever its status', () => {
    const org = { siren: '215600461', openDataActive: true, publishAnnexes: true };
    const act = {
      id: 'x',
      status: ActStatus.PUBLISHED,
      nature: ActNature.DELIBERATION,
      organization: org,
    };
    expect(isActPublic(act)).toBe(true);
    expect(isActPublic({ ...act, hidden: true })).toBe(false);
  });
});
