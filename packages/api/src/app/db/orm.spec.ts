import 'reflect-metadata';
import { mkdtemp, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Organization } from '../../identity/tenants/organization.entity.js';
import { setLogLevel } from '../../core/logger.js';
import { initOrm, migrateUp, migrationsPath } from './orm.js';

/**
 * Regression: with `type: 'datetime'` MikroORM compared the loaded Date with the snapshot's
 * SQLite timestamp (a number) and rewrote `created_at`/`updated_at` of every entity that was
 * merely read in a unit of work — a spurious UPDATE per loaded row and a wrong `updatedAt`.
 */
describe('ORM change tracking on SQLite', () => {
  let orm: MikroORM;

  beforeAll(async () => {
    setLogLevel('silent');
    const dir = await mkdtemp(path.join(os.tmpdir(), 'orm-spec-'));
    orm = await initOrm({ kind: 'sqlite', path: path.join(dir, 'orm.sqlite') });
    await orm.schema.createSchema();
  });
  afterAll(async () => {
    await orm?.close(true);
  });

  it('does not rewrite an entity that was only read', async () => {
    const em1 = orm.em.fork();
    const created = em1.create(Organization, { siren: '213502388', name: 'Commune de Rennes' });
    await em1.flush();
    const updatedAt = created.updatedAt.getTime();

    await new Promise((r) => setTimeout(r, 5));
    const em2 = orm.em.fork();
    await em2.findOneOrFail(Organization, { siren: '213502388' });
    em2.getUnitOfWork().computeChangeSets();
    expect(em2.getUnitOfWork().getChangeSets()).toEqual([]);
    await em2.flush();

    const reloaded = await orm.em.fork().findOneOrFail(Organization, { siren: '213502388' });
    expect(reloaded.updatedAt.getTime()).toBe(updatedAt);
  });

  it('compares every date property as a date', () => {
    const offenders = Object.values(orm.getMetadata().getAll())
      .flatMap((meta) => meta.props.map((prop) => ({ meta, prop })))
      .filter(({ prop }) => prop.runtimeType === 'Date')
      // MikroORM's comparator picks its rule from this type: only 'date' compares by value.
      .filter(
        ({ prop }) => (prop.customType?.compareAsType() ?? prop.type).toLowerCase() !== 'date',
      )
      .map(({ meta, prop }) => `${meta.className}.${prop.name}`);
    expect(offenders).toEqual([]);
  });
});

describe('applying migrations', () => {
  it('leaves the committed schema snapshot alone (only the migration scripts update it)', async () => {
    const snapshot = path.join(migrationsPath('sqlite').pathTs, '.snapshot-sqlite.json');
    const before = (await stat(snapshot)).mtimeMs;
    const dir = await mkdtemp(path.join(os.tmpdir(), 'orm-migrate-'));
    const orm = await initOrm({ kind: 'sqlite', path: path.join(dir, 'fresh.sqlite') });
    try {
      expect(await migrateUp(orm)).toBeGreaterThan(0);
    } finally {
      await orm.close(true);
    }
    expect((await stat(snapshot)).mtimeMs).toBe(before);
  });
});
