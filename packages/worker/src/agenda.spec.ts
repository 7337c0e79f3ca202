import { NotFoundError } from '@opendata/api';
import { JobInterruptedError, JobQueueUnavailableError } from '@opendata/api/jobs';
import { describe, expect, it } from 'vitest';
import {
  clampPercent,
  defineJob,
  failureMessage,
  interruptedByStop,
  queueFailure,
} from './agenda.js';

describe('job helpers', () => {
  it('shows staff the French message of expected errors, and hides the others', () => {
    expect(failureMessage(new NotFoundError('acts/not_found', 'Acte introuvable.'))).toBe(
      'Acte introuvable.',
    );
    expect(failureMessage(new Error('ECONNRESET at socket.js:12'))).toBe(
      'Le traitement a échoué ; l’erreur a été journalisée.',
    );
  });

  it('never leaves a driver’s text (SQL, paths) as the fail reason staff read', () => {
    const sql = new Error("insert into `acts` (`id`) values ('x') - ER_DUP_ENTRY");
    const kept = queueFailure(sql);
    expect(kept.message).toBe('Le traitement a échoué ; l’erreur a été journalisée.');
    expect(kept.cause).toBe(sql);
    const expected = new NotFoundError('acts/not_found', 'Acte introuvable.');
    expect(queueFailure(expected)).toBe(expected);
  });

  it('keeps progress within 0–100, as whole percents', () => {
    expect([-5, 12.6, 100, 250, Number.NaN].map(clampPercent)).toEqual([0, 13, 100, 100, 0]);
  });

  it('defines a job typed by the contract, with default options', () => {
    const job = defineJob('deposit.ingest', async ({ data }) => ({
      status: data.path.endsWith('.zip') ? 'done' : 'skipped',
    }));
    expect(job.name).toBe('deposit.ingest');
    expect(job.options).toEqual({});
  });

  it('hands back a run cut short by the stop, and only that', () => {
    const stopping = { stopping: true };
    const running = { stopping: false };
    expect(interruptedByStop(running, new JobInterruptedError('OCR'))).toBe(true);
    expect(interruptedByStop(stopping, new JobQueueUnavailableError())).toBe(true);
    // A queue out of reach while the process runs is a fault: retried with backoff as usual.
    expect(interruptedByStop(running, new JobQueueUnavailableError())).toBe(false);
    expect(interruptedByStop(stopping, new Error('ECONNRESET'))).toBe(false);
  });
});
