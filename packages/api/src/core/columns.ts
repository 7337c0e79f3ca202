import { DateTimeType, Enum, Property } from '@mikro-orm/core';
import { Field, Float, Int } from 'type-graphql';

/** One persisted scalar, and (unless `api: false`) the GraphQL field of the same name. */
export interface ColumnOptions {
  nullable?: boolean;
  /** GraphQL description (French: staff and developers read it). */
  description?: string;
  /** false: stored, never exposed through the API. */
  api?: boolean;
  /** Hidden from serialisation (secrets, hashes). */
  hidden?: boolean;
  default?: string | number | boolean;
}

type Decorator = (target: object, key: string) => void;

function defined<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

function column(
  gqlType: () => unknown,
  property: Record<string, unknown>,
  options: ColumnOptions,
  persist: (p: Record<string, unknown>) => Decorator = (p) => Property(p),
): Decorator {
  return (target, key) => {
    if (options.api !== false) {
      Field(
        gqlType as never,
        defined({ nullable: options.nullable, description: options.description }),
      )(target, key);
    }
    // Only the options given: MikroORM reads a key set to undefined as a column default.
    persist(
      defined({
        ...property,
        nullable: options.nullable,
        hidden: options.hidden,
        default: options.default,
      }),
    )(target, key);
  };
}

/**
 * Entity columns in one decorator each (MikroORM property + type-graphql field), with explicit
 * types so that tsx, vitest and tsc agree (no decorator metadata needed).
 */
export const Column = {
  /** VARCHAR(length): MySQL refuses longer values, so intake checks the same length. */
  string: (length: number, o: ColumnOptions = {}) =>
    column(() => String, { type: 'string', length }, o),
  text: (o: ColumnOptions = {}) => column(() => String, { type: 'text' }, o),
  boolean: (o: ColumnOptions = {}) => column(() => Boolean, { type: 'boolean' }, o),
  integer: (o: ColumnOptions = {}) => column(() => Int, { type: 'integer' }, o),
  float: (o: ColumnOptions = {}) => column(() => Float, { type: 'double' }, o),
  dateTime: (o: ColumnOptions = {}) => column(() => Date, { type: DateTimeType }, o),
  /** A string enum, registered with type-graphql beside its declaration. */
  enum: (items: () => object, o: ColumnOptions = {}) =>
    column(items, { items, type: 'string' }, o, (p) => Enum(p as never)),
};
