/** A statistics bucket as the API gives it. */
export interface Bucket {
  key: string;
  label: string;
  count: number;
  amount: number;
}

const euros = new Intl.NumberFormat('fr-FR', {
  style: 'currency',
  currency: 'EUR',
  maximumFractionDigits: 0,
});

export function formatEuros(n: number): string {
  return euros.format(n);
}

/** Buckets → the bar chart's labels and amounts (the table shows the same figures). */
export function toChartData(buckets: Bucket[], datasetLabel: string) {
  return {
    labels: buckets.map((b) => b.label),
    datasets: [{ label: datasetLabel, data: buckets.map((b) => b.amount) }],
  };
}

const cell = (v: string | number) => {
  const s = String(v);
  return /[";\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** The table as CSV (`;` separated, UTF-8 with BOM for spreadsheets). */
export function toCsv(buckets: Bucket[], keyHeader: string): string {
  const rows = [
    [keyHeader, 'Nombre de contrats', 'Montant HT (euros)'],
    ...buckets.map((b) => [b.label, b.count, b.amount.toFixed(2)]),
  ];
  return `\uFEFF${rows.map((r) => r.map(cell).join(';')).join('\r\n')}\r\n`;
}
