import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MikroORM } from '@mikro-orm/core';
import { loadConfig, type Config } from '../../src/core/config.js';
import { initOrm } from '../../src/app/db/orm.js';
import {
  createJobQueue,
  type JobQueue,
  type JobQueueOptions,
} from '../../src/infra/jobs/job-queue.js';
import { setLogLevel } from '../../src/core/logger.js';
import { freshDatabase, mysqlSkipReason, testDialect } from '../support/test-db.js';

const here = path.dirname(fileURLToPath(import.meta.url));
export const apiDir = path.resolve(here, '..', '..');

/** One job backend implementation the contract suite runs against. */
export interface BackendTarget {
  label: string;
  /** Why this implementation cannot be tested here (printed), or undefined. */
  skipReason?: string;
  mongodbUrl?: string;
}

/** Ours on the project's SQL dialect always; MongoDB when MONGODB_URL is set (SQLite run only). */
export function backendTargets(): BackendTarget[] {
  const dialect = testDialect();
  const targets: BackendTarget[] = [{ label: `sql-${dialect}`, skipReason: mysqlSkipReason() }];
  if (dialect === 'sqlite') {
    const url = process.env.MONGODB_URL;
    targets.push({
      label: 'mongodb',
      mongodbUrl: url,
      skipReason: url ? undefined : 'MONGODB_URL is not set: no MongoDB server to run it against',
    });
  }
  return targets;
}

/** Test job names and payloads (the real contract is not involved). */
export interface TestContract {
  'test.now': { n: number };
  'test.schedule': { n: number };
  'test.every': Record<string, never>;
  'test.unique': { n: number };
  'test.concurrency': { n: number };
  'test.retry': { n: number };
  'test.recover': { n: number };
  'test.crash': { n: number };
  'test.race': { n: number };
}

/** What a child process needs to open the same database and job backend. */
export interface ChildSpec {
  mode: 'crash' | 'race';
  worker: string;
  database: Config['database'];
  mongodbUrl?: string;
  lockLifetimeMs: number;
}

export interface JobsEnv {
  config: Config;
  orm: MikroORM;
  queue(options?: Partial<JobQueueOptions>): Promise<JobQueue<TestContract>>;
  child(spec: Omit<ChildSpec, 'database' | 'mongodbUrl'>): ChildProcess;
  close(): Promise<void>;
}

/** A fresh database with the schema, a `job_runs` table, and queues with fast test timings. */
export async function createJobsEnv(name: string, target: BackendTarget): Promise<JobsEnv> {
  setLogLevel(process.env.TEST_LOG_LEVEL ?? 'silent');
  const config = loadConfig({ DATA_DIR: os.tmpdir(), LOG_LEVEL: 'silent' });
  config.database = await freshDatabase(name);
  config.mongodbUrl = target.mongodbUrl;
  const orm = await initOrm(config.database);
  await orm.schema.createSchema();
  await orm.em
    .getConnection()
    .execute(
      'create table job_runs (job_id varchar(64) not null, worker varchar(64) not null, at bigint not null)',
    );
  const queues: JobQueue<TestContract>[] = [];
  const children: ChildProcess[] = [];
  return {
    config,
    orm,
    async queue(options = {}) {
      const queue = await createJobQueue<TestContract>({
        config,
        orm,
        processEveryMs: 100,
        lockLifetimeMs: 5000,
        readyTimeoutMs: 5000,
        ...options,
      });
      if (queues.length === 0) {
        await queue.agenda.ready;
        await queue.agenda.cancelAll();
      }
      queues.push(queue);
      return queue;
    },
    child(spec) {
      const full: ChildSpec = { ...spec, database: config.database, mongodbUrl: target.mongodbUrl };
      // `node --import tsx` (not the tsx CLI, which runs node as a grandchild): SIGKILL must
      // reach the very process that holds the lock.
      const proc = spawn(
        process.execPath,
        ['--import', 'tsx', '--conditions=source', path.join(here, 'job-worker-child.ts')],
        {
          cwd: apiDir,
          env: { ...process.env, JOB_CHILD: JSON.stringify(full), LOG_LEVEL: 'silent' },
          stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
        },
      );
      children.push(proc);
      return proc;
    },
    async close() {
      for (const proc of children) {
        if (proc.exitCode === null && proc.signalCode === null) {
          proc.kill('SIGKILL');
        }
      }
      await Promise.all(queues.map((q) => q.stop(1000)));
      await orm.close(true);
    },
  };
}

/** Resolves with the first IPC message of a child matching `type`. */
export function nextMessage<T extends { type: string }>(proc: ChildProcess, type: T['type']) {
  return new Promise<T>((resolve, reject) => {
    const onMessage = (msg: T) => {
      if (msg?.type === type) {
        proc.off('message', onMessage);
        resolve(msg);
      }
    };
    proc.on('message', onMessage);
    proc.once('exit', (code, signal) =>
      reject(new Error(`child exited (${code ?? signal}) before sending '${type}'`)),
    );
  });
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `check` every 50 ms until it returns true, or fails after `timeoutMs`. */
export async function waitFor(
  check: () => boolean | Promise<boolean>,
  timeoutMs: number,
  what: string,
) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    }
    await sleep(50);
  }
}

export async function countRuns(orm: MikroORM): Promise<{ total: number; distinct: number }> {
  const [row] = await orm.em
    .getConnection()
    .execute<{ total: unknown; n: unknown }[]>(
      'select count(*) as total, count(distinct job_id) as n from job_runs',
    );
  return { total: Number(row?.total ?? 0), distinct: Number(row?.n ?? 0) };
}
