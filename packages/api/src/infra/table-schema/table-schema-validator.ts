import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import type { ValidationReport } from './table-schema-report.js';
import { parseTableSchema, type TableSchema } from './table-schema-types.js';
import { TableValidator, type TableValidatorOptions } from './table-validator.js';

export type { ValidationError, ValidationReport } from './table-schema-report.js';
export { parseTableSchema, type TableSchema } from './table-schema-types.js';
export { TableValidator } from './table-validator.js';

export interface ValidateOptions extends TableValidatorOptions {
  delimiter?: string;
}

export type CsvSource = Readable | AsyncIterable<Uint8Array | string> | Uint8Array | string;

/** Reads and checks a Table Schema JSON file. */
export async function loadTableSchema(filePath: string): Promise<TableSchema> {
  return parseTableSchema(JSON.parse(await readFile(filePath, 'utf8')));
}

/** Strict UTF-8 decoding of a byte stream; reports a BOM instead of passing it on. */
async function* decodeUtf8(source: CsvSource, onBom: () => void): AsyncGenerator<string> {
  const chunks: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string> =
    typeof source === 'string' || source instanceof Uint8Array ? [source] : source;
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let first = true;
  for await (const chunk of chunks) {
    let text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    if (first && text.length > 0) {
      first = false;
      if (text.startsWith('\uFEFF')) {
        onBom();
        text = text.slice(1);
      }
    }
    yield text;
  }
  const rest = decoder.decode();
  if (rest) {
    yield rest;
  }
}

/**
 * Validates a CSV against a Table Schema and its Validata custom checks, streaming row by row
 * (memory stays flat, except for `unique` / primary-key columns).
 */
export async function validateCsv(
  source: CsvSource,
  schema: TableSchema,
  options: ValidateOptions = {},
): Promise<ValidationReport> {
  const v = new TableValidator(schema, options);
  const parser = parse({
    delimiter: options.delimiter ?? ',',
    relax_column_count: true,
    skip_empty_lines: false,
  });
  const text = Readable.from(
    decodeUtf8(source, () =>
      v.warn('Le fichier commence par une marque d’ordre des octets (BOM) : à éviter.'),
    ),
  );
  text.on('error', (err) => parser.destroy(err));
  text.pipe(parser);
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      if (v.hasHeader) {
        v.row(record);
      } else {
        v.header(record);
      }
    }
    if (!v.hasHeader) {
      v.error(null, null, 'empty-file', 'Le fichier est vide : en-tête absent.');
    }
  } catch (err) {
    sourceError(err, v);
  }
  return v.report();
}

function sourceError(err: unknown, v: TableValidator): void {
  if ((err as { code?: string }).code === 'ERR_ENCODING_INVALID_ENCODED_DATA') {
    v.error(null, null, 'encoding-error', "Le fichier n'est pas encodé en UTF-8.");
    return;
  }
  const e = err as { code?: string; lines?: number; message?: string };
  const where = e.lines ? ` (vers la ligne ${e.lines})` : '';
  const what =
    e.code === 'CSV_QUOTE_NOT_CLOSED'
      ? 'guillemets non refermés'
      : e.code === 'CSV_INVALID_CLOSING_QUOTE' || e.code === 'CSV_INVALID_OPENING_QUOTE'
        ? 'guillemets mal placés'
        : 'lecture impossible';
  v.error(null, null, 'source-error', `CSV mal formé${where} : ${what}.`);
}

/** Validates a CSV file on disk. */
export function validateCsvFile(
  filePath: string,
  schema: TableSchema,
  options?: ValidateOptions,
): Promise<ValidationReport> {
  return validateCsv(createReadStream(filePath), schema, options);
}
