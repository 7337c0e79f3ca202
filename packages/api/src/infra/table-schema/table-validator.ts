/**
 * Validates a table row by row against a Table Schema and its Validata custom checks, whatever
 * the rows come from: a parsed CSV file (validateCsv) or the cells being written by an export.
 * Everything that depends only on the schema and the header is compiled once, at the header.
 */
import {
  compileCustomCheck,
  KNOWN_CUSTOM_CHECKS,
  type CompiledCheck,
  type GetAt,
} from './table-schema-checks.js';
import { compileConstraints, type CompiledConstraints } from './table-schema-constraints.js';
import { checkHeader } from './table-schema-header.js';
import { Report, type ValidationReport } from './table-schema-report.js';
import {
  compileCast,
  INVALID,
  typeLabel,
  type CompiledCast,
  type TableSchema,
  type TableSchemaField,
} from './table-schema-types.js';

export interface TableValidatorOptions {
  /** Errors kept in the report (default 100); all are counted. */
  maxErrors?: number;
  /**
   * `strict` (default): the header must list the schema fields exactly, in order (frictionless).
   * `validata`: only a missing required column is an error; the rest are warnings.
   */
  headerMode?: 'strict' | 'validata';
}

interface Column {
  name: string;
  index: number;
  required: boolean;
  cast: CompiledCast;
  constraints: CompiledConstraints | null;
  typeLabel: string;
  unique?: Set<string>;
  /** Last cell that passed every cell-level check (they depend on the cell alone). */
  lastOk?: string;
}

function compileColumn(field: TableSchemaField, index: number): Column {
  return {
    name: field.name,
    index,
    required: field.constraints.required === true,
    cast: compileCast(field),
    constraints: compileConstraints(field),
    typeLabel: typeLabel(field),
    ...(field.constraints.unique ? { unique: new Set<string>() } : {}),
  };
}

/** Feed it the header, then each data row, then read the report. */
export class TableValidator {
  private readonly r: Report;
  private readonly missing: Set<string>;
  private readonly onlyEmptyIsMissing: boolean;
  private readonly primaryKey: string[];
  private headerLength = -1;
  private columns: Column[] = [];
  private checks: { name: string; run: CompiledCheck }[] = [];
  private keyAt: number[] = [];
  private readonly keys = new Set<string>();
  /** The row being checked, and which of its cells failed their type (they read as empty). */
  private cells: readonly string[] = [];
  private invalid: boolean[] = [];
  private readonly get: GetAt = (i) =>
    i < 0 ? undefined : this.invalid[i] ? '' : (this.cells[i] ?? '');
  private readonly getRaw: GetAt = (i) => (i < 0 ? undefined : (this.cells[i] ?? ''));
  rowCount = 0;

  constructor(
    private readonly schema: TableSchema,
    private readonly options: TableValidatorOptions = {},
  ) {
    this.r = new Report(options.maxErrors ?? 100);
    this.missing = new Set(schema.missingValues);
    this.onlyEmptyIsMissing = this.missing.size === 1 && this.missing.has('');
    this.primaryKey =
      typeof schema.primaryKey === 'string' ? [schema.primaryKey] : (schema.primaryKey ?? []);
    for (const check of schema.custom_checks) {
      if (!KNOWN_CUSTOM_CHECKS.includes(check.name)) {
        this.r.warnings.push(`Contrôle « ${check.name} » inconnu : non appliqué.`);
      }
    }
  }

  get hasHeader(): boolean {
    return this.headerLength >= 0;
  }

  /** A file-level error (`row` null) or any other error found outside the rows. */
  error(row: number | null, column: string | null, rule: string, message: string): void {
    this.r.add(row, column, rule, message);
  }

  warn(message: string): void {
    this.r.warnings.push(message);
  }

  header(header: string[]): void {
    this.headerLength = header.length;
    checkHeader(header, this.schema, this.options.headerMode ?? 'strict', this.r);
    // The first column of a given name is the one read.
    const indexOf = new Map(header.map((h, i) => [h, i] as const).reverse());
    const resolve = (name: string) => indexOf.get(name) ?? -1;
    this.columns = this.schema.fields
      .filter((f) => indexOf.has(f.name))
      .map((f) => compileColumn(f, indexOf.get(f.name)!));
    this.checks = this.schema.custom_checks.map((c) => ({
      name: c.name,
      run: compileCustomCheck(c, resolve),
    }));
    this.keyAt = this.primaryKey.map(resolve);
    this.invalid = header.map(() => false);
  }

  row(cells: readonly string[]): void {
    this.rowCount++;
    const row = this.rowCount + 1;
    if (cells.every((c) => c === '')) {
      this.r.add(row, null, 'blank-row', `La ligne ${row} est vide.`);
      return;
    }
    if (cells.length !== this.headerLength) {
      this.r.add(
        row,
        null,
        cells.length > this.headerLength ? 'extra-cell' : 'missing-cell',
        `La ligne ${row} a ${cells.length} cellules au lieu de ${this.headerLength}.`,
      );
    }
    this.cells = cells;
    // Like frictionless, custom checks see a cell that failed its type as empty.
    this.invalid.fill(false);
    for (const col of this.columns) {
      this.checkCell(col, cells[col.index] ?? '', row);
    }
    for (const check of this.checks) {
      const failure = check.run(this.get, this.getRaw);
      if (failure) {
        this.r.add(row, failure.column, check.name, failure.message);
      }
    }
    if (this.keyAt.length > 0) {
      this.checkPrimaryKey(row);
    }
  }

  private checkCell(col: Column, raw: string, row: number): void {
    if (raw === col.lastOk) {
      return;
    }
    if (this.onlyEmptyIsMissing ? raw === '' : this.missing.has(raw)) {
      if (col.required) {
        this.r.add(row, col.name, 'required', `Valeur obligatoire manquante en « ${col.name} ».`);
      } else if (!col.unique) {
        col.lastOk = raw;
      }
      return;
    }
    const value = col.cast(raw);
    if (value === INVALID) {
      this.r.add(
        row,
        col.name,
        'type-error',
        `« ${raw} » n'est pas ${col.typeLabel} en « ${col.name} ».`,
      );
      this.invalid[col.index] = true;
      return;
    }
    const violation = col.constraints?.(raw, value) ?? null;
    if (violation) {
      this.r.add(row, col.name, violation.rule, violation.message);
    }
    if (col.unique) {
      const key = String(value);
      if (col.unique.has(key)) {
        this.r.add(
          row,
          col.name,
          'unique',
          `« ${raw} » apparaît déjà dans la colonne « ${col.name} » (valeurs uniques).`,
        );
      }
      col.unique.add(key);
    } else if (!violation) {
      col.lastOk = raw;
    }
  }

  private checkPrimaryKey(row: number): void {
    const key = JSON.stringify(this.keyAt.map(this.get));
    if (this.keys.has(key)) {
      const names = this.primaryKey.join(', ');
      this.r.add(row, names, 'primary-key', `Clé primaire (${names}) en double.`);
    }
    this.keys.add(key);
  }

  report(): ValidationReport {
    return this.r.toReport(this.rowCount);
  }
}
