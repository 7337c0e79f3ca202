// temporary: in-process CPU per request (not committed)
import http from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createApiRuntime, loadConfig, setLogLevel, startServer } from '@opendata/api';
import { ACTS_PAGE, BARE_SQL_COUNT, BARE_SQL_PAGE, post } from './acts-page-compare.js';
import { siren } from './load-seed.js';
import { BENCH_ADMIN, gql } from './source-platform.js';
setLogLevel('silent');
const N = Number(process.env.N ?? 400);
const config = loadConfig({ DATA_DIR: '/tmp/apiperf/data', LOG_LEVEL: 'error', ADMIN_EMAIL: BENCH_ADMIN.email, ADMIN_PASSWORD: BENCH_ADMIN.password, NODE_ENV: 'production' });
const { ActService } = await import('../packages/api/src/domains/acts/act.service.js');
const { AuthService } = await import('../packages/api/src/identity/auth/auth.service.js');
const { EntityManager } = createRequire(path.resolve('packages/api/package.json'))('@mikro-orm/core');
const ctxMod = await import('../packages/api/src/app/context.js');
const timing = new Map<string, number>();
function wrap(proto: any, name: string, label: string) { const orig = proto[name]; proto[name] = async function (...a: unknown[]) { const t = performance.now(); try { return await orig.apply(this, a); } finally { timing.set(label, (timing.get(label) ?? 0) + performance.now() - t); } }; }
wrap(ActService.prototype, 'list', 'ActService.list');
wrap(AuthService.prototype, 'authenticate', 'authenticate');
wrap(EntityManager.prototype, 'findAndCount', 'em.findAndCount');
wrap(EntityManager.prototype, 'find', 'em.find');
wrap(EntityManager.prototype, 'count', 'em.count');
wrap(EntityManager.prototype, 'findOne', 'em.findOne');
const runtime = await createApiRuntime(config);
{ const conn = runtime.components.orm.em.getConnection() as any; wrap(conn, 'execute', 'conn.execute'); wrap(Object.getPrototypeOf(runtime.components.orm.em.getDriver()), 'find', 'driver.find'); wrap(Object.getPrototypeOf(runtime.components.orm.em.getDriver()), 'count', 'driver.count');}

const server = await startServer({ schema: runtime.schema, components: runtime.components }, { port: 0, host: '127.0.0.1' });
const { login } = await gql<{ login: { token: string } }>(server.url, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: BENCH_ADMIN.email, p: BENCH_ADMIN.password });
const body = JSON.stringify({ query: ACTS_PAGE, variables: { siren: siren(1) } });
const Database = createRequire(path.resolve('packages/api/package.json'))('libsql');
const db = new Database((config.database as { path: string }).path, { readonly: true });
const count = db.prepare(BARE_SQL_COUNT); const page = db.prepare(BARE_SQL_PAGE);
const bare = http.createServer((req, res) => { let b = ''; req.on('data', (c) => (b += c)); req.on('end', () => {
  const { siren: s } = JSON.parse(b); const rows = page.all(s);
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify({ data: { acts: { totalCount: count.get(s).n, nodes: rows.slice(0, 20) } } }));
}); });
await new Promise<void>((r) => bare.listen(0, '127.0.0.1', () => r()));
const bareUrl = `http://127.0.0.1:${(bare.address() as { port: number }).port}/`;
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
async function run(url: string, b: string, token?: string) {
  const c0 = process.cpuUsage(); const t0 = performance.now();
  for (let i = 0; i < N; i++) { const r = await post(agent, url, b, token); if (r.status !== 200 || r.body.includes('"errors"')) throw new Error(r.body); }
  const c = process.cpuUsage(c0);
  return { cpu: (c.user + c.system) / 1000 / N, wall: (performance.now() - t0) / N };
}
for (let round = 0; round < Number(process.env.ROUNDS ?? 3); round++) {
  const g = await run(`${server.url}/graphql`, body, login.token);
  const b = process.env.ONLY ? { cpu: NaN, wall: NaN } : await run(bareUrl, JSON.stringify({ siren: siren(1) }));
  console.log([...timing].map(([k, v]) => `${k} ${(v / N).toFixed(2)}`).join(' | ')); timing.clear();
  console.log(`graphql ${g.cpu.toFixed(2)} ms cpu (${g.wall.toFixed(2)} wall) | bare ${b.cpu.toFixed(2)} ms cpu (${b.wall.toFixed(2)} wall) | cpu ratio ${(b.cpu / g.cpu).toFixed(2)}`);
}
await server.stop(); await runtime.close(); process.exit(0);
