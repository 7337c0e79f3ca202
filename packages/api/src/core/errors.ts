import { GraphQLError } from 'graphql';

/**
 * Expected failures. Each carries a stable `domain/reason` code exposed as `extensions.code`
 * and a French message shown to users as is.
 */
export abstract class AppError extends GraphQLError {
  abstract readonly logLevel: 'debug' | 'info' | 'warn';
  constructor(
    readonly code: string,
    message: string,
    details?: Record<string, unknown>,
  ) {
    super(message, { extensions: { code, ...(details ? { details } : {}) } });
  }
}

export class NotFoundError extends AppError {
  readonly logLevel = 'debug';
}
export class InvalidInputError extends AppError {
  readonly logLevel = 'debug';
}
export class ConflictError extends AppError {
  readonly logLevel = 'info';
}
export class UnauthenticatedError extends AppError {
  readonly logLevel = 'info';
  constructor(code = 'auth/unauthenticated', message = 'Connexion requise.') {
    super(code, message);
    // Thrown while building the request context: answer 401, not 500.
    (this.extensions as Record<string, unknown>).http = { status: 401 };
  }
}
export class ForbiddenError extends AppError {
  readonly logLevel = 'warn';
  constructor(code = 'auth/forbidden', message = "Vous n'avez pas les droits pour cette action.") {
    super(code, message);
  }
}
export class RateLimitedError extends AppError {
  readonly logLevel = 'warn';
}

export const INTERNAL_ERROR_CODE = 'internal/unexpected';
export const INTERNAL_ERROR_MESSAGE = 'Une erreur inattendue est survenue. Elle a été journalisée.';

/** A dependency (the database) cannot be reached: try again shortly (HTTP 503). */
export class ServiceUnavailableError extends AppError {
  readonly logLevel = 'warn';
  constructor() {
    super(
      'service/unavailable',
      'Service momentanément indisponible (base de données injoignable) : réessayez dans quelques instants.',
    );
    (this.extensions as Record<string, unknown>).http = {
      status: 503,
      headers: new Map([['retry-after', '30']]),
    };
  }
}
