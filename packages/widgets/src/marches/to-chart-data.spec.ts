import { describe, expect, it } from 'vitest';
import { formatEuros, toChartData, toCsv } from './to-chart-data';

const buckets = [
  { key: '2024', label: '2024', count: 2, amount: 150000.5 },
  { key: 'x', label: "Appel d'offres ; ouvert", count: 1, amount: 12 },
];

describe('procurement chart data', () => {
  it('gives the chart the same figures as the table', () => {
    expect(toChartData(buckets, 'Montant')).toEqual({
      labels: ['2024', "Appel d'offres ; ouvert"],
      datasets: [{ label: 'Montant', data: [150000.5, 12] }],
    });
  });

  it('writes a spreadsheet-ready CSV', () => {
    expect(toCsv(buckets, 'Année')).toBe(
      '\uFEFFAnnée;Nombre de contrats;Montant HT (euros)\r\n2024;2;150000.50\r\n"Appel d\'offres ; ouvert";1;12.00\r\n',
    );
  });

  it('formats euros in French', () => {
    expect(formatEuros(1234567).replace(/\s/g, ' ')).toBe('1 234 567 €');
  });
});
