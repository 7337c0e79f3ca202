import type { MiddlewareFn } from 'type-graphql';
import { InvalidInputError } from '../core/errors.js';
import { hasControlChars } from '../core/text.js';

const ROOTS = new Set(['Query', 'Mutation', 'Subscription']);

/** The path of the first string under `value` holding a control character, if any. */
function controlCharPath(value: unknown, at: string, depth = 0): string | null {
  if (typeof value === 'string') {
    return hasControlChars(value) ? at : null;
  }
  if (depth > 8 || value === null || typeof value !== 'object') {
    return null;
  }
  for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
    const found = controlCharPath(inner, at ? `${at}.${key}` : key, depth + 1);
    if (found) {
      return found;
    }
  }
  return null;
}

/**
 * Control characters (NUL, BEL, ESC…) never enter the database through the API either: an
 * operation whose arguments hold one is refused, naming the argument (tabs and newlines pass).
 */
export const rejectControlCharacters: MiddlewareFn = async ({ args, info }, next) => {
  if (ROOTS.has(info.parentType.name)) {
    const found = controlCharPath(args, '');
    if (found) {
      throw new InvalidInputError(
        'input/control_characters',
        `Caractères de contrôle interdits dans « ${found} ».`,
      );
    }
  }
  return next();
};
