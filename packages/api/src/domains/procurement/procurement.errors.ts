import { AppError, InvalidInputError } from '../../core/errors.js';

/** A file that cannot be read as DECP 2.0 at all (nothing of it is kept). */
export class DecpFileError extends AppError {
  readonly logLevel = 'info';
}

export const notFound = () =>
  new InvalidInputError('procurement/not_found', 'Contrat introuvable.');
