import type { IngestOutcome } from '@opendata/api';
import type { JobOutcome } from '@opendata/api/jobs';
import { defineBatchJob } from '../agenda.js';

function jobOutcome(outcome: IngestOutcome): JobOutcome {
  switch (outcome.status) {
    case 'failed':
      return { status: 'done', detail: `Dépôt mis en quarantaine (${outcome.detail}).` };
    case 'skipped':
      return { status: 'skipped', detail: 'Dépôt déjà traité.' };
    case 'done':
      return { status: 'done', detail: 'Dépôt intégré.' };
  }
}

/**
 * One complete zip from DEPOSIT_DIR (or a retried one from quarantine) → one act. The runs
 * happening together are ingested as one batch: one transaction, one lookup per table and one
 * follow-up job of each kind for up to 32 zips.
 */
export const depositIngestJob = defineBatchJob(
  'deposit.ingest',
  async ({ runs, services, log }) => {
    const started = Date.now();
    const outcomes = await services.depositIngest.ingestBatch(
      runs.map((r) => ({ path: r.data.path, depositId: r.data.depositId })),
    );
    log.info({ deposits: runs.length, ms: Date.now() - started }, 'deposit batch ingested');
    return outcomes.map((outcome, i) => {
      log.info({ jobId: runs[i]!.jobId, ...outcome }, 'deposit handled');
      return jobOutcome(outcome);
    });
  },
  {
    // Up to 64 runs wait together for batches of 32; the zips of the waiting ones are prepared
    // (read, hashed, unzipped, stored) while the batch before them is written.
    concurrency: 64,
    maxBatch: 32,
    ahead: (run, components) => components.depositPrep.prepareAhead(run.data.path),
  },
);
