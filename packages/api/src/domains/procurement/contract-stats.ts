import { cpvDivisionLabel } from '../../shared/cpv.js';
import type { Contract } from './contract.entity.js';
import type { ContractStatBucket, ContractStats } from './contract.types.js';

type Row = Pick<
  Contract,
  'amount' | 'procedure' | 'nature' | 'cpv' | 'notifiedOn' | 'year' | 'holders'
>;

function buckets(
  rows: Row[],
  keysOf: (r: Row) => string[],
  label: (k: string) => string = (k) => k,
): ContractStatBucket[] {
  const m = new Map<string, ContractStatBucket>();
  for (const r of rows) {
    for (const key of keysOf(r)) {
      const b = m.get(key) ?? { key, label: label(key), count: 0, amount: 0 };
      b.count++;
      b.amount = Math.round((b.amount + r.amount) * 100) / 100;
      m.set(key, b);
    }
  }
  return [...m.values()];
}

const byAmount = (a: ContractStatBucket, b: ContractStatBucket) =>
  b.amount - a.amount || a.key.localeCompare(b.key);
const byKey = (a: ContractStatBucket, b: ContractStatBucket) => a.key.localeCompare(b.key);

/** Counts and amounts (latest, after modifications) by year, procedure, nature, CPV… */
export function contractStats(rows: Row[]): ContractStats {
  return {
    count: rows.length,
    totalAmount: Math.round(rows.reduce((s, r) => s + r.amount, 0) * 100) / 100,
    byYear: buckets(rows, (r) => [String(r.year)]).sort(byKey),
    byProcedure: buckets(rows, (r) => [r.procedure]).sort(byAmount),
    byNature: buckets(rows, (r) => [r.nature]).sort(byAmount),
    byCpvDivision: buckets(
      rows.filter((r) => r.cpv),
      (r) => [r.cpv!.slice(0, 2)],
      cpvDivisionLabel,
    ).sort(byAmount),
    byMonth: buckets(rows, (r) => [r.notifiedOn.slice(0, 7)]).sort(byKey),
    topHolders: buckets(
      rows,
      (r) => [...new Set(r.holders.map((h) => `${h.identifierType} ${h.identifier}`))],
      (k) => k.replace(/^(\S+) (.*)$/, '$2 ($1)'),
    )
      .sort(byAmount)
      .slice(0, 10),
  };
}
