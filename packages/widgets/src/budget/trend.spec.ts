import { describe, expect, it } from 'vitest';
import { trendTable } from './trend';

describe('multi-year comparison', () => {
  it('sets the voted budget against the actual one, year by year', () => {
    const t = trendTable('Dépenses', [
      { year: 2022, stage: 'BP', amount: '120.00' },
      { year: 2021, stage: 'CA', amount: '95.50' },
      { year: 2021, stage: 'BP', amount: '100' },
      { year: 2021, stage: 'DM', amount: '5' },
      { year: 2020, stage: 'CA', amount: '80' },
      { year: 2020, stage: 'CFU', amount: '81' },
    ]);
    expect(t.rows.map((r) => [r.label, ...r.values])).toEqual([
      ['2020', null, 8100n],
      ['2021', 10000n, 9550n],
      ['2022', 12000n, null],
    ]);
  });
});
