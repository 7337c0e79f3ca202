import { BudgetStage } from './budget.enums.js';

interface Supersedable {
  siret?: string | null;
  year?: number | null;
  stage?: BudgetStage | null;
  decisionDate?: string | null;
  sealedAt?: Date | null;
  createdAt: Date;
  superseded: boolean;
  decisionNumber?: number | null;
}

/** Documents standing for the same decision: one establishment, year and stage (a DM: its date). */
export function decisionKey(d: Supersedable): string {
  return [d.siret, d.year, d.stage, d.stage === BudgetStage.DM ? (d.decisionDate ?? '') : ''].join(
    '|',
  );
}

const sealTime = (d: Supersedable) => (d.sealedAt ?? d.createdAt).getTime();

/**
 * Marks, among `docs`, every document replaced by a newer sealed one of the same decision
 * (superseded: still listed, never counted twice). Returns the documents.
 */
export function markSuperseded<T extends Supersedable>(docs: T[]): T[] {
  const latest = new Map<string, T>();
  for (const d of docs) {
    const key = decisionKey(d);
    const best = latest.get(key);
    if (!best || sealTime(d) > sealTime(best)) {
      latest.set(key, d);
    }
  }
  for (const d of docs) {
    d.superseded = latest.get(decisionKey(d)) !== d;
  }
  return docs;
}

/** Numbers the DMs of each establishment and year by decision date (n° 1, n° 2…). */
export function numberDecisions<T extends Supersedable>(docs: T[]): void {
  const dmDates = new Map<string, string[]>();
  for (const d of docs) {
    if (d.stage === BudgetStage.DM) {
      const k = `${d.siret}|${d.year}`;
      const dates = dmDates.get(k) ?? [];
      if (!dates.includes(d.decisionDate ?? '')) {
        dates.push(d.decisionDate ?? '');
      }
      dmDates.set(k, dates);
    }
  }
  for (const d of docs) {
    if (d.stage === BudgetStage.DM) {
      const dates = dmDates.get(`${d.siret}|${d.year}`)!.sort();
      d.decisionNumber = dates.indexOf(d.decisionDate ?? '') + 1;
    }
  }
}
