import { createHash } from 'node:crypto';
import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { CSV_OPTIONS, csvBytes, csvText, writeValidatedCsv } from './dataset-csv-writer.js';
import { SCDL_DELIBERATIONS_COLUMNS, SCDL_DELIBERATIONS_SCHEMA } from './scdl-deliberations.js';
import {
  TableValidator,
  validateCsvFile,
  type TableSchema,
} from '../../infra/table-schema/table-schema-validator.js';

const HEADER: string[] = [...SCDL_DELIBERATIONS_COLUMNS];
const GOOD = [
  'Ville de Poitiers',
  '21860194600013',
  '2024-017',
  '2024-03-25',
  '7.1',
  'finances locales/décisions budgétaires',
  'Budget primitif 2024, budget principal',
  '2024',
  'Budget principal',
  'PREF086',
  '2024-03-28',
  '53',
  '50',
  '40',
  '6',
  '4',
  'https://example.org/delib/2024-017.pdf',
];

/** GOOD with some cells replaced. */
function row(changes: Record<string, string> = {}): string[] {
  const cells = [...GOOD];
  for (const [col, v] of Object.entries(changes)) {
    cells[HEADER.indexOf(col)] = v;
  }
  return cells;
}

async function* batches(rows: string[][], size = 3): AsyncGenerator<string[][]> {
  for (let i = 0; i < rows.length; i += size) {
    yield rows.slice(i, i + size);
  }
}

async function writeAndValidate(rows: string[][], schema: TableSchema, header = HEADER) {
  const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'csv-writer-')), 'out.csv');
  const validator = new TableValidator(schema, { maxErrors: 5 });
  const written = await writeValidatedCsv(file, header, batches(rows), validator);
  const bytes = await readFile(file);
  return {
    written,
    bytes,
    inPass: validator.report(),
    fromFile: await validateCsvFile(file, schema, { maxErrors: 5 }),
  };
}

let seed = 7;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const ALPHABET = ['a', 'É', ' ', ',', '"', '\n', '\r', ';', "'", '’', '🎉', '\t', '=', ''];
const randomCell = () =>
  Array.from({ length: Math.floor(random() * 6) }, () => ALPHABET[Math.floor(random() * 14)]).join(
    '',
  );

describe('csvText', () => {
  it('writes exactly what csv-stringify writes', () => {
    const rows = Array.from({ length: 2000 }, () =>
      Array.from({ length: 1 + Math.floor(random() * 5) }, randomCell),
    );
    expect(csvText(rows)).toBe(stringify(rows, CSV_OPTIONS));
    expect(csvText([HEADER])).toBe(`${HEADER.join(',')}\n`);
  });

  it('is read back cell for cell by a CSV parser (cells without CR)', () => {
    const rows = Array.from({ length: 2000 }, () =>
      Array.from({ length: 3 }, () => randomCell().replaceAll('\r', '')),
    );
    expect(parse(csvText(rows), { relax_column_count: true })).toEqual(rows);
  });
});

describe('csvBytes', () => {
  it('gives the UTF-8 bytes of csvText, however long the batch and whatever its characters', () => {
    // Unpaired surrogates (U+FFFD in UTF-8, as Buffer.from writes them), astral characters,
    // and a batch far larger than the first encoding buffer (64 KB), then a small one.
    const odd = ['\ud800', 'a\udc00b', '🎉'.repeat(3000), 'é'.repeat(40_000)];
    const batches = [
      Array.from({ length: 3000 }, () =>
        Array.from({ length: 1 + Math.floor(random() * 5) }, randomCell),
      ),
      [odd, ...Array.from({ length: 50 }, () => [randomCell(), 'x'.repeat(5000)])],
      [[...HEADER]],
      [],
    ];
    for (const rows of batches) {
      expect(csvBytes(rows).equals(Buffer.from(csvText(rows)))).toBe(true);
    }
    // Each result is a copy: a later batch does not change an earlier one.
    const first = csvBytes([['un', 'deux']]);
    csvBytes([['trois', 'quatre']]);
    expect(first.toString()).toBe('un,deux\n');
  });
});

describe('writeValidatedCsv', () => {
  it('reports every error as validateCsvFile reads it from the written file', async () => {
    const rows = [
      row(),
      row({ COLL_SIRET: '21860194600012' }),
      row({ DELIB_MATIERE_NOM: 'URBANISME' }),
      row({ DELIB_MATIERE_NOM: 'finances locales / fiscalité' }),
      row({ DELIB_DATE: '2024-02-30' }),
      row({ PREF_DATE: '2024-03-01' }),
      row({ DELIB_MATIERE_CODE: '7.1.1', DELIB_URL: 'example.org/a.pdf' }),
      row({ VOTE_REEL: '49', BUDGET_NOM: '' }),
      row({ DELIB_OBJET: 'Objet "cité",\nsur deux lignes' }),
      HEADER.map(() => ''),
      GOOD.slice(0, 16),
      [...GOOD, 'de trop'],
      row({ COLL_SIRET: '21860194600012' }),
    ];
    const { written, bytes, inPass, fromFile } = await writeAndValidate(
      rows,
      SCDL_DELIBERATIONS_SCHEMA,
    );
    expect(written.exact).toBe(true);
    expect(written.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(bytes.toString()).toBe(stringify([HEADER, ...rows], CSV_OPTIONS));
    expect(inPass).toEqual(fromFile);
    expect(inPass).toMatchObject({ valid: false, rowCount: 13, errorsTruncated: true });
    expect(inPass.errors.map((e) => `${e.row}:${e.column}:${e.rule}`)).toEqual([
      '3:COLL_SIRET:french-siret-value',
      '4:DELIB_MATIERE_NOM:nomenclature-actes-value',
      '5:DELIB_MATIERE_NOM:nomenclature-actes-value',
      '6:DELIB_DATE:type-error',
      '7:PREF_DATE:compare-columns-value',
    ]);
    expect(inPass.errorCountByRule).toEqual({
      'french-siret-value': 2,
      'nomenclature-actes-value': 2,
      'type-error': 2,
      'compare-columns-value': 1,
      pattern: 1,
      'cohesive-columns-value': 1,
      'sum-columns-value': 1,
      'blank-row': 1,
      'missing-cell': 1,
      'extra-cell': 1,
    });
  });

  it('applies unique, primary key and missing values like the file validator', async () => {
    const schema = (
      await import('../../infra/table-schema/table-schema-validator.js')
    ).parseTableSchema({
      fields: [
        { name: 'id', type: 'integer', constraints: { required: true, unique: true } },
        { name: 'kind', type: 'string', constraints: { enum: ['a', 'b'] } },
        { name: 'day', type: 'date', format: '%d/%m/%Y' },
      ],
      missingValues: ['', 'NA'],
      primaryKey: ['kind', 'day'],
      custom_checks: [{ name: 'inconnu', params: {} }],
    });
    const rows = [
      ['1', 'a', '25/03/2024'],
      ['1', 'c', '31/02/2024'],
      ['NA', 'a', '25/03/2024'],
      ['2', 'NA', 'NA'],
      ['3', 'NA', 'NA'],
    ];
    const { inPass, fromFile } = await writeAndValidate(rows, schema, ['id', 'kind', 'day']);
    expect(inPass).toEqual(fromFile);
    expect(inPass.warnings).toEqual(['Contrôle « inconnu » inconnu : non appliqué.']);
    expect(inPass.errorCount).toBe(6);
  });

  it('says when the cells might not read back as written', async () => {
    const schema = SCDL_DELIBERATIONS_SCHEMA;
    expect((await writeAndValidate([row({ DELIB_OBJET: 'a\rb' })], schema)).written.exact).toBe(
      false,
    );
    expect((await writeAndValidate([row({ DELIB_OBJET: 'a\uD800b' })], schema)).written.exact).toBe(
      false,
    );
    expect((await writeAndValidate([[]], schema)).written.exact).toBe(false);
    expect(
      (await writeAndValidate([row({ DELIB_OBJET: 'Œuvre, « 1 »' })], schema)).written.exact,
    ).toBe(true);
  });

  it('passes on an error of the rows and writes nothing more', async () => {
    const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'csv-writer-')), 'out.csv');
    async function* failing(): AsyncGenerator<string[][]> {
      yield [row()];
      throw new Error('base indisponible');
    }
    const validator = new TableValidator(SCDL_DELIBERATIONS_SCHEMA);
    await expect(writeValidatedCsv(file, HEADER, failing(), validator)).rejects.toThrow(
      'base indisponible',
    );
  });
});
