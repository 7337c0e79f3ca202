import { childLogger, createServices, systemViewer, withCorrelationId, type Components } from '@opendata/api';
import { defineJob } from '../agenda.js';
import { DepositBatcher } from './deposit-batcher.js';

/** One batcher per runtime: the deposits of jobs running together share one transaction. */
const batchers = new WeakMap<Components, DepositBatcher>();

function batcherOf(components: Components): DepositBatcher {
  let batcher = batchers.get(components);
  if (!batcher) {
    const log = childLogger('jobs').child({ job: 'deposit.ingest' });
    // A batch logs under its own correlation id (each job still logs its own outcome).
    batcher = new DepositBatcher((items) =>
      withCorrelationId(undefined, async () => {
        const started = Date.now();
        const em = components.orm.em.fork();
        const outcomes = await createServices(em, components, systemViewer('job:deposit.ingest')).depositIngest.ingestBatch(items);
        log.info({ deposits: items.length, ms: Date.now() - started }, 'deposit batch ingested');
        return outcomes;
      }),
    );
    batchers.set(components, batcher);
  }
  return batcher;
}

/** One complete zip from DEPOSIT_DIR (or a retried one from quarantine) → one act. */
export const depositIngestJob = defineJob(
  'deposit.ingest',
  async ({ data, components, log }) => {
    const outcome = await batcherOf(components).ingest({ path: data.path, depositId: data.depositId });
    log.info({ ...outcome }, 'deposit handled');
    return {
      status: outcome.status === 'skipped' ? 'skipped' : 'done',
      detail:
        outcome.status === 'failed'
          ? `Dépôt mis en quarantaine (${outcome.detail}).`
          : outcome.status === 'skipped'
            ? 'Dépôt déjà traité.'
            : 'Dépôt intégré.',
    };
  },
  // Jobs running together are ingested as one batch (see DepositBatcher).
  { concurrency: 64 },
);
