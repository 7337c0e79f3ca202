// The GraphQL acts page (20 rows, staff session) against a bare node:http + libsql handler
// running the same two statements (count + page), on the same SQLite file, both under C
// keep-alive clients. Shared by load-bench and api-overhead-bench. The two run in alternating
// rounds so that a change of load on a shared machine weighs on both alike.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './source-platform.js';

export const ACTS_PAGE = `query($siren: String) { acts(filter: { siren: $siren }, first: 20, orderBy: { field: DATE, direction: DESC }) {
  totalCount nodes { id number date subject status nature publishedAt } } }`;
export const BARE_SQL_COUNT = `select count(*) as n from acts a join organizations o on o.id = a.organization_id where o.siren = ? and a.deleted_at is null`;
export const BARE_SQL_PAGE = `select a.id, a.number, a.date, a.subject, a.status, a.nature, a.published_at from acts a join organizations o on o.id = a.organization_id where o.siren = ? and a.deleted_at is null order by a.date desc, a.id desc limit 21`;

export interface Reply {
  status: number;
  body: string;
}

export function post(agent: http.Agent, url: string, body: string, token?: string): Promise<Reply> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: u.hostname,
        port: u.port,
        method: 'POST',
        path: u.pathname,
        agent,
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Starts the bare handler on a SQLite file (read-only); resolves once it listens. */
export async function startBareHandler(sqlitePath: string) {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [
      '-e',
      `const Database = require('libsql'); const http = require('node:http');
const db = new Database(${JSON.stringify(sqlitePath)}, { readonly: true });
const count = db.prepare(${JSON.stringify(BARE_SQL_COUNT)}); const page = db.prepare(${JSON.stringify(BARE_SQL_PAGE)});
http.createServer((req, res) => { let b = ''; req.on('data', (c) => (b += c)); req.on('end', () => {
  const { siren } = JSON.parse(b); const rows = page.all(siren);
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify({ data: { acts: { totalCount: count.get(siren).n, nodes: rows.slice(0, 20) } } }));
}); }).listen(${port}, '127.0.0.1', () => process.stdout.write('ready\\n'));`,
    ],
    {
      cwd: path.join(path.dirname(fileURLToPath(import.meta.url)), '../packages/api'),
      stdio: 'pipe',
    },
  );
  await new Promise<void>((resolve, reject) => {
    child.stdout.once('data', () => resolve());
    child.once('exit', (code) => reject(new Error(`bare handler exited ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}/`, pid: child.pid, stop: () => child.kill() };
}

/** CPU seconds of a process's main thread (Linux; NaN elsewhere or without a pid). */
export function mainThreadCpu(pid: number | undefined): number {
  try {
    const stat = readFileSync(`/proc/${pid}/task/${pid}/stat`, 'utf8');
    const fields = stat.split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}

async function closedLoop(conns: number, seconds: number, run: (a: http.Agent) => Promise<Reply>) {
  let done = 0;
  let failed = 0;
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: conns }, async () => {
      const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
      while (performance.now() < until) {
        const r = await run(agent).catch(() => null);
        if (r && r.status === 200 && !r.body.includes('"errors"')) {
          done++;
        } else {
          failed++;
        }
      }
      agent.destroy();
    }),
  );
  return { done, failed };
}

export interface Comparison {
  /** `cpuMs`: main-thread CPU per request (less sensitive to a shared machine's load). */
  graphql: { rps: number; failed: number; cpuMs: number };
  bare: { rps: number; failed: number; cpuMs: number };
  ratio: number;
  /** Bare CPU per request / GraphQL CPU per request. */
  cpuRatio: number;
}

/** `rounds` alternating rounds of `seconds / rounds` each side, `conns` clients, after `warmup`. */
export async function compareActsPage(options: {
  platformUrl: string;
  sqlitePath: string;
  token: string;
  siren: string;
  /** The platform's pid, for its CPU time (absent: NaN). */
  platformPid?: number;
  conns: number;
  seconds: number;
  rounds?: number;
  /** Seconds each side runs first, unmeasured (a long-running server's code is compiled). */
  warmup?: number;
}): Promise<Comparison> {
  const rounds = options.rounds ?? 4;
  const slice = options.seconds / rounds;
  const bare = await startBareHandler(options.sqlitePath);
  const body = JSON.stringify({ query: ACTS_PAGE, variables: { siren: options.siren } });
  const bareBody = JSON.stringify({ siren: options.siren });
  const g = { done: 0, failed: 0, cpu: 0 };
  const b = { done: 0, failed: 0, cpu: 0 };
  try {
    if (options.warmup) {
      await closedLoop(options.conns, options.warmup, (agent) =>
        post(agent, `${options.platformUrl}/graphql`, body, options.token),
      );
      await closedLoop(options.conns, options.warmup, (agent) => post(agent, bare.url, bareBody));
    }
    for (let r = 0; r < rounds; r++) {
      let cpu = mainThreadCpu(options.platformPid);
      const viaGraphql = await closedLoop(options.conns, slice, (agent) =>
        post(agent, `${options.platformUrl}/graphql`, body, options.token),
      );
      g.cpu += mainThreadCpu(options.platformPid) - cpu;
      cpu = mainThreadCpu(bare.pid);
      const viaBare = await closedLoop(options.conns, slice, (agent) =>
        post(agent, bare.url, bareBody),
      );
      b.cpu += mainThreadCpu(bare.pid) - cpu;
      g.done += viaGraphql.done;
      g.failed += viaGraphql.failed;
      b.done += viaBare.done;
      b.failed += viaBare.failed;
    }
  } finally {
    bare.stop();
  }
  const graphql = {
    rps: g.done / options.seconds,
    failed: g.failed,
    cpuMs: (g.cpu * 1000) / g.done,
  };
  const bareRate = {
    rps: b.done / options.seconds,
    failed: b.failed,
    cpuMs: (b.cpu * 1000) / b.done,
  };
  return {
    graphql,
    bare: bareRate,
    ratio: graphql.rps / bareRate.rps,
    cpuRatio: bareRate.cpuMs / graphql.cpuMs,
  };
}
