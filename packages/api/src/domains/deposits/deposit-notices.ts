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
  if (actIds.length) {
    notices.push(ports.enqueue('acts.project', { actIds, reason: 'deposit', sirens: [...sirens] }));
  }
  if (pdfs.length) {
    notices.push(ports.enqueue('documents.extract', { documentIds: pdfs, sirens: [...sirens] }));
  }
  await Promise.all(notices);
}
