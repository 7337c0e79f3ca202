import 'reflect-metadata';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  createApiRuntime,
  currentCorrelationId,
  initOrm,
  loadConfig,
  setLogLevel,
  type ApiRuntime,
  type JobProgressEvent,
} from '@opendata/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineJob, registerJobs } from '../../src/agenda.js';

const skip =
  process.env.TEST_DB === 'mysql'
    ? 'handlers do not depend on the dialect (the api job backend suite runs on MySQL)'
    : undefined;
if (skip) {
  process.stdout.write(`[skipped] worker jobs e2e on MySQL: ${skip}\n`);
}

const waitFor = async (check: () => boolean, ms: number) => {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) {
      throw new Error(`condition not met within ${ms} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

describe.skipIf(skip)('worker job handlers', () => {
  let runtime: ApiRuntime;
  const events: JobProgressEvent[] = [];
  let extractRuns = 0;
  let extractGate: Promise<void>;
  let openExtractGate: () => void;
  const seen: { correlationId?: string; viewer: string; forked: boolean; attempt: number }[] = [];

  beforeAll(async () => {
    setLogLevel('silent');
    const config = loadConfig({ DATA_DIR: await mkdtemp(path.join(os.tmpdir(), 'worker-jobs-')) });
    const orm = await initOrm(config.database);
    await orm.schema.createSchema();
    runtime = await createApiRuntime(config, {
      orm,
      migrate: false,
      relay: false,
      jobs: { processEveryMs: 100, lockLifetimeMs: 5000 },
    });
    // Progress goes to live events by default: listen where GraphQL subscriptions do.
    void (async () => {
      for await (const event of runtime.components.pubSub.subscribe('JOB_PROGRESS')) {
        events.push(event);
      }
    })();
    let exportRuns = 0;
    extractGate = new Promise((resolve) => (openExtractGate = resolve));
    registerJobs(runtime.components, [
      defineJob('dataset.nightly', async ({ em, services, progress, jobId, attempt }) => {
        seen.push({
          correlationId: currentCorrelationId() === jobId ? 'job id' : currentCorrelationId(),
          viewer: services.viewer.kind,
          forked: em !== runtime.components.orm.em,
          attempt,
        });
        await progress(50, 'À mi-chemin');
        return { status: 'done', detail: 'Jeux de données régénérés.' };
      }),
      defineJob(
        'documents.extract',
        async () => {
          extractRuns++;
          await extractGate;
          return { status: 'done' };
        },
        { concurrency: 1 },
      ),
      defineJob('organization.project', async ({ progress }) => {
        for (let i = 1; i <= 200; i++) {
          await progress(i / 2, `${i} / 200`);
        }
        return { status: 'done' };
      }),
      defineJob(
        'dataset.export',
        async ({ attempt }) => {
          exportRuns++;
          if (exportRuns === 1) {
            throw new Error('disque plein');
          }
          seen.push({ viewer: 'system', forked: true, attempt });
          return { status: 'skipped' };
        },
        { retry: { delayMs: 200, maxRetries: 1, jitter: 0 } },
      ),
    ]);
    await runtime.components.jobs!.start();
  });
  afterAll(async () => {
    await runtime?.close();
  });

  it('runs a handler with its own fork, system services, job correlation id and progress', async () => {
    const jobId = await runtime.components.jobs!.enqueue('dataset.nightly', {});
    await waitFor(() => events.some((e) => e.jobId === jobId && e.state === 'completed'), 5000);
    expect(seen[0]).toEqual({
      correlationId: 'job id',
      viewer: 'system',
      forked: true,
      attempt: 1,
    });
    expect(
      events.filter((e) => e.jobId === jobId).map((e) => [e.state, e.progress, e.message ?? null]),
    ).toEqual([
      ['queued', 0, null],
      ['running', 0, null],
      ['running', 50, 'À mi-chemin'],
      ['completed', 100, 'Jeux de données régénérés.'],
    ]);
  });

  it('sends one progress report per interval, however often the handler reports', async () => {
    const jobId = await runtime.components.jobs!.enqueue('organization.project', {
      siren: '215600461',
    });
    await waitFor(() => events.some((e) => e.jobId === jobId && e.state === 'completed'), 5000);
    expect(
      events.filter((e) => e.jobId === jobId).map((e) => [e.state, e.progress, e.message ?? null]),
    ).toEqual([
      ['queued', 0, null],
      ['running', 0, null],
      ['running', 1, '1 / 200'],
      ['completed', 100, null],
    ]);
  });

  it('holds at most twice its concurrency of jobs of one name locked, leaving the rest to other workers', async () => {
    const ids = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        runtime.components.jobs!.enqueue('documents.extract', { documentIds: [`doc-${i}`] }),
      ),
    );
    const conn = runtime.components.orm.em.getConnection();
    const locked = async () =>
      Number(
        (
          await conn.execute<{ n: number }[]>(
            `select count(*) as n from agenda_jobs where name = 'documents.extract' and locked_at is not null`,
          )
        )[0]!.n,
      );
    await waitFor(() => extractRuns === 1, 5000);
    // Several scans (100 ms apart) while the first job is held running.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(extractRuns).toBe(1);
    expect(await locked()).toBeLessThanOrEqual(2);
    openExtractGate();
    await waitFor(
      () => ids.every((id) => events.some((e) => e.jobId === id && e.state === 'completed')),
      10_000,
    );
  });

  it('reports a failure in French, the scheduled retry, then the outcome of the retry', async () => {
    const jobId = await runtime.components.jobs!.enqueue('dataset.export', {
      siren: '215600461',
      year: 2024,
    });
    await waitFor(() => events.some((e) => e.jobId === jobId && e.state === 'completed'), 5000);
    const mine = events.filter((e) => e.jobId === jobId);
    expect(mine.map((e) => [e.state, e.message ?? null])).toEqual([
      ['queued', null],
      ['running', null],
      ['failed', 'Le traitement a échoué ; l’erreur a été journalisée.'],
      ['queued', 'Nouvelle tentative dans 1 s (essai n° 2).'],
      ['running', null],
      ['completed', 'Rien à faire.'],
    ]);
    expect(mine.every((e) => e.siren === '215600461')).toBe(true);
    expect(seen.at(-1)?.attempt).toBe(2);
  });
});
