/**
 * Every root operation of the committed SDL (`packages/api/schema.graphql`) as a document with one
 * variable per argument, and a fast-check arbitrary of hostile variables for it: a new operation or
 * argument is fuzzed without touching this file.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLOutputType,
} from 'graphql';

export interface FuzzOperation {
  kind: 'query' | 'mutation' | 'subscription';
  name: string;
  document: string;
  variables: fc.Arbitrary<Record<string, unknown>>;
}

/** Values the fuzzer mixes in so that some inputs reach real rows (ids, SIRENs, emails…). */
export interface KnownValues {
  ids: string[];
  strings: string[];
}

const SDL = fileURLToPath(new URL('../../schema.graphql', import.meta.url));

const SPECIAL_STRINGS = [
  '',
  ' ',
  '%',
  '_',
  '*',
  '"',
  '\\',
  "'; drop table act; --",
  '<script>alert(1)</script>',
  '../../../etc/passwd',
  '\u0000',
  '\u0007\u001b[31m',
  '\ud800',
  '\u202e\u0301\u200b',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 👩‍👩‍👧',
  "=cmd|' /C calc'!A0",
  'NaN',
  '-1',
  '1e309',
  '2024-02-30',
  '0000-00-00',
  'a'.repeat(256),
  '9.99',
  'null',
];

export function stringArb(known: KnownValues): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.string({ maxLength: 24 }) },
    { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 24 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 24 }) },
    { weight: 3, arbitrary: fc.constantFrom(...SPECIAL_STRINGS) },
    { weight: 3, arbitrary: fc.constantFrom(...known.strings) },
    // Long texts: past the columns' limits, and past the request body limit (1 MB) now and then.
    {
      weight: 1,
      arbitrary: fc
        .integer({ min: 1_000, max: 600_000 })
        .chain((n) => fc.constantFrom('é', 'a', '\u0001', '🙂').map((c) => c.repeat(n))),
    },
  );
}

function intArb(): fc.Arbitrary<number> {
  return fc.oneof(
    fc.integer({ min: -5, max: 600 }),
    fc.integer(),
    fc.constantFrom(0, -1, 2 ** 31 - 1, -(2 ** 31), 2 ** 31, 2 ** 53, -(2 ** 53), 1e308, 0.5),
  );
}

function idArb(known: KnownValues): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...known.ids) },
    { weight: 2, arbitrary: fc.uuid() },
    { weight: 2, arbitrary: stringArb(known) },
  );
}

function scalarArb(name: string, known: KnownValues): fc.Arbitrary<unknown> {
  switch (name) {
    case 'String':
      return stringArb(known);
    case 'ID':
      return idArb(known);
    case 'Int':
      return intArb();
    case 'Float':
      return fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), intArb());
    case 'Boolean':
      return fc.boolean();
    case 'DateTimeISO':
      return fc.oneof(
        fc
          .date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
          .map((d) => d.toISOString()),
        stringArb(known),
      );
    default:
      // Upload and any other custom scalar: whatever JSON can carry.
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** A value of `type` (sometimes of another type altogether: wrong types are part of the input). */
function valueArb(
  type: GraphQLInputType,
  known: KnownValues,
  depth: number,
): fc.Arbitrary<unknown> {
  const right = rightTypeArb(type, known, depth);
  return fc.oneof(
    { weight: 40, arbitrary: right },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  );
}

function rightTypeArb(
  type: GraphQLInputType,
  known: KnownValues,
  depth: number,
): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) {
    return rightTypeArb(type.ofType, known, depth);
  }
  const inner = nullableArb(type, known, depth);
  return fc.oneof({ weight: 6, arbitrary: inner }, { weight: 1, arbitrary: fc.constant(null) });
}

function nullableArb(
  type: GraphQLInputType,
  known: KnownValues,
  depth: number,
): fc.Arbitrary<unknown> {
  if (isListType(type)) {
    const item = valueArb(type.ofType as GraphQLInputType, known, depth + 1);
    return fc.oneof(
      { weight: 8, arbitrary: fc.array(item, { maxLength: 4 }) },
      // Past the lists' limits (500 acts per call…).
      { weight: 1, arbitrary: fc.array(item, { minLength: 501, maxLength: 1_200 }) },
    );
  }
  if (isEnumType(type)) {
    return fc.oneof(
      { weight: 5, arbitrary: fc.constantFrom(...type.getValues().map((v) => v.name)) },
      { weight: 1, arbitrary: stringArb(known) },
    );
  }
  if (isInputObjectType(type)) {
    if (depth > 4) {
      return fc.constant({});
    }
    const fields = Object.values(type.getFields());
    const record = fc.record(
      Object.fromEntries(fields.map((f) => [f.name, valueArb(f.type, known, depth + 1)])),
      { requiredKeys: fields.filter((f) => isNonNullType(f.type)).map((f) => f.name) },
    );
    return fc.oneof(
      { weight: 8, arbitrary: record },
      // An unknown field, or every optional field left out.
      {
        weight: 1,
        arbitrary: record.map((r) => ({ ...r, champInconnu: 'x' })),
      },
      { weight: 1, arbitrary: fc.constant({}) },
    );
  }
  return scalarArb((type as GraphQLNamedType).name, known);
}

function requiredArgs(field: GraphQLField<unknown, unknown>): boolean {
  return field.args.some((a) => isNonNullType(a.type));
}

/** Leaves of `type`, and its objects' leaves down to `depth` levels. */
function selection(type: GraphQLOutputType, depth: number): string {
  const named = getNamedType(type);
  if (isLeafType(named)) {
    return '';
  }
  if (isUnionType(named) || depth <= 0) {
    return '{ __typename }';
  }
  if (!isObjectType(named) && !isInterfaceType(named)) {
    return '{ __typename }';
  }
  const parts = ['__typename'];
  for (const field of Object.values(named.getFields())) {
    if (requiredArgs(field)) {
      continue;
    }
    const inner = getNamedType(field.type);
    if (isLeafType(inner)) {
      parts.push(field.name);
    } else if (depth > 1) {
      parts.push(`${field.name} ${selection(field.type, depth - 1)}`);
    }
  }
  return `{ ${parts.join(' ')} }`;
}

/** One document per root field of Query, Mutation and Subscription, with its variables' arbitrary. */
export function operationsFromSdl(known: KnownValues): FuzzOperation[] {
  const schema = buildSchema(readFileSync(SDL, 'utf8'));
  const roots = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
    ['subscription', schema.getSubscriptionType()],
  ] as const;
  const operations: FuzzOperation[] = [];
  for (const [kind, root] of roots) {
    for (const field of Object.values(root?.getFields() ?? {})) {
      const defs = field.args.map((a) => `$${a.name}: ${a.type.toString()}`);
      const args = field.args.map((a) => `${a.name}: $${a.name}`);
      const document = `${kind} Fuzz${defs.length ? `(${defs.join(', ')})` : ''} { ${field.name}${
        args.length ? `(${args.join(', ')})` : ''
      } ${selection(field.type, 3)} }`;
      const record = fc.record(
        Object.fromEntries(field.args.map((a) => [a.name, valueArb(a.type, known, 0)])),
        { requiredKeys: field.args.filter((a) => isNonNullType(a.type)).map((a) => a.name) },
      );
      // A required argument is left out now and then.
      const variables = fc.oneof(
        { weight: 12, arbitrary: record },
        {
          weight: 1,
          arbitrary: record.map((r) => Object.fromEntries(Object.entries(r).slice(1))),
        },
      );
      operations.push({ kind, name: field.name, document, variables });
    }
  }
  return operations;
}
