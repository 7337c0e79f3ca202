/** The validation report of a table (CSV) checked against a Table Schema. */

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

/** Collects errors (all counted, the first `max` kept) and warnings. */
export class Report {
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

  toReport(rowCount: number): ValidationReport {
    return {
      valid: this.count === 0,
      rowCount,
      errorCount: this.count,
      errors: this.errors,
      errorsTruncated: this.count > this.errors.length,
      errorCountByRule: this.byRule,
      warnings: this.warnings,
    };
  }
}
