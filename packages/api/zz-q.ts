import { MikroORM } from '@mikro-orm/core';
import { ormOptions } from '/work/wt-apiperf3/packages/api/src/app/db/orm.ts';
import { Act } from '/work/wt-apiperf3/packages/api/src/domains/acts/act.entity.ts';
import { staffActsOrder, staffActsQuery } from '/work/wt-apiperf3/packages/api/src/domains/acts/act-query.ts';
const orm = await MikroORM.init({ ...ormOptions({ kind: 'sqlite', path: process.argv[2] } as any) });
const siren = process.argv[3];
async function bench(name: string, fn: () => Promise<unknown>) {
  for (let i = 0; i < 200; i++) await fn();
  const t = process.cpuUsage(); const N = 500;
  for (let i = 0; i < N; i++) await fn();
  const u = process.cpuUsage(t); console.log(name, ((u.user + u.system) / N / 1000).toFixed(3), 'ms');
}
await bench('orm findAndCount', async () => {
  const em = orm.em.fork();
  const where = staffActsQuery({ siren } as any, 'all', 'all');
  await em.findAndCount(Act, where, { orderBy: staffActsOrder(undefined), offset: 0, limit: 21, populate: ['organization'] });
});
const conn = orm.em.getConnection();
const PAGE = "select a0.*, o1.id as o1__id, o1.siren as o1__siren, o1.name as o1__name from acts as a0 inner join organizations as o1 on a0.organization_id = o1.id where a0.deleted_at is null and o1.siren = ? order by a0.date desc, a0.created_at desc, a0.id asc limit 21";
const COUNT = "select count(*) as n from acts as a0 inner join organizations as o1 on a0.organization_id = o1.id where a0.deleted_at is null and o1.siren = ?";
await bench('raw execute (knex, prepare each)', async () => { await conn.execute(PAGE, [siren]); await conn.execute(COUNT, [siren]); });
await bench('raw execute + em.map', async () => { const em = orm.em.fork(); const rows = await conn.execute(PAGE, [siren]) as any[]; rows.map((r) => em.map(Act, r)); await conn.execute(COUNT, [siren]); });
const Database = (await import('libsql')).default;
const db = new Database(process.argv[2], { readonly: true });
const p = db.prepare(PAGE), c = db.prepare(COUNT);
await bench('direct prepared', async () => { p.all(siren); c.get(siren); });
await orm.close();
