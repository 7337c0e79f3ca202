import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import { writeXlsxFromCsv } from './csv-to-xlsx.js';

describe('writeXlsxFromCsv', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'xlsx-'));
  });

  async function sheetRows(file: string): Promise<unknown[][]> {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const rows: unknown[][] = [];
    book.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    return rows;
  }

  it('keeps every cell as the text of the CSV (zeros, dates, quotes, line breaks, accents)', async () => {
    const csv = path.join(dir, 'a.csv');
    await writeFile(
      csv,
      '\ufeffCOLL_SIRET,DATE,OBJET\n' +
        '00012345600019,2024-03-01,"Objet « guillemets », sur\ndeux lignes"\n' +
        '21350238800001,2024-12-31,1.10\n',
    );
    const out = await writeXlsxFromCsv(csv, path.join(dir, 'a.xlsx'), 'Délibérations 2024');
    expect(out).toMatchObject({ written: true, rows: 3 });
    expect(await sheetRows(path.join(dir, 'a.xlsx'))).toEqual([
      ['COLL_SIRET', 'DATE', 'OBJET'],
      ['00012345600019', '2024-03-01', 'Objet « guillemets », sur\ndeux lignes'],
      ['21350238800001', '2024-12-31', '1.10'],
    ]);
    expect((await readdir(dir)).sort()).toEqual(['a.csv', 'a.xlsx']);
  });

  it('writes nothing (no partial or temporary file) past what a spreadsheet holds', async () => {
    const csv = path.join(dir, 'b.csv');
    await writeFile(csv, 'A\n1\n2\n3\n');
    expect(
      await writeXlsxFromCsv(csv, path.join(dir, 'b.xlsx'), 'B', { maxRows: 3, maxCell: 10 }),
    ).toEqual({ written: false, reason: 'too-many-rows', rows: 3 });
    await writeFile(csv, 'A\nun texte bien trop long\n');
    expect(
      await writeXlsxFromCsv(csv, path.join(dir, 'b.xlsx'), 'B', { maxRows: 10, maxCell: 10 }),
    ).toEqual({ written: false, reason: 'cell-too-long', rows: 1 });
    expect(await readdir(dir)).toEqual(['b.csv']);
  });
});
