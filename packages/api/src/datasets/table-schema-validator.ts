import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { KNOWN_CUSTOM_CHECKS, runCustomCheck } from './table-schema-checks.js';
import {
  castValue,
  checkConstraints,
  parseTableSchema,
  typeLabel,
  type TableSchema,
  type TableSchemaField,
} from './table-schema-types.js';

export { parseTableSchema, type TableSchema } from './table-schema-types.js';

export interface ValidationError {
  /** Record number: 1 is the header, 2 the first data row; null for file-level errors. */
  row: number | null;
  column: string | null;
  /** frictionless / Validata name: `type-error`, `required`, `pattern`, `french-siret-value`… */
  rule: string;
  /** French, for staff. */
  message: string;
}

export interface ValidationReport {
  valid: boolean;
  /** Data rows read (header excluded). */
  rowCount: number;
  /** Every error found (the list below is capped). */
  errorCount: number;
  errors: ValidationError[];
  errorsTruncated: boolean;
  /** Count per rule, over all errors. */
  errorCountByRule: Record<string, number>;
  /** Non-blocking remarks (BOM, columns tolerated by Validata…), in French. */
  warnings: string[];
}

export interface ValidateOptions {
  /** Errors kept in the report (default 100); all are counted. */
  maxErrors?: number;
  delimiter?: string;
  /**
   * `strict` (default): the header must list the schema fields exactly, in order (frictionless).
   * `validata`: only a missing required column is an error; the rest are warnings.
   */
  headerMode?: 'strict' | 'validata';
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

class Report {
  readonly errors: ValidationError[] = [];
  readonly warnings: string[] = [];
  readonly byRule: Record<string, number> = {};
  count = 0;
  constructor(private readonly max: number) {}
  add(row: number | null, column: string | null, rule: string, message: string): void {
    this.count++;
    this.byRule[rule] = (this.byRule[rule] ?? 0) + 1;
    if (this.errors.length < this.max) {
      this.errors.push({ row, column, rule, message });
    }
  }
}

function checkHeader(
  header: string[],
  schema: TableSchema,
  mode: 'strict' | 'validata',
  r: Report,
): void {
  const names = schema.fields.map((f) => f.name);
  const seen = new Set<string>();
  header.forEach((label, i) => {
    if (label.trim() === '') {
      r.add(1, null, 'blank-label', `L'en-tête de la colonne ${i + 1} est vide.`);
    } else if (seen.has(label)) {
      r.add(
        1,
        label,
        'duplicate-label',
        `La colonne « ${label} » apparaît plusieurs fois dans l'en-tête.`,
      );
    }
    seen.add(label);
  });
  if (mode === 'validata') {
    for (const f of schema.fields) {
      if (!seen.has(f.name)) {
        if (f.constraints.required) {
          r.add(1, f.name, 'missing-label', `La colonne obligatoire « ${f.name} » est absente.`);
        } else {
          r.warnings.push(`La colonne facultative « ${f.name} » est absente.`);
        }
      }
    }
    header
      .filter((h) => h && !names.includes(h))
      .forEach((h) => r.warnings.push(`Colonne « ${h} » hors schéma.`));
    if (
      names.filter((n) => seen.has(n)).join() !== header.filter((h) => names.includes(h)).join()
    ) {
      r.warnings.push("Les colonnes ne sont pas dans l'ordre du schéma.");
    }
    return;
  }
  for (let i = 0; i < Math.max(header.length, names.length); i++) {
    if (i >= names.length) {
      r.add(
        1,
        header[i],
        'extra-label',
        `Colonne en trop en position ${i + 1} : « ${header[i]} ».`,
      );
    } else if (i >= header.length) {
      r.add(
        1,
        names[i],
        'missing-label',
        `Colonne « ${names[i]} » absente (attendue en position ${i + 1}).`,
      );
    } else if (header[i] !== names[i] && header[i].trim() !== '') {
      r.add(
        1,
        header[i],
        'incorrect-label',
        `En position ${i + 1}, la colonne « ${names[i]} » est attendue au lieu de « ${header[i]} ».`,
      );
    }
  }
  if (header.length === 1 && names.length > 1 && /[;\t|]/.test(header[0])) {
    r.warnings.push('Le séparateur de colonnes attendu est la virgule.');
  }
}

interface Column {
  field: TableSchemaField;
  index: number;
  unique?: Set<string>;
}

/** Checks each cell; returns the columns whose value could not be cast (read as empty later). */
function checkCells(
  cells: string[],
  row: number,
  columns: Column[],
  missing: Set<string>,
  r: Report,
): Set<string> {
  const invalid = new Set<string>();
  for (const col of columns) {
    const raw = cells[col.index] ?? '';
    const { field } = col;
    if (missing.has(raw)) {
      if (field.constraints.required) {
        r.add(row, field.name, 'required', `Valeur obligatoire manquante en « ${field.name} ».`);
      }
      continue;
    }
    const cast = castValue(field, raw);
    if (!cast.ok) {
      r.add(
        row,
        field.name,
        'type-error',
        `« ${raw} » n'est pas ${typeLabel(field)} en « ${field.name} ».`,
      );
      invalid.add(field.name);
      continue;
    }
    const violation = checkConstraints(field, raw, cast.value);
    if (violation) {
      r.add(row, field.name, violation.rule, violation.message);
    }
    if (col.unique) {
      const key = String(cast.value);
      if (col.unique.has(key)) {
        r.add(
          row,
          field.name,
          'unique',
          `« ${raw} » apparaît déjà dans la colonne « ${field.name} » (valeurs uniques).`,
        );
      }
      col.unique.add(key);
    }
  }
  return invalid;
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
  const r = new Report(options.maxErrors ?? 100);
  const missing = new Set(schema.missingValues);
  const primaryKey =
    typeof schema.primaryKey === 'string' ? [schema.primaryKey] : (schema.primaryKey ?? []);
  for (const check of schema.custom_checks) {
    if (!KNOWN_CUSTOM_CHECKS.includes(check.name)) {
      r.warnings.push(`Contrôle « ${check.name} » inconnu : non appliqué.`);
    }
  }
  const parser = parse({
    delimiter: options.delimiter ?? ',',
    relax_column_count: true,
    skip_empty_lines: false,
  });
  const text = Readable.from(
    decodeUtf8(source, () =>
      r.warnings.push('Le fichier commence par une marque d’ordre des octets (BOM) : à éviter.'),
    ),
  );
  text.on('error', (err) => parser.destroy(err));
  text.pipe(parser);

  let header: string[] | null = null;
  let columns: Column[] = [];
  let indexOf = new Map<string, number>();
  const keys = new Set<string>();
  let rowCount = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      if (!header) {
        header = record;
        checkHeader(header, schema, options.headerMode ?? 'strict', r);
        indexOf = new Map(header.map((h, i) => [h, i] as const).reverse());
        columns = schema.fields
          .filter((f) => indexOf.has(f.name))
          .map((f) => ({
            field: f,
            index: indexOf.get(f.name)!,
            ...(f.constraints.unique ? { unique: new Set<string>() } : {}),
          }));
        continue;
      }
      rowCount++;
      const row = rowCount + 1;
      if (record.every((c) => c === '')) {
        r.add(row, null, 'blank-row', `La ligne ${row} est vide.`);
        continue;
      }
      if (record.length > header.length) {
        r.add(
          row,
          null,
          'extra-cell',
          `La ligne ${row} a ${record.length} cellules au lieu de ${header.length}.`,
        );
      } else if (record.length < header.length) {
        r.add(
          row,
          null,
          'missing-cell',
          `La ligne ${row} a ${record.length} cellules au lieu de ${header.length}.`,
        );
      }
      // Like frictionless, custom checks see a cell that failed its type as empty.
      const invalid = checkCells(record, row, columns, missing, r);
      const get = (name: string) => {
        const i = indexOf.get(name);
        return i === undefined ? undefined : invalid.has(name) ? '' : (record[i] ?? '');
      };
      const getRaw = (name: string) => {
        const i = indexOf.get(name);
        return i === undefined ? undefined : (record[i] ?? '');
      };
      for (const check of schema.custom_checks) {
        const failure = runCustomCheck(check, get, getRaw);
        if (failure) {
          r.add(row, failure.column, check.name, failure.message);
        }
      }
      if (primaryKey.length > 0) {
        const key = JSON.stringify(primaryKey.map(get));
        if (keys.has(key)) {
          r.add(
            row,
            primaryKey.join(', '),
            'primary-key',
            `Clé primaire (${primaryKey.join(', ')}) en double.`,
          );
        }
        keys.add(key);
      }
    }
    if (!header) {
      r.add(null, null, 'empty-file', 'Le fichier est vide : en-tête absent.');
    }
  } catch (err) {
    sourceError(err, r);
  }
  return {
    valid: r.count === 0,
    rowCount,
    errorCount: r.count,
    errors: r.errors,
    errorsTruncated: r.count > r.errors.length,
    errorCountByRule: r.byRule,
    warnings: r.warnings,
  };
}

function sourceError(err: unknown, r: Report): void {
  if ((err as { code?: string }).code === 'ERR_ENCODING_INVALID_ENCODED_DATA') {
    r.add(null, null, 'encoding-error', "Le fichier n'est pas encodé en UTF-8.");
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
  r.add(null, null, 'source-error', `CSV mal formé${where} : ${what}.`);
}

/** Validates a CSV file on disk. */
export function validateCsvFile(
  filePath: string,
  schema: TableSchema,
  options?: ValidateOptions,
): Promise<ValidationReport> {
  return validateCsv(createReadStream(filePath), schema, options);
}
