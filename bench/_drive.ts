// temporary profiling driver (not committed)
import { existsSync, readdirSync, readFileSync, mkdirSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import { loadConfig, setLogLevel } from '@opendata/api';
import { ACTS_PAGE, post, startBareHandler } from './acts-page-compare.js';
import { seedActs, siren } from './load-seed.js';
import { BENCH_ADMIN, gql, startSourcePlatform } from './source-platform.js';

const SECONDS = Number(process.env.SECS ?? 10);
const CONNS = 16;
setLogLevel('silent');
const dataDir = '/tmp/apiperf/data';
const env = { DATA_DIR: dataDir, LOG_LEVEL: 'error', ADMIN_EMAIL: BENCH_ADMIN.email, ADMIN_PASSWORD: BENCH_ADMIN.password };
const config = loadConfig(env);
if (!existsSync(dataDir + '/.seeded')) { mkdirSync(dataDir, { recursive: true }); await seedActs(config, 5000, 1); (await import('node:fs')).writeFileSync(dataDir + '/.seeded', ''); }
const sirenValue = siren(1);
const platform = await startSourcePlatform({ ...env, NODE_ENV: 'production' });
await platform.healthy();
const { login } = await gql<{ login: { token: string } }>(platform.url,
  'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
  { e: BENCH_ADMIN.email, p: BENCH_ADMIN.password });
const body = JSON.stringify({ query: ACTS_PAGE, variables: { siren: sirenValue } });
const threads = (pid: number) => new Map(readdirSync(`/proc/${pid}/task`).map((t) => { const raw = readFileSync(`/proc/${pid}/task/${t}/stat`, 'utf8'); const f = raw.split(') ')[1]!.split(' '); return [t, (Number(f[11]) + Number(f[12])) / 100] as const; }));
async function loop(url: string, b: string, pid: number, token?: string) {
  const t0 = threads(pid);
  let done = 0; const until = performance.now() + SECONDS * 1000;
  await Promise.all(Array.from({ length: CONNS }, async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    while (performance.now() < until) { const r = await post(agent, url, b, token); if (r.status === 200 && !r.body.includes('"errors"')) done++; else { console.log(r.body.slice(0, 300)); } }
    agent.destroy();
  }));
  const t1 = threads(pid);
  const main = (t1.get(String(pid)) ?? 0) - (t0.get(String(pid)) ?? 0);
  let all = 0; for (const [t, c] of t1) all += c - (t0.get(t) ?? 0);
  return { rps: done / SECONDS, mainMs: (main * 1000) / done, allMs: (all * 1000) / done };
}
const fmt = (r: { rps: number; mainMs: number; allMs: number }) => `${r.rps.toFixed(1)} rps, main ${r.mainMs.toFixed(2)} ms cpu/req, all threads ${r.allMs.toFixed(2)} ms`;
const l0 = os.loadavg()[0];
if (process.env.WARM) await loop(`${platform.url}/graphql`, body, platform.child.pid!, login.token);
const g = await loop(`${platform.url}/graphql`, body, platform.child.pid!, login.token);
console.log(`graphql: ${fmt(g)}`);
if (process.env.BARE) {
  const before = new Set(readdirSync('/proc').filter((d) => /^\d+$/.test(d)));
  const bh = await startBareHandler(config.database.kind === 'sqlite' ? config.database.path : '');
  const pid = Number([...readdirSync('/proc').filter((d) => /^\d+$/.test(d) && !before.has(d))].find((d) => { try { return readFileSync(`/proc/${d}/stat`, 'utf8').split(') ')[1]!.split(' ')[1] === String(process.pid); } catch { return false; } }));
  const b = await loop(bh.url, JSON.stringify({ siren: sirenValue }), pid);
  console.log(`bare:    ${fmt(b)}; ratio ${(g.rps / b.rps).toFixed(2)}, cpu ratio ${(b.mainMs / g.mainMs).toFixed(2)}`);
  bh.stop();
}
console.log(`load ${l0.toFixed(1)} -> ${os.loadavg()[0].toFixed(1)}`);
await platform.stop();
process.exit(0);
