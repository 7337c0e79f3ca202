import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { JobProgressEvent } from '../../src/core/topics.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { mysqlSkipReason } from '../support/test-db.js';

const skip = mysqlSkipReason();
if (skip) {
  process.stdout.write(`[skipped] live events e2e on MySQL: ${skip}\n`);
}

const apiDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const tsx = path.resolve(apiDir, '..', '..', 'node_modules', '.bin', 'tsx');
const publisher = path.join(apiDir, 'test', 'support', 'outbox-publisher.ts');

const JOB_PROGRESS = `subscription {
  jobProgress { jobId name state progress message siren at }
}`;

interface Received {
  jobId: string;
  name: string;
  state: string;
  progress: number;
  message: string | null;
  siren: string | null;
  at: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor(what: string, check: () => boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}`);
    }
    await sleep(50);
  }
}

/** Runs the publisher script as a separate Node process on the same database. */
function runWorkerProcess(app: TestApp, event: JobProgressEvent): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, ['--conditions=source', publisher], {
      cwd: apiDir,
      env: {
        ...process.env,
        OUTBOX_TEST_DATABASE: JSON.stringify(app.config.database),
        OUTBOX_TEST_EVENT: JSON.stringify(event),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`worker process exited ${code}: ${out}`)),
    );
  });
}

function subscribe(client: Client, sink: { data: Received[]; errors: unknown[] }) {
  return client.subscribe<{ jobProgress: Received }>(
    { query: JOB_PROGRESS },
    {
      next: (r) => {
        if (r.errors) {
          sink.errors.push(...r.errors);
        }
        if (r.data) {
          sink.data.push(r.data.jobProgress);
        }
      },
      error: (e) =>
        sink.errors.push(e instanceof Error ? e : { close: (e as { code?: number }).code ?? null }),
      complete: () => undefined,
    },
  );
}

describe.skipIf(skip)('live events across processes', () => {
  let app: TestApp;
  let token: string;
  const clients: Client[] = [];

  const connect = (authorization?: string) => {
    const client = createClient({
      url: `${app.url.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: authorization ? { authorization } : {},
      retryAttempts: 0,
    });
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    app = await createTestApp('live-events');
    token = await app.loginAdmin();
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await app?.close();
  });

  it('delivers a job progress published by a separate worker process, exactly once', async () => {
    const sink = { data: [] as Received[], errors: [] as unknown[] };
    subscribe(connect(`Bearer ${token}`), sink);
    const events = app.runtime.components.events!;

    // The subscription is live once a probe published in the api process comes back.
    let probes = 0;
    await waitFor('the subscription to be live', () => {
      if (sink.data.length === 0) {
        probes += 1;
        void events.publish('JOB_PROGRESS', {
          jobId: `probe-${probes}`,
          name: 'probe',
          state: 'running',
          progress: 0,
          sirens: [],
          at: new Date().toISOString(),
        });
      }
      return sink.data.length > 0;
    });

    // Published in the api process itself (as in the all-in-one process).
    await events.publish('JOB_PROGRESS', {
      jobId: 'job-from-api',
      name: 'deposit.ingest',
      state: 'running',
      progress: 10,
      sirens: [],
      at: new Date().toISOString(),
    });

    const at = new Date().toISOString();
    const out = await runWorkerProcess(app, {
      jobId: 'job-from-worker',
      name: 'deposit.ingest',
      state: 'completed',
      progress: 100,
      message: 'Dépôt traité',
      siren: '215600461',
      sirens: ['215600461'],
      at,
    });
    expect(out).toMatch(/published from/);
    await waitFor('the worker event', () => sink.data.some((e) => e.jobId === 'job-from-worker'));
    await sleep(1000); // several relay polls: nothing may arrive twice

    expect(sink.errors).toEqual([]);
    const fromWorker = sink.data.filter((e) => e.jobId === 'job-from-worker');
    expect(fromWorker).toEqual([
      {
        jobId: 'job-from-worker',
        name: 'deposit.ingest',
        state: 'COMPLETED',
        progress: 100,
        message: 'Dépôt traité',
        siren: '215600461',
        at,
      },
    ]);
    // The event published in the api process reached it once: no echo through its own relay.
    expect(sink.data.filter((e) => e.jobId === 'job-from-api')).toHaveLength(1);
  });

  it('closes a socket without a signed-in viewer before reading any operation (4403)', async () => {
    const sink = { data: [] as Received[], errors: [] as unknown[] };
    subscribe(connect(), sink);
    await waitFor('the refusal', () => sink.errors.length > 0);
    expect(sink.data).toEqual([]);
    expect(sink.errors).toEqual([{ close: 4403 }]);
  });
});
