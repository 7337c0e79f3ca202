import { describe, expect, it } from 'vitest';
import { breakdownTable, fileName, summarize, toCsv } from './table-data';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const table = breakdownTable('Dépenses par fonction', 'Fonction', '1000.30', [
  { code: '0', label: 'Services généraux', amount: '600.10', hasChildren: true },
  { code: '2', label: 'Enseignement; formation', amount: '400.20', hasChildren: false },
]);

describe('chart data table, CSV and summary', () => {
  it('writes a CSV a French spreadsheet opens, amounts exact to the cent', () => {
    expect(toCsv(table)).toBe(
      '\ufeffCode;Fonction;Montant (€);Part (%)\r\n' +
        '0;Services généraux;600,10;59,99\r\n' +
        '2;"Enseignement; formation";400,20;40,01\r\n',
    );
  });

  it('writes comparisons with one column per series and blanks for missing documents', () => {
    const trend = {
      caption: 'Dépenses par année',
      labelHeader: 'Année',
      series: ['Budget primitif', 'Compte administratif'],
      total: 0n,
      rows: [{ code: '2021', label: '2021', values: [100n, null] }],
    };
    expect(toCsv(trend)).toContain('2021;2021;1,00;\r\n');
    expect(plain(summarize(trend))).toBe('Dépenses par année. 2021 : Budget primitif 1,00 €.');
  });

  it('summarizes the total and the largest items in words', () => {
    expect(plain(summarize(table))).toBe(
      'Dépenses par fonction : 1 000,30 € au total, en 2 postes. Les plus importants : ' +
        'Services généraux (600,10 €, 60 %), Enseignement; formation (400,20 €, 40 %).',
    );
    expect(plain(summarize({ ...table, rows: table.rows.slice(1) }))).toBe(
      'Dépenses par fonction : Enseignement; formation (400,20 €, 40 %), sur un total de 1 000,30 €.',
    );
    expect(summarize({ ...table, rows: [] })).toBe('Dépenses par fonction : aucune donnée.');
  });

  it('names files in plain ASCII', () => {
    expect(fileName(['Budget', 2022, 'Dépenses de fonctionnement'], 'csv')).toBe(
      'budget-2022-depenses-de-fonctionnement.csv',
    );
  });
});
