import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import {
  AppError,
  INTERNAL_ERROR_CODE,
  INTERNAL_ERROR_MESSAGE,
  ServiceUnavailableError,
} from '../core/errors.js';
import { isDatabaseUnavailable } from './db/unavailable.js';
import { childLogger } from '../core/logger.js';

const log = childLogger('graphql');

const PASS_THROUGH_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

/** Expected errors keep their code and French message; anything else is logged once and masked. */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof AppError) {
    return { ...formatted, message: original.message, extensions: original.extensions };
  }
  if (original instanceof ArgumentValidationError) {
    const details = original.extensions.validationErrors as
      { property: string; constraints?: Record<string, string> }[] | undefined;
    const messages = (details ?? []).flatMap((d) => Object.values(d.constraints ?? {}));
    return {
      ...formatted,
      message: messages.length ? messages.join(' ') : 'Données invalides.',
      extensions: {
        code: 'validation/invalid_input',
        fields: (details ?? []).map((d) => ({
          field: d.property,
          messages: Object.values(d.constraints ?? {}),
        })),
      },
    };
  }
  if (isDatabaseUnavailable(original)) {
    // An outage, not a bug: said as such (the health check shows it too).
    const unavailable = new ServiceUnavailableError();
    const { http: _http, ...extensions } = unavailable.extensions;
    return { ...formatted, message: unavailable.message, extensions };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && (PASS_THROUGH_CODES.has(code) || code.includes('/'))) {
    // Never a stack trace in a response, whatever NODE_ENV says.
    const { stacktrace: _stack, exception: _exception, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  log.error({ err: original, path: formatted.path }, 'unexpected error');
  return {
    message: INTERNAL_ERROR_MESSAGE,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: INTERNAL_ERROR_CODE },
  };
}
