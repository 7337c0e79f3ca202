import type { InfraComponents } from '../../infra/components.js';
import type { DepositPrep } from './deposit-preparation.js';

/** What the deposits domain keeps per running platform, beside the engines. */
export interface DepositsComponents extends InfraComponents {
  /** Threads that read, hash, unzip and store deposit zips (DEPOSIT_PREP_THREADS). */
  depositPrep: DepositPrep;
}
