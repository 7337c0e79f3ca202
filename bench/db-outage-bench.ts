/**
 * MariaDB unreachable for 30 s during ingestion and publication (on demand, not a test; needs a
 * MariaDB at 127.0.0.1:3306, root without password, as .ci/run starts it).
 *
 *   node scripts/bench.mjs db-outage-bench [--deposits 300] [--outage-s 30] [--pdf-kb 4]
 *
 * Other processes use the same MariaDB, so it is not stopped: the platform (from its sources,
 * a child process) reaches it through a TCP proxy on loopback that this bench closes, with every
 * open connection cut, for the outage, then opens again on the same port. Deposits asking for
 * publication (publication_open_data = 3) are dropped first; the outage starts when 15 % of them
 * are settled. The bench reads the database directly (not through the proxy).
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rename, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { initOrm, setLogLevel } from '@opendata/api';
import { buildDeposit, minimalPdf } from '@opendata/api/testing';
import { numberArg } from './bench-deposits.js';
import {
  BENCH_ADMIN,
  freePort,
  openDataOrganization,
  startSourcePlatform,
} from './source-platform.js';

const args = process.argv.slice(2);
const N = numberArg(args, 'deposits', 300);
const OUTAGE_S = numberArg(args, 'outage-s', 30);
const PDF_KB = numberArg(args, 'pdf-kb', 4);
const DB = 'bench_db_outage';

setLogLevel('silent');
execFileSync('mariadb', [
  '-uroot',
  '-h127.0.0.1',
  '-e',
  `drop database if exists ${DB}; create database ${DB} character set utf8mb4 collate utf8mb4_unicode_ci`,
]);

// The proxy: one upstream connection per client connection; `cut()` closes everything.
const port = await freePort();
const sockets = new Set<net.Socket>();
const proxy = net.createServer((client) => {
  const upstream = net.connect(3306, '127.0.0.1');
  for (const s of [client, upstream]) {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
    s.on('error', () => s.destroy());
  }
  client.pipe(upstream).pipe(client);
});
const listen = () => new Promise<void>((r) => proxy.listen(port, '127.0.0.1', () => r()));
const cut = () =>
  new Promise<void>((r) => {
    proxy.close(() => r());
    for (const s of sockets) {
      s.destroy();
    }
  });
await listen();

const dataDir = await mkdtemp(path.join(os.tmpdir(), 'db-outage-bench-'));
const env = {
  DATA_DIR: dataDir,
  DATABASE_URL: `mariadb://root@127.0.0.1:${port}/${DB}`,
  JOBS_PROCESS_EVERY_MS: '250',
  ADMIN_EMAIL: BENCH_ADMIN.email,
  ADMIN_PASSWORD: BENCH_ADMIN.password,
};
const platform = await startSourcePlatform(env);
await platform.healthy();
await openDataOrganization(platform.url, '213502388', 'Commune de Rennes');
const orm = await initOrm({
  kind: 'mysql',
  url: `mysql://root@127.0.0.1:3306/${DB}`,
  mariadb: true,
});
const conn = orm.em.getConnection();
const rows = async <T>(sql: string) => (await conn.execute(sql)) as T[];
const count = async (sql: string) => Number((await rows<{ n: number }>(sql))[0]!.n);
const settled = () =>
  count(`select count(*) as n from deposits where status in ('DONE', 'FAILED')`);

const staging = path.join(dataDir, 'staging');
await mkdir(staging, { recursive: true });
const pdf = (label: string) => Buffer.concat([minimalPdf(label), Buffer.alloc(PDF_KB * 1024, 7)]);
for (let i = 0; i < N; i++) {
  const zip = await buildDeposit({
    metadata: { numero_de_lacte: `M_${i}`, publication_open_data: '3' },
    contents: { 'Annexe 1 - Étude d’impact.pdf': pdf(`annexe ${i}`) },
  });
  await writeFile(path.join(staging, `m${i}.zip`), zip);
}
const depositDir = path.join(dataDir, 'deposits', 'incoming');
const t0 = performance.now();
await Promise.all(
  Array.from({ length: N }, (_, i) =>
    rename(path.join(staging, `m${i}.zip`), path.join(depositDir, `m${i}.zip`)),
  ),
);
while ((await settled()) < Math.ceil(N * 0.15)) {
  await new Promise((r) => setTimeout(r, 100));
}
const before = await settled();
await cut();
const tCut = performance.now();
const healths = new Map<string, number>();
const publicReplies = new Map<string, number>();
while (performance.now() - tCut < OUTAGE_S * 1000) {
  const h = await fetch(`${platform.url}/healthz`).catch(() => null);
  const body = h ? ((await h.json()) as { components?: { database?: { ok: boolean } } }) : null;
  const hk = h
    ? `${h.status} database ${body?.components?.database?.ok ? 'ok' : 'down'}`
    : 'no answer';
  healths.set(hk, (healths.get(hk) ?? 0) + 1);
  const g = await fetch(`${platform.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ searchActs(siren: "213502388") { totalCount } }' }),
  }).catch(() => null);
  const text = g ? await g.text() : '';
  const gk = g ? `${g.status} ${/"code":"([^"]+)"/.exec(text)?.[1] ?? 'data'}` : 'no answer';
  publicReplies.set(gk, (publicReplies.get(gk) ?? 0) + 1);
  await new Promise((r) => setTimeout(r, 1000));
}
const duringSettled = await settled();
await listen();
const tBack = performance.now();
let healthyAfter = NaN;
for (;;) {
  await new Promise((r) => setTimeout(r, 500));
  if (Number.isNaN(healthyAfter)) {
    const h = await fetch(`${platform.url}/healthz`).catch(() => null);
    if (h?.status === 200) {
      healthyAfter = (performance.now() - tBack) / 1000;
    }
  }
  const pending = await count(
    'select count(*) as n from agenda_jobs where repeat_interval is null and (next_run_at is not null or locked_at is not null)',
  );
  if ((await settled()) >= N && pending === 0) {
    break;
  }
  if (performance.now() - tBack > 20 * 60_000) {
    process.stdout.write(`timed out; platform log:\n${platform.log()}\n`);
    break;
  }
}
const doneS = (performance.now() - tBack) / 1000;
const byStatus = await rows<{ status: string; n: number }>(
  'select status, count(*) as n from deposits group by status',
);
const twice = await rows<{ n: number }>(
  'select count(*) as n from acts group by organization_id, number, date having count(*) > 1',
);
const published = await count(`select count(*) as n from acts where status = 'PUBLISHED'`);
const search = await fetch(`${platform.url}/graphql`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query: '{ searchActs(siren: "213502388") { totalCount } }' }),
});
const indexed = ((await search.json()) as { data?: { searchActs: { totalCount: number } } }).data
  ?.searchActs.totalCount;
const alive = platform.child.exitCode === null && platform.child.signalCode === null;
await platform.stop();
await orm.close(true);
proxy.close();
execFileSync('mariadb', ['-uroot', '-h127.0.0.1', '-e', `drop database if exists ${DB}`]);
process.stdout.write(
  [
    `deposits: ${N} asking for publication; MariaDB cut (TCP proxy closed, connections reset) for ${OUTAGE_S} s when ${before}/${N} were settled (${((tCut - t0) / 1000).toFixed(1)} s in)`,
    `during the outage: ${duringSettled - before} more settled; /healthz ${[...healths].map(([k, n]) => `${k} ×${n}`).join(', ')}; public searchActs ${[...publicReplies].map(([k, n]) => `${k} ×${n}`).join(', ')}`,
    `after: /healthz 200 again ${healthyAfter.toFixed(1)} s after the database came back; every deposit settled and jobs drained ${doneS.toFixed(1)} s after`,
    `deposits ${byStatus.map((r) => `${r.status}=${r.n}`).join(' ')}; acts present twice: ${twice.length}; published ${published}; searchActs totalCount ${indexed}`,
    `platform process alive through the outage: ${alive ? 'yes' : 'no'}`,
  ].join('\n') + '\n',
);
process.exit(0);
