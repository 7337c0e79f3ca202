import { centsToDecimal, formatEuros, formatPercent, percentOf, toCents } from './money';
import type { BreakdownItem } from './types';

/**
 * What a chart shows, in one shape for its drawing, its data table, its CSV and its summary:
 * rows with exact amounts (cents) and, for comparisons, several series.
 */
export interface ChartTable {
  /** Caption of the table and first words of the summary. */
  caption: string;
  /** Header of the first column (« Fonction », « Année »…). */
  labelHeader: string;
  /** One column per series (one amount column for a breakdown). */
  series: string[];
  rows: ChartRow[];
  /** Total of the first series (a breakdown's total, the sum of its items). */
  total: bigint;
}

export interface ChartRow {
  code: string;
  label: string;
  /** One amount per series; null: no document for it. */
  values: (bigint | null)[];
  /** Whether the row opens a finer level (drill-down). */
  drillable?: boolean;
}

export function breakdownTable(
  caption: string,
  labelHeader: string,
  total: string,
  items: readonly BreakdownItem[],
): ChartTable {
  return {
    caption,
    labelHeader,
    series: ['Montant'],
    total: toCents(total),
    rows: items.map((i) => ({
      code: i.code,
      label: i.label,
      values: [toCents(i.amount)],
      drillable: i.hasChildren,
    })),
  };
}

/** Rows by amount, largest first (a copy). */
export function sortedRows(rows: readonly ChartRow[]): ChartRow[] {
  const v = (r: ChartRow) => r.values[0] ?? 0n;
  return [...rows].sort((a, b) => (v(b) > v(a) ? 1 : v(b) < v(a) ? -1 : 0));
}

const cell = (value: string) => (/[";\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/**
 * The table as a CSV a French spreadsheet opens as is: UTF-8 with BOM, `;` separators, decimal
 * comma, amounts exact to the cent, a share column for single-series tables.
 */
export function toCsv(table: ChartTable): string {
  const single = table.series.length === 1;
  const header = [
    'Code',
    table.labelHeader,
    ...table.series.map((s) => `${s} (€)`),
    ...(single ? ['Part (%)'] : []),
  ];
  const lines = [header.map(cell).join(';')];
  for (const row of table.rows) {
    const amounts = row.values.map((v) => (v === null ? '' : centsToDecimal(v, ',')));
    const share = single
      ? [(percentOf(row.values[0] ?? 0n, table.total) || 0).toFixed(2).replace('.', ',')]
      : [];
    lines.push([row.code, row.label, ...amounts, ...share].map(cell).join(';'));
  }
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

/** File name for a download: « budget-2022-bp-depenses.csv » (ASCII, no spaces). */
export function fileName(parts: readonly (string | number)[], ext: string): string {
  const slug = parts
    .map((p) =>
      String(p)
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, ''),
    )
    .filter(Boolean)
    .join('-');
  return `${slug}.${ext}`;
}

/** The text summary read before the chart (what a sighted reader gets at a glance). */
export function summarize(table: ChartTable): string {
  if (table.rows.length === 0) {
    return `${table.caption} : aucune donnée.`;
  }
  if (table.series.length > 1) {
    const parts = table.rows.map((r) => {
      const values = r.values
        .map((v, i) => (v === null ? null : `${table.series[i]} ${formatEuros(v)}`))
        .filter(Boolean);
      return `${r.label} : ${values.length ? values.join(', ') : 'aucun document'}`;
    });
    return `${table.caption}. ${parts.join(' ; ')}.`;
  }
  const shown = table.rows.reduce((sum, r) => sum + (r.values[0] ?? 0n), 0n);
  const partial = shown !== table.total;
  const top = sortedRows(table.rows).slice(0, partial ? table.rows.length : 3);
  const tops = top.map(
    (r) =>
      `${r.label} (${formatEuros(r.values[0] ?? 0n)}, ${formatPercent(percentOf(r.values[0] ?? 0n, table.total))})`,
  );
  const n = table.rows.length;
  if (partial) {
    return `${table.caption} : ${tops.join(', ')}, sur un total de ${formatEuros(table.total)}.`;
  }
  return (
    `${table.caption} : ${formatEuros(table.total)} au total, en ${n} poste${n > 1 ? 's' : ''}. ` +
    `${n > 1 ? `Les plus importants : ${tops.join(', ')}.` : `${tops[0]}.`}`
  );
}
