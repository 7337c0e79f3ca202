/**
 * Table Schema (frictionless specs v1) descriptor, value casting and field constraints, with
 * the behaviour of frictionless-py v5 described in formats.md §1.2.
 */
import { z } from 'zod';

const constraintsSchema = z
  .object({
    required: z.boolean().optional(),
    unique: z.boolean().optional(),
    pattern: z.string().optional(),
    enum: z.array(z.unknown()).optional(),
    minLength: z.number().optional(),
    maxLength: z.number().optional(),
    minimum: z.unknown().optional(),
    maximum: z.unknown().optional(),
    exclusiveMinimum: z.unknown().optional(),
    exclusiveMaximum: z.unknown().optional(),
  })
  .loose();

const fieldSchema = z
  .object({
    name: z.string().min(1),
    type: z.string().default('string'),
    format: z.string().default('default'),
    constraints: constraintsSchema.default({}),
    trueValues: z.array(z.string()).default(['true', 'True', 'TRUE', '1']),
    falseValues: z.array(z.string()).default(['false', 'False', 'FALSE', '0']),
    bareNumber: z.boolean().default(true),
    decimalChar: z.string().default('.'),
    groupChar: z.string().default(''),
  })
  .loose();

export const tableSchemaSchema = z
  .object({
    fields: z.array(fieldSchema).min(1),
    missingValues: z.array(z.string()).default(['']),
    primaryKey: z.union([z.string(), z.array(z.string())]).optional(),
    custom_checks: z
      .array(z.object({ name: z.string(), params: z.record(z.string(), z.unknown()).default({}) }))
      .default([]),
  })
  .loose();

export type TableSchema = z.infer<typeof tableSchemaSchema>;
export type TableSchemaField = TableSchema['fields'][number];

/** Validates a Table Schema descriptor (throws a readable error when it is not one). */
export function parseTableSchema(descriptor: unknown): TableSchema {
  return tableSchemaSchema.parse(descriptor);
}

export type Cast = { ok: true; value: string | number | boolean } | { ok: false };

const FAIL: Cast = { ok: false };
const ok = (value: string | number | boolean): Cast => ({ ok: true, value });

function realDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** `%Y-%m-%d`-style formats (the Python strptime subset used by schemas). */
function strptimeDate(value: string, format: string): string | null {
  const parts: string[] = [];
  const re = format
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/%([YmdyHMS])/g, (_, c: string) => {
      parts.push(c);
      return c === 'Y' ? '(\\d{4})' : '(\\d{1,2})';
    });
  const m = new RegExp(`^${re}$`).exec(value);
  if (!m) {
    return null;
  }
  const get = (c: string) => Number(m[parts.indexOf(c) + 1]);
  const y = parts.includes('Y') ? get('Y') : parts.includes('y') ? 2000 + get('y') : 1900;
  const mo = parts.includes('m') ? get('m') : 1;
  const d = parts.includes('d') ? get('d') : 1;
  return realDate(y, mo, d)
    ? `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`
    : null;
}

function castNumber(field: TableSchemaField, raw: string, integer: boolean): Cast {
  let v = raw;
  if (field.groupChar) {
    v = v.split(field.groupChar).join('');
  }
  if (field.decimalChar !== '.') {
    v = v.split(field.decimalChar).join('.');
  }
  if (!field.bareNumber) {
    v = v.replace(/^[^\d+\-.]+|[^\d.]+$/g, '');
  }
  if (integer) {
    return /^[+-]?\d+$/.test(v) ? ok(Number(v)) : FAIL;
  }
  if (/^(NaN|[+-]?INF)$/.test(v)) {
    return ok(v === 'NaN' ? Number.NaN : v.startsWith('-') ? -Infinity : Infinity);
  }
  return /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(v) ? ok(Number(v)) : FAIL;
}

/** Casts a raw (non-missing) cell to the field's type; dates become `YYYY-MM-DD` strings. */
export function castValue(field: TableSchemaField, raw: string): Cast {
  const format = field.format;
  switch (field.type) {
    case 'string':
      if (format === 'uri') {
        return /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]*$/.test(raw) && URL.canParse(raw) ? ok(raw) : FAIL;
      }
      if (format === 'email') {
        return /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(raw) ? ok(raw) : FAIL;
      }
      if (format === 'uuid') {
        return /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i.test(
          raw,
        )
          ? ok(raw)
          : FAIL;
      }
      return ok(raw);
    case 'integer':
      return castNumber(field, raw, true);
    case 'number':
      return castNumber(field, raw, false);
    case 'boolean':
      return field.trueValues.includes(raw)
        ? ok(true)
        : field.falseValues.includes(raw)
          ? ok(false)
          : FAIL;
    case 'date': {
      if (format === 'default') {
        const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
        return m && realDate(+m[1], +m[2], +m[3]) ? ok(raw) : FAIL;
      }
      if (format === 'any') {
        const t = Date.parse(raw);
        return Number.isNaN(t) ? FAIL : ok(new Date(t).toISOString().slice(0, 10));
      }
      const d = strptimeDate(raw, format);
      return d ? ok(d) : FAIL;
    }
    case 'datetime': {
      const m = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/.exec(
        raw,
      );
      return m && realDate(+m[1], +m[2], +m[3])
        ? ok(raw)
        : format === 'any' && !Number.isNaN(Date.parse(raw))
          ? ok(raw)
          : FAIL;
    }
    case 'time':
      return /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?$/.test(raw) ? ok(raw) : FAIL;
    case 'year':
      return /^\d{4}$/.test(raw) ? ok(Number(raw)) : FAIL;
    case 'yearmonth':
      return /^\d{4}-(0[1-9]|1[0-2])$/.test(raw) ? ok(raw) : FAIL;
    case 'duration':
      return /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/.test(raw)
        ? ok(raw)
        : FAIL;
    case 'object':
    case 'array':
      try {
        const v: unknown = JSON.parse(raw);
        const isArray = Array.isArray(v);
        return typeof v === 'object' && v !== null && isArray === (field.type === 'array')
          ? ok(raw)
          : FAIL;
      } catch {
        return FAIL;
      }
    default:
      return ok(raw);
  }
}

export const TYPE_LABELS: Record<string, string> = {
  integer: 'un nombre entier',
  number: 'un nombre (point décimal, sans séparateur de milliers)',
  boolean: 'un booléen',
  date: 'une date au format AAAA-MM-JJ',
  datetime: 'une date et heure ISO 8601',
  time: 'une heure HH:MM:SS',
  year: 'une année sur 4 chiffres',
  yearmonth: 'une année-mois AAAA-MM',
  duration: 'une durée ISO 8601',
  object: 'un objet JSON',
  array: 'un tableau JSON',
};

export function typeLabel(field: TableSchemaField): string {
  if (field.type === 'string' && field.format === 'uri') {
    return 'une URI complète avec son schéma (https://…)';
  }
  if (field.type === 'string' && field.format === 'email') {
    return 'une adresse électronique';
  }
  if (field.type === 'date' && field.format !== 'default') {
    return `une date au format ${field.format}`;
  }
  return TYPE_LABELS[field.type] ?? `une valeur de type ${field.type}`;
}

const patterns = new Map<string, RegExp>();

/** Table Schema patterns match the whole value. */
function anchored(pattern: string): RegExp {
  let re = patterns.get(pattern);
  if (!re) {
    re = new RegExp(`^(?:${pattern})$`);
    patterns.set(pattern, re);
  }
  return re;
}

/** Violated constraint of a non-missing cell (required/unique are checked by the caller). */
export function checkConstraints(
  field: TableSchemaField,
  raw: string,
  value: string | number | boolean,
): { rule: string; message: string } | null {
  const c = field.constraints;
  const name = field.name;
  if (c.pattern !== undefined && !anchored(c.pattern).test(raw)) {
    return {
      rule: 'pattern',
      message: `« ${raw} » ne respecte pas le motif ${c.pattern} attendu en « ${name} ».`,
    };
  }
  if (c.enum !== undefined) {
    const allowed = c.enum.map((e) => {
      const cast = typeof e === 'string' ? castValue(field, e) : ({ ok: true, value: e } as Cast);
      return cast.ok ? cast.value : e;
    });
    if (!allowed.some((a) => a === value)) {
      return {
        rule: 'enum',
        message: `« ${raw} » n'est pas une valeur autorisée en « ${name} » (${c.enum.join(', ')}).`,
      };
    }
  }
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
  if (
    c.minimum === undefined &&
    c.maximum === undefined &&
    c.exclusiveMinimum === undefined &&
    c.exclusiveMaximum === undefined
  ) {
    return null;
  }
  const bound = (b: unknown) => {
    const cast = typeof b === 'string' ? castValue(field, b) : ({ ok: true, value: b } as Cast);
    return cast.ok ? cast.value : b;
  };
  const checks: [string, unknown, (v: never, b: never) => boolean, string][] = [
    ['minimum', c.minimum, (v, b) => v >= b, 'supérieur ou égal à'],
    ['maximum', c.maximum, (v, b) => v <= b, 'inférieur ou égal à'],
    ['exclusiveMinimum', c.exclusiveMinimum, (v, b) => v > b, 'strictement supérieur à'],
    ['exclusiveMaximum', c.exclusiveMaximum, (v, b) => v < b, 'strictement inférieur à'],
  ];
  for (const [rule, b, pass, label] of checks) {
    if (b !== undefined && !pass(value as never, bound(b) as never)) {
      return { rule, message: `« ${raw} » devrait être ${label} ${String(b)} en « ${name} ».` };
    }
  }
  return null;
}
