import type { GraphQLSchema } from 'graphql';
import { InvalidInputError } from '../core/errors.js';
import { hasControlChars } from '../core/text.js';

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

/** Throws when an operation's arguments hold a control character, naming the argument. */
function checkArguments(args: unknown): void {
  const found = controlCharPath(args, '');
  if (found) {
    throw new InvalidInputError(
      'input/control_characters',
      `Caractères de contrôle interdits dans « ${found} ».`,
    );
  }
}

/**
 * Control characters (NUL, BEL, ESC…) never enter the database through the API either: an
 * operation whose arguments hold one is refused, naming the argument (tabs and newlines pass).
 * Only the root fields (queries, mutations, subscriptions) take arguments from callers that
 * reach the database, so only their resolvers are wrapped, over HTTP and WebSocket alike (a
 * type-graphql global middleware would wrap every field of every row of every answer).
 */
export function guardRootArguments(schema: GraphQLSchema): GraphQLSchema {
  const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()];
  for (const type of roots) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      const { resolve, subscribe } = field;
      if (resolve) {
        field.resolve = (source, args, context, info) => {
          checkArguments(args);
          return resolve(source, args, context, info);
        };
      }
      if (subscribe) {
        field.subscribe = (source, args, context, info) => {
          checkArguments(args);
          return subscribe(source, args, context, info);
        };
      }
    }
  }
  return schema;
}
