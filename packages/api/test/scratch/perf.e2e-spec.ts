import { it } from 'vitest';
import { createJobsEnv, waitFor } from '../jobs/job-test-env.js';

it('perf', async () => {
  const env = await createJobsEnv('perf', { label: 'sql' });
  const q = await env.queue();
  let t = Date.now();
  for (let n = 0; n < 500; n += 50) {
    await Promise.all(Array.from({ length: 50 }, (_, i) => q.enqueue('test.race', { n: n + i })));
  }
  console.log('enqueue', Date.now() - t);
  let done = 0;
  const repo = q.agenda.db;
  const orig = repo.getNextJobToRun.bind(repo);
  let lockMs = 0, locks = 0;
  repo.getNextJobToRun = async (...a) => { const s = performance.now(); const r = await orig(...a); lockMs += performance.now() - s; locks++; return r; };
  const origState = repo.saveJobState.bind(repo);
  let stateMs = 0;
  repo.saveJobState = async (...a) => { const s = performance.now(); const r = await origState(...a); stateMs += performance.now() - s; return r; };
  q.agenda.define('test.race', async () => { done++; }, { concurrency: 5 });
  t = Date.now();
  await q.start();
  await waitFor(() => done === 500, 60000, 'done');
  console.log('run', Date.now() - t, 'lockMs', Math.round(lockMs), 'locks', locks, 'stateMs', Math.round(stateMs));
  await env.close();
}, 120000);
