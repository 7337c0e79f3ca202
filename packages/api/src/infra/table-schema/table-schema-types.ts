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

/** What a compiled cast returns for a cell that is not of the field's type. */
export const INVALID: unique symbol = Symbol('invalid');
export type CastValue = string | number | boolean;
/** A field's cast, compiled once: the typed value of a raw (non-missing) cell, or INVALID. */
export type CompiledCast = (raw: string) => CastValue | typeof INVALID;

function realDate(y: number, m: number, d: number): boolean {
  // setUTCFullYear, not Date.UTC: the latter reads years 0 to 99 as 1900 to 1999.
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** `%Y-%m-%d`-style formats (the Python strptime subset used by schemas), compiled once. */
function strptimeDate(format: string): (value: string) => string | null {
  const parts: string[] = [];
  const source = format
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/%([YmdyHMS])/g, (_, c: string) => {
      parts.push(c);
      return c === 'Y' ? '(\\d{4})' : '(\\d{1,2})';
    });
  const re = new RegExp(`^${source}$`);
  return (value) => {
    const m = re.exec(value);
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
  };
}

const INTEGER_RE = /^[+-]?\d+$/;
const NUMBER_RE = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

function numberCast(field: TableSchemaField, integer: boolean): CompiledCast {
  const { groupChar, decimalChar, bareNumber } = field;
  return (raw) => {
    let v = raw;
    if (groupChar) {
      v = v.split(groupChar).join('');
    }
    if (decimalChar !== '.') {
      v = v.split(decimalChar).join('.');
    }
    if (!bareNumber) {
      v = v.replace(/^[^\d+\-.]+|[^\d.]+$/g, '');
    }
    if (integer) {
      return INTEGER_RE.test(v) ? Number(v) : INVALID;
    }
    if (/^(NaN|[+-]?INF)$/.test(v)) {
      return v === 'NaN' ? Number.NaN : v.startsWith('-') ? -Infinity : Infinity;
    }
    return NUMBER_RE.test(v) ? Number(v) : INVALID;
  };
}

const byRegex =
  (re: RegExp, value: (raw: string) => CastValue = (raw) => raw): CompiledCast =>
  (raw) =>
    re.test(raw) ? value(raw) : INVALID;

const URI_RE = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]*$/;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATETIME_RE = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/;

function stringCast(format: string): CompiledCast {
  switch (format) {
    case 'uri':
      return (raw) => (URI_RE.test(raw) && URL.canParse(raw) ? raw : INVALID);
    case 'email':
      return byRegex(/^[^@\s]+@[^@\s]+\.[^@\s]+$/);
    case 'uuid':
      return byRegex(/^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i);
    default:
      return (raw) => raw;
  }
}

function dateCast(format: string): CompiledCast {
  if (format === 'default') {
    return (raw) => {
      const m = DATE_RE.exec(raw);
      return m && realDate(+m[1], +m[2], +m[3]) ? raw : INVALID;
    };
  }
  if (format === 'any') {
    return (raw) => {
      const t = Date.parse(raw);
      return Number.isNaN(t) ? INVALID : new Date(t).toISOString().slice(0, 10);
    };
  }
  const parse = strptimeDate(format);
  return (raw) => parse(raw) ?? INVALID;
}

function jsonCast(array: boolean): CompiledCast {
  return (raw) => {
    try {
      const v: unknown = JSON.parse(raw);
      return typeof v === 'object' && v !== null && Array.isArray(v) === array ? raw : INVALID;
    } catch {
      return INVALID;
    }
  };
}

/** Compiles the cast of a raw (non-missing) cell to the field's type; dates become `YYYY-MM-DD`. */
export function compileCast(field: TableSchemaField): CompiledCast {
  const format = field.format;
  switch (field.type) {
    case 'string':
      return stringCast(format);
    case 'integer':
      return numberCast(field, true);
    case 'number':
      return numberCast(field, false);
    case 'boolean': {
      const { trueValues, falseValues } = field;
      return (raw) =>
        trueValues.includes(raw) ? true : falseValues.includes(raw) ? false : INVALID;
    }
    case 'date':
      return dateCast(format);
    case 'datetime':
      return (raw) => {
        const m = DATETIME_RE.exec(raw);
        return m && realDate(+m[1], +m[2], +m[3])
          ? raw
          : format === 'any' && !Number.isNaN(Date.parse(raw))
            ? raw
            : INVALID;
      };
    case 'time':
      return byRegex(/^([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?$/);
    case 'year':
      return byRegex(/^\d{4}$/, Number);
    case 'yearmonth':
      return byRegex(/^\d{4}-(0[1-9]|1[0-2])$/);
    case 'duration':
      return byRegex(/^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/);
    case 'object':
    case 'array':
      return jsonCast(field.type === 'array');
    default:
      return (raw) => raw;
  }
}

/** Casts a raw (non-missing) cell to the field's type; dates become `YYYY-MM-DD` strings. */
export function castValue(field: TableSchemaField, raw: string): Cast {
  const value = compileCast(field)(raw);
  return value === INVALID ? { ok: false } : { ok: true, value };
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
