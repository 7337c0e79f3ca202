import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rename, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { badDeposits, buildDeposit, freshDatabase, mysqlSkipReason } from '@opendata/api/testing';
import { freePort } from '../../testing/platform.js';

const skip = mysqlSkipReason();
if (skip) {
  process.stdout.write(`[skipped] crash recovery e2e on MySQL: ${skip}\n`);
}
const here = path.dirname(fileURLToPath(import.meta.url));
const apiDir = path.resolve(here, '..', '..', '..', 'api');
const entry = path.resolve(here, '..', '..', 'src', 'all-in-one.ts');
const TOTAL = 200;
const BAD_EVERY = 10;

/** The real all-in-one process (node --import tsx, so SIGKILL reaches it directly). */
function startPlatformProcess(env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', '--conditions=source', entry], {
    cwd: apiDir,
    env: { ...process.env, ...env, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

describe.skipIf(skip)('kill -9 in the middle of 200 deposits, then restart', () => {
  const children: ChildProcess[] = [];
  afterAll(() => {
    for (const c of children) {
      c.kill('SIGKILL');
    }
  });

  it('ends with every deposit DONE or FAILED exactly once, nothing lost, no duplicate act', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'crash-'));
    const database = await freshDatabase('crash_recovery');
    const port = await freePort();
    const env: Record<string, string> = {
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      JOBS_PROCESS_EVERY_MS: '200',
      JOBS_LOCK_LIFETIME_MS: '5000',
      ADMIN_EMAIL: 'admin@plateforme.test',
      ADMIN_PASSWORD: 'mot-de-passe-admin',
      DATABASE_URL:
        database.kind === 'sqlite'
          ? `sqlite:${database.path}`
          : `${database.mariadb ? 'mariadb' : 'mysql'}${database.url.slice(database.url.indexOf(':'))}`,
    };
    const incoming = path.join(dataDir, 'deposits', 'incoming');
    const url = `http://127.0.0.1:${port}`;
    const healthy = async () => {
      for (let i = 0; i < 300; i++) {
        const ok = await fetch(`${url}/healthz`)
          .then((r) => r.ok)
          .catch(() => false);
        if (ok) {
          return;
        }
        await new Promise((r) => setTimeout(r, 200));
      }
      throw new Error('platform did not become healthy');
    };
    let child = startPlatformProcess(env);
    children.push(child);
    await healthy();
    // HTTP answers before the watcher has created the deposit folders: wait for them.
    for (let i = 0; i < 300 && !existsSync(incoming); i++) {
      await new Promise((r) => setTimeout(r, 100));
    }

    // 200 deposits written atomically (temp name, then rename), one bad in ten.
    let bad = 0;
    for (let i = 0; i < TOTAL; i++) {
      const zip =
        i % BAD_EVERY === 0
          ? (bad++, await badDeposits.noMetadata())
          : await buildDeposit({
              metadata: { numero_de_lacte: `CRASH_${i}`, objet: `Délibération de test ${i}` },
            });
      const tmp = path.join(incoming, `d${i}.zip.part`);
      await writeFile(tmp, zip);
      await rename(tmp, path.join(incoming, `dep${String(i).padStart(4, '0')}.zip`));
    }

    const token = async () => {
      const r = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query:
            'mutation { login(email: "admin@plateforme.test", password: "mot-de-passe-admin") { token } }',
        }),
      });
      return ((await r.json()) as { data: { login: { token: string } } }).data.login.token;
    };
    const state = async (t: string) => {
      const r = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${t}` },
        body: JSON.stringify({
          query:
            '{ done: deposits(filter: { status: DONE }) { totalCount } failed: deposits(filter: { status: FAILED }) { totalCount } all: deposits { totalCount } acts { totalCount } }',
        }),
      });
      const d = (
        (await r.json()) as {
          data: {
            done: { totalCount: number };
            failed: { totalCount: number };
            all: { totalCount: number };
            acts: { totalCount: number };
          };
        }
      ).data;
      return {
        done: d.done.totalCount,
        failed: d.failed.totalCount,
        all: d.all.totalCount,
        acts: d.acts.totalCount,
      };
    };

    // Kill -9 once a part of the work is done.
    let t = await token();
    for (let i = 0; i < 600; i++) {
      const s = await state(t);
      if (s.done + s.failed >= 30) {
        break;
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));

    child = startPlatformProcess(env);
    children.push(child);
    await healthy();
    t = await token();
    let s = await state(t);
    for (let i = 0; i < 900 && s.done + s.failed < TOTAL; i++) {
      await new Promise((r) => setTimeout(r, 200));
      s = await state(t);
      if (i % 25 === 0) {
        process.stdout.write(`crash recovery: ${JSON.stringify(s)}\n`);
      }
    }
    expect(s).toEqual({ done: TOTAL - bad, failed: bad, all: TOTAL, acts: TOTAL - bad });
    expect(await readdir(incoming)).toEqual([]);
    // Rows are committed (naming each zip's final place) before the zips move: the last batch's
    // moves may still be under way when the counts settle.
    await expect
      .poll(() => readdir(path.join(dataDir, 'deposits', 'queued')), { timeout: 15_000 })
      .toEqual([]);
    expect((await readdir(path.join(dataDir, 'deposits', 'quarantine'))).length).toBe(bad);
    expect((await readdir(path.join(dataDir, 'deposits', 'processed'))).length).toBe(TOTAL - bad);
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }, 240_000);
});
