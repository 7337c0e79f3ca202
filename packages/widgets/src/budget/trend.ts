import { toCents } from './money';
import type { ChartTable } from './table-data';
import type { TrendPoint } from './types';

export const TREND_SERIES = ['Prévu (budget primitif)', 'Réalisé (compte administratif)'];

/**
 * BP vs actual per year: the voted budget against what was spent or received (the CFU when the
 * year has one, else the CA). A year without one of them shows a blank, never a zero.
 */
export function trendTable(caption: string, points: readonly TrendPoint[]): ChartTable {
  const years = [...new Set(points.map((p) => p.year))].sort((a, b) => a - b);
  const amount = (year: number, stages: string[]) => {
    for (const stage of stages) {
      const p = points.find((x) => x.year === year && x.stage === stage);
      if (p) {
        return toCents(p.amount);
      }
    }
    return null;
  };
  return {
    caption,
    labelHeader: 'Année',
    series: TREND_SERIES,
    rows: years.map((y) => ({
      code: String(y),
      label: String(y),
      values: [amount(y, ['BP']), amount(y, ['CFU', 'CA'])],
    })),
    total: 0n,
  };
}
