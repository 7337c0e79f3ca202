import { describe, expect, it } from 'vitest';
import { parseTableSchema, validateCsv } from './table-schema-validator.js';

describe('generic Table Schema rules', () => {
  const schema = parseTableSchema({
    fields: [
      { name: 'id', type: 'integer', constraints: { required: true, unique: true, minimum: 1 } },
      { name: 'kind', type: 'string', constraints: { enum: ['a', 'b'] } },
      { name: 'amount', type: 'number', constraints: { maximum: 100 } },
      { name: 'label', type: 'string', constraints: { minLength: 2, maxLength: 5 } },
      { name: 'day', type: 'date', format: '%d/%m/%Y' },
      { name: 'flag', type: 'boolean' },
      { name: 'year', type: 'year' },
    ],
    missingValues: ['', 'NA'],
    primaryKey: ['kind', 'label'],
  });
  it('applies types, enum, bounds, lengths, unique, primary key and missing values', async () => {
    const csv = [
      'id,kind,amount,label,day,flag,year',
      '1,a,10.5,ab,25/03/2024,true,2024',
      '1,c,100.01,x,31/02/2024,oui,24',
      '0,a,NA,ab,NA,0,NA',
    ].join('\n');
    const report = await validateCsv(csv, schema);
    expect(report.errors.map((e) => `${e.row}:${e.rule}:${e.column}`)).toEqual([
      '3:unique:id',
      '3:enum:kind',
      '3:maximum:amount',
      '3:minLength:label',
      '3:type-error:day',
      '3:type-error:flag',
      '3:type-error:year',
      '4:minimum:id',
      '4:primary-key:kind, label',
    ]);
  });
});
