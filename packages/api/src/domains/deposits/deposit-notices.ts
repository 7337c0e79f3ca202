import type { Ports } from '../../core/ports.js';
import type { Act } from '../acts/act.entity.js';
import type { DepositError } from './deposit-error.js';
import type { Deposit } from './deposit.entity.js';

/** A deposit settled by a round of ingestion: its zip's move and what it produced. */
export interface Settled {
  index: number;
  deposit: Deposit;
  from: string;
  to: string;
  act: Act | null;
  failure?: DepositError;
}

/** Live events and follow-up jobs of a round: one projection and one PDF-text job for all. */
export async function notifySettled(ports: Ports, settled: Settled[]): Promise<void> {
  const at = new Date().toISOString();
  const notices: Promise<unknown>[] = [];
  const actIds: string[] = [];
  const pdfs: string[] = [];
  const sirens = new Set<string>();
  for (const { deposit, act } of settled) {
    notices.push(
      ports.publish('DEPOSIT_PROCESSED', {
        depositId: deposit.id,
        siren: deposit.siren ?? null,
        status: deposit.status,
        errorCode: deposit.errorCode ?? null,
        at,
      }),
    );
    if (act) {
      notices.push(
        ports.publish('ACT_CHANGED', {
          actId: act.id,
          siren: act.organization.siren,
          status: act.status,
          change: 'deposit',
          at,
        }),
      );
      actIds.push(act.id);
      sirens.add(act.organization.siren);
      pdfs.push(
        ...act.documents
          .getItems()
          .filter((d) => d.mediaType === 'application/pdf')
          .map((d) => d.id),
      );
    }
  }
  notices.push(enqueueFollowUps(ports, actIds, pdfs, [...sirens]));
  await Promise.all(notices);
}

function enqueueFollowUps(ports: Ports, actIds: string[], pdfs: string[], sirens: string[]) {
  return Promise.all([
    actIds.length && ports.enqueue('acts.project', { actIds, reason: 'deposit', sirens }),
    pdfs.length && ports.enqueue('documents.extract', { documentIds: pdfs, sirens }),
  ]);
}

/**
 * The follow-up jobs of deposits found already DONE by a new run (idempotent). A run whose
 * commit succeeded but whose jobs could not be queued (database lost, process killed) is run
 * again, finds its deposits DONE, and queues them here: an act is never left unprojected.
 */
export async function requeueFollowUps(ports: Ports, acts: Act[]): Promise<void> {
  const sirens = [...new Set(acts.map((a) => a.organization.siren))];
  const pdfs = acts.flatMap((a) =>
    a.documents
      .getItems()
      .filter((d) => d.mediaType === 'application/pdf')
      .map((d) => d.id),
  );
  await enqueueFollowUps(
    ports,
    acts.map((a) => a.id),
    pdfs,
    sirens,
  );
}
