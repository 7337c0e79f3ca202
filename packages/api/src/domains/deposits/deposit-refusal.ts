import { ConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import { DepositError } from './deposit-error.js';
import type { DepositLayout } from './deposit-layout.js';
import type { Settled } from './deposit-notices.js';
import { Deposit, DepositStatus } from './deposit.entity.js';

const DATA_ERRORS = new Set([
  'ER_DATA_TOO_LONG',
  'ER_TRUNCATED_WRONG_VALUE',
  'ER_TRUNCATED_WRONG_VALUE_FOR_FIELD',
  'ER_WARN_DATA_OUT_OF_RANGE',
  'ER_INVALID_CHARACTER_STRING',
]);

/**
 * Whether the database refused the data itself (too long, invalid, a constraint), which no
 * retry can fix, as opposed to being unreachable or busy (then the job is retried).
 */
export function isDataRefusal(err: unknown): boolean {
  if (err instanceof ConstraintViolationException) {
    return true;
  }
  const e = err as { code?: unknown; message?: unknown };
  return (
    (typeof e?.code === 'string' && DATA_ERRORS.has(e.code)) ||
    (typeof e?.message === 'string' && /SQLITE_(CONSTRAINT|TOOBIG|MISMATCH)/.test(e.message))
  );
}

/**
 * Records a deposit whose data the database refused as FAILED, in a clean unit of work, with a
 * French message staff can act on: a deposit always ends DONE or FAILED, never retried forever.
 */
export async function settleRefused(
  em: EntityManager,
  layout: DepositLayout,
  s: Settled,
  err: unknown,
): Promise<void> {
  em.clear();
  const refusal = new DepositError(
    'deposit/refused_by_database',
    'Le dépôt n’a pas pu être enregistré : la base de données refuse une de ses valeurs (trop longue ou invalide). Corrigez-le dans le logiciel d’envoi puis envoyez-le à nouveau.',
    { technical: String((err as Error)?.message ?? err).slice(0, 500) },
  );
  const from = s.deposit;
  const to = layout.settledPath('quarantine', from.id, from.fileName);
  const deposit =
    (await em.findOne(Deposit, { id: from.id })) ??
    em.create(Deposit, {
      id: from.id,
      fileName: from.fileName,
      sha256: from.sha256,
      size: from.size,
      status: DepositStatus.FAILED,
      storedPath: to,
    });
  Object.assign(deposit, {
    status: DepositStatus.FAILED,
    errorCode: refusal.code,
    errorMessage: refusal.message,
    siren: from.siren && /^\d{9}$/.test(from.siren) ? from.siren : null,
    pastellId: null,
    act: null,
    warnings: [],
    attempts: from.attempts,
    processedAt: new Date(),
    storedPath: to,
  });
  await em.flush();
  Object.assign(s, { deposit, act: null, failure: refusal, to });
}
