import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify, type Options } from 'csv-stringify/sync';
import type { TableValidator } from '../../infra/table-schema/table-validator.js';

/** UTF-8 without BOM, comma, RFC 4180 quoting, LF: the options of scdlDeliberationsCsv. */
export const CSV_OPTIONS: Options = { delimiter: ',', record_delimiter: '\n', bom: false };

const CR = 0x0d;
/** U+FFFD in UTF-8: what an unpaired surrogate becomes (or was already in the data). */
const REPLACEMENT_CHARACTER = Buffer.from('\uFFFD');

export interface WrittenCsv {
  sha256: string;
  /**
   * False when some cell might not read back as written (a CR, which csv-stringify leaves
   * unquoted, an unpaired surrogate, which UTF-8 turns into U+FFFD, a row without cells): the
   * validator then did not see the file exactly, and the file must be validated by reading it.
   */
  exact: boolean;
}

/** A cell csv-stringify would quote (with CSV_OPTIONS). */
const NEEDS_QUOTES = /[,"\n\r]/;

/**
 * The CSV text of rows, as csv-stringify writes them with CSV_OPTIONS. csv-stringify stays the
 * authority on quoting: a row none of whose cells needs quoting (no comma, quote, CR or LF) is
 * written by it as its cells joined by commas, so such rows are joined here directly (the
 * library's per-cell bookkeeping costs more than the rest of the export's CSV work); every
 * other row goes through csv-stringify.
 */
export function csvText(rows: readonly string[][]): string {
  let text = '';
  for (const row of rows) {
    text += csvLine(row);
  }
  return text;
}

/** One row of csvText. */
function csvLine(row: readonly string[]): string {
  return row.some((cell) => NEEDS_QUOTES.test(cell))
    ? stringify([row as string[]], CSV_OPTIONS)
    : `${row.join(',')}\n`;
}

/** Where csvBytes encodes a batch (grown as needed; what it returns is a copy). */
let scratch = Buffer.allocUnsafe(1 << 16);

/**
 * The UTF-8 bytes of `csvText(rows)`, each row encoded in turn into one buffer: building the
 * batch's text first and encoding it after costs several times more (the text of many small
 * strings is flattened, then encoded, for every batch of an export).
 */
export function csvBytes(rows: readonly string[][]): Buffer {
  let offset = 0;
  for (const row of rows) {
    const line = csvLine(row);
    // UTF-8 needs at most 3 bytes per UTF-16 code unit: a character is never cut.
    if (scratch.length - offset < line.length * 3) {
      const grown = Buffer.allocUnsafe(Math.max(scratch.length * 2, offset + line.length * 3));
      scratch.copy(grown, 0, 0, offset);
      scratch = grown;
    }
    offset += scratch.write(line, offset);
  }
  return Buffer.from(scratch.subarray(0, offset));
}

/**
 * Writes a CSV file: the header, then the rows of each batch, through csv-stringify, and gives
 * the validator the header and every row exactly as written. csv-stringify quotes every cell
 * holding a comma, a quote or LF, so a CSV parser reads back these very cells, and the report
 * is the one validateCsvFile would make of the file, without reading it again (see `exact`).
 * Batches are pulled as the file takes them: memory holds a few. On an error of the batches
 * or of the file, the file is closed before the error is passed on.
 */
export async function writeValidatedCsv(
  file: string,
  header: string[],
  batches: AsyncIterable<string[][]>,
  validator: TableValidator,
): Promise<WrittenCsv> {
  const hash = createHash('sha256');
  let exact = true;
  const bytes = (data: Buffer): Buffer => {
    exact &&= data.indexOf(CR) < 0 && data.indexOf(REPLACEMENT_CHARACTER) < 0;
    hash.update(data);
    return data;
  };
  async function* chunks(): AsyncGenerator<Buffer> {
    validator.header(header);
    yield bytes(csvBytes([header]));
    for await (const rows of batches) {
      for (const row of rows) {
        exact &&= row.length > 0;
        validator.row(row);
      }
      if (rows.length > 0) {
        yield bytes(csvBytes(rows));
      }
    }
  }
  // Room for a few batches: the next one is prepared while the previous one is being written.
  await pipeline(
    Readable.from(chunks(), { objectMode: false }),
    createWriteStream(file, { highWaterMark: 1 << 20 }),
  );
  return { sha256: hash.digest('hex'), exact };
}
