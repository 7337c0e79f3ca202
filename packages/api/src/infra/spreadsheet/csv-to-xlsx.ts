import { createReadStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { parse } from 'csv-parse';

/** What a spreadsheet can hold: rows per sheet (header included) and characters per cell. */
export const XLSX_MAX_ROWS = 1_048_576;
export const XLSX_MAX_CELL = 32_767;

export type XlsxOutcome =
  | { written: true; rows: number; size: number }
  | { written: false; reason: 'too-many-rows' | 'cell-too-long'; rows: number };

/**
 * Writes the rows of a CSV file (UTF-8, comma, header first) as an .xlsx workbook of one sheet,
 * streamed with constant memory. Every cell is text, as in the CSV: identifiers keep their
 * leading zeros, codes and dates are not reinterpreted by the spreadsheet. The header row is bold,
 * frozen and filterable. The file appears at `target` only when complete (written beside it, then
 * renamed); a CSV beyond what a spreadsheet can hold leaves no file and says why.
 */
export async function writeXlsxFromCsv(
  csvPath: string,
  target: string,
  sheetName: string,
  limits = { maxRows: XLSX_MAX_ROWS, maxCell: XLSX_MAX_CELL },
): Promise<XlsxOutcome> {
  const tmp = `${target}.${process.pid}.${Date.now()}.tmp`;
  // Loaded by the nightly files only: exceljs (and its unzip stack) weighs a second at start-up.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: tmp,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  let rows = 0;
  let outcome: XlsxOutcome | null = null;
  try {
    const parser = createReadStream(csvPath).pipe(parse({ bom: true, relax_column_count: true }));
    for await (const record of parser as AsyncIterable<string[]>) {
      if (rows >= limits.maxRows) {
        outcome = { written: false, reason: 'too-many-rows', rows };
        break;
      }
      if (record.some((cell) => cell.length > limits.maxCell)) {
        outcome = { written: false, reason: 'cell-too-long', rows };
        break;
      }
      const row = sheet.addRow(record);
      if (rows === 0) {
        row.font = { bold: true };
        sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: record.length } };
        sheet.columns.forEach((column, i) => {
          column.width = Math.min(60, Math.max(12, (record[i] ?? '').length + 4));
        });
      }
      row.commit();
      rows++;
    }
    if (outcome) {
      parser.destroy();
      await workbook.commit().catch(() => undefined);
      return outcome;
    }
    sheet.commit();
    await workbook.commit();
    await rename(tmp, target);
    return { written: true, rows, size: (await stat(target)).size };
  } finally {
    await rm(tmp, { force: true });
  }
}
