/**
 * Table Schema field constraints (pattern, enum, lengths, bounds), compiled once per field with
 * the behaviour of frictionless-py v5. `required` and `unique` are the row checker's business.
 */
import { castValue, type CastValue, type TableSchemaField } from './table-schema-types.js';

export interface Violation {
  rule: string;
  message: string;
}

/** Violated constraint of a non-missing cell (its raw text and its cast value), or null. */
export type CompiledConstraints = (raw: string, value: CastValue) => Violation | null;

/** A schema value (enum member, bound) cast like a cell when it is given as a string. */
function schemaValue(field: TableSchemaField, v: unknown): unknown {
  if (typeof v !== 'string') {
    return v;
  }
  const cast = castValue(field, v);
  return cast.ok ? cast.value : v;
}

const BOUNDS: [keyof TableSchemaField['constraints'], (v: never, b: never) => boolean, string][] = [
  ['minimum', (v, b) => v >= b, 'supérieur ou égal à'],
  ['maximum', (v, b) => v <= b, 'inférieur ou égal à'],
  ['exclusiveMinimum', (v, b) => v > b, 'strictement supérieur à'],
  ['exclusiveMaximum', (v, b) => v < b, 'strictement inférieur à'],
];

/** Compiles a field's constraints; null when it has none to check on a cell's value. */
export function compileConstraints(field: TableSchemaField): CompiledConstraints | null {
  const c = field.constraints;
  const name = field.name;
  // Table Schema patterns match the whole value.
  const pattern = c.pattern === undefined ? null : new RegExp(`^(?:${c.pattern})$`);
  const allowed = c.enum?.map((e) => schemaValue(field, e));
  const lengths = c.minLength !== undefined || c.maxLength !== undefined;
  const bounds = BOUNDS.filter(([rule]) => c[rule] !== undefined).map(([rule, pass, label]) => ({
    rule,
    pass,
    label,
    b: c[rule],
    bound: schemaValue(field, c[rule]),
  }));
  if (!pattern && !allowed && !lengths && bounds.length === 0) {
    return null;
  }
  return (raw, value) => {
    if (pattern && !pattern.test(raw)) {
      return {
        rule: 'pattern',
        message: `« ${raw} » ne respecte pas le motif ${c.pattern} attendu en « ${name} ».`,
      };
    }
    if (allowed && !allowed.some((a) => a === value)) {
      return {
        rule: 'enum',
        message: `« ${raw} » n'est pas une valeur autorisée en « ${name} » (${c.enum!.join(', ')}).`,
      };
    }
    if (lengths) {
      const length = [...raw].length;
      if (c.minLength !== undefined && length < c.minLength) {
        return {
          rule: 'minLength',
          message: `« ${raw} » est trop court en « ${name} » (${c.minLength} caractères au moins).`,
        };
      }
      if (c.maxLength !== undefined && length > c.maxLength) {
        return {
          rule: 'maxLength',
          message: `Valeur trop longue en « ${name} » (${c.maxLength} caractères au plus).`,
        };
      }
    }
    for (const { rule, pass, label, b, bound } of bounds) {
      if (!pass(value as never, bound as never)) {
        return { rule, message: `« ${raw} » devrait être ${label} ${String(b)} en « ${name} ».` };
      }
    }
    return null;
  };
}
