import { defineJob } from '../agenda.js';

/** One complete zip from DEPOSIT_DIR (or a retried one from quarantine) → one act. */
export const depositIngestJob = defineJob(
  'deposit.ingest',
  async ({ data, services, log }) => {
    const outcome = await services.depositIngest.ingest(data.path, data.depositId);
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
  { concurrency: 4 },
);
