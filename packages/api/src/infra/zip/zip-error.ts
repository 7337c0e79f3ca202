import { AppError } from '../../core/errors.js';

/** Every reason a zip can be refused (a feature maps them to its own codes, e.g. `deposit/…`). */
export type ZipErrorReason =
  | 'empty_file'
  | 'not_a_zip'
  | 'corrupt_zip'
  | 'too_large'
  | 'too_many_entries'
  | 'zip_bomb'
  | 'unsafe_path'
  | 'unsupported_entry'
  | 'duplicate_entry';

export interface ZipErrorDetails {
  /** Entry at fault, as named in the zip. */
  file?: string;
  /** Library message behind the French one (for operators). */
  technical?: string;
}

/** A zip refused while reading it safely; the message is French and names the entry. */
export class ZipError extends AppError {
  readonly logLevel = 'info';

  constructor(
    readonly reason: ZipErrorReason,
    message: string,
    readonly details: ZipErrorDetails = {},
  ) {
    super(`zip/${reason}`, message, { ...details });
  }
}
