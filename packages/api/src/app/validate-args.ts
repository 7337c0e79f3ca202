import { validateOrReject, type ValidationError, type ValidatorOptions } from 'class-validator';
import { ArgumentValidationError, type ValidatorFn } from 'type-graphql';

/** type-graphql's own defaults for its class-validator check (missing properties are skipped). */
const OPTIONS: ValidatorOptions = { skipMissingProperties: true, forbidUnknownValues: false };

const checkable = (value: unknown): value is object => value !== null && typeof value === 'object';

/**
 * The class-validator rules of every argument (`@Min`, `@Max`, `@Length`…), as type-graphql
 * checks them by default, but with class-validator imported once: type-graphql's default imports
 * it dynamically for each argument of each call, a module resolution every time (through the
 * loader hooks' thread under tsx) that cost most of a small query's time.
 */
export const validateArgs: ValidatorFn = async (value) => {
  if (!checkable(value)) {
    return;
  }
  try {
    if (Array.isArray(value)) {
      await Promise.all(value.filter(checkable).map((item) => validateOrReject(item, OPTIONS)));
    } else {
      await validateOrReject(value, OPTIONS);
    }
  } catch (err) {
    throw new ArgumentValidationError(err as ValidationError[]);
  }
};
