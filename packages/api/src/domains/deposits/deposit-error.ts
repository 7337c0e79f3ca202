import { AppError } from '../../core/errors.js';
import { showControlChars } from '../../core/text.js';
import type { ZipError } from '../../infra/zip/zip-error.js';

/** Every reason a deposit can be refused. Stable: staff filters and the admin rely on them. */
export const DEPOSIT_ERROR_CODES = [
  'deposit/empty_file',
  'deposit/not_a_zip',
  'deposit/corrupt_zip',
  'deposit/too_large',
  'deposit/too_many_entries',
  'deposit/zip_bomb',
  'deposit/unsafe_path',
  'deposit/unsupported_entry',
  'deposit/duplicate_entry',
  'deposit/no_metadata',
  'deposit/invalid_json',
  'deposit/missing_field',
  'deposit/invalid_field',
  'deposit/bad_siren',
  'deposit/bad_date',
  'deposit/bad_nature',
  'deposit/bad_classification',
  'deposit/no_main_document',
  'deposit/missing_file',
  'deposit/empty_document',
  'deposit/refused_by_database',
] as const;

export type DepositErrorCode = (typeof DEPOSIT_ERROR_CODES)[number];

/** What went wrong, for the quarantine record and the admin (all optional). */
export interface DepositErrorDetails {
  /** metadata.json key at fault (e.g. `siren`). */
  field?: string;
  /** File name inside the zip at fault, as written in the zip or in metadata.json. */
  file?: string;
  /** SHA-256 of the deposit zip, when known (idempotency / quarantine key). */
  zipSha256?: string;
  /** Library message behind the French one (for operators, not shown to staff as is). */
  technical?: string;
  /** SIREN read from metadata.json even though the deposit is refused (its staff see it). */
  siren?: string;
  /** Every problem found, when there are several (metadata validation). */
  issues?: { code: DepositErrorCode; field?: string; message: string }[];
}

/**
 * A deposit that cannot be ingested. The message is French and names the field or file,
 * so that staff can act on it; the code is stable.
 */
export class DepositError extends AppError {
  readonly logLevel = 'info';
  declare readonly code: DepositErrorCode;

  constructor(
    code: DepositErrorCode,
    message: string,
    readonly details: DepositErrorDetails = {},
  ) {
    // A message quotes what the deposit holds: its control characters (NUL…) never reach the
    // database nor the screen.
    const issues = details.issues?.map((i) => ({ ...i, message: showControlChars(i.message) }));
    const clean = issues ? { ...details, issues } : details;
    super(code, showControlChars(message), { ...clean });
    this.details = clean;
  }

  /** The same error, with the SHA-256 of the zip recorded. */
  withZipSha256(zipSha256: string): DepositError {
    return new DepositError(this.code, this.message, { ...this.details, zipSha256 });
  }
}

export function isDepositError(err: unknown): err is DepositError {
  return err instanceof DepositError;
}

/** A zip refused by the safe reader, as the deposit refusal with the same reason. */
export function depositErrorOf(err: ZipError): DepositError {
  return new DepositError(`deposit/${err.reason}`, err.message, { ...err.details });
}
