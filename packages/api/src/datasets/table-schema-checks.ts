/**
 * Validata's custom checks (the `custom_checks` of SCDL schemas), with the semantics of
 * `validata_core`: each reads the raw cells of one row by column name.
 */
import { isValidSiret } from '../organizations/siret.js';
import { isActesLevel1Label } from './actes-nomenclature.js';

export interface CustomCheck {
  name: string;
  params: Record<string, unknown>;
}

export interface CheckFailure {
  column: string;
  message: string;
}

/** Validata's SIRET rule (one implementation, shared with the organisation settings). */
export const isValidFrenchSiret = isValidSiret;

const NUMBER_RE = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

function compare(a: string, op: string, b: string): boolean | null {
  const numeric = NUMBER_RE.test(a) && NUMBER_RE.test(b);
  const x: number | string = numeric ? Number(a) : a;
  const y: number | string = numeric ? Number(b) : b;
  switch (op) {
    case '>':
      return x > y;
    case '>=':
      return x >= y;
    case '==':
      return x === y;
    case '<=':
      return x <= y;
    case '<':
      return x < y;
    default:
      return null;
  }
}

const OP_LABEL: Record<string, string> = {
  '>': 'strictement supérieur à',
  '>=': 'supérieur ou égal à',
  '==': 'égal à',
  '<=': 'inférieur ou égal à',
  '<': 'strictement inférieur à',
};

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const list = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

type Get = (column: string) => string | undefined;

/**
 * Runs one check on one row. `get` reads a cell (a cell that failed its type reads as empty);
 * `getRaw` reads it as written (used to tell filled from empty). Returns the failure, or null.
 */
export function runCustomCheck(
  check: CustomCheck,
  get: Get,
  getRaw: Get = get,
): CheckFailure | null {
  const p = check.params;
  const column = str(p.column);
  const value = get(column);
  switch (check.name) {
    case 'french-siret-value':
      return value && !isValidFrenchSiret(value)
        ? {
            column,
            message: `Le SIRET « ${value} » est invalide (14 chiffres et clé de contrôle attendus).`,
          }
        : null;
    case 'year-interval-value': {
      if (!value) {
        return null;
      }
      const m = /^(\d{4})(?:\/(\d{4}))?$/.exec(value);
      const ok = m && (m[2] ? Number(m[1]) < Number(m[2]) : p['allow-year-only'] === 'yes');
      return ok
        ? null
        : {
            column,
            message: `« ${value} » n'est pas une année (AAAA) ou une période AAAA/AAAA croissante.`,
          };
    }
    case 'cohesive-columns-value': {
      const cols = [column, ...list(p.othercolumns)];
      const filled = cols.map((c) => !!getRaw(c));
      return filled.every((f) => f === filled[0])
        ? null
        : {
            column,
            message: `Les colonnes ${cols.join(', ')} doivent être toutes renseignées ou toutes vides.`,
          };
    }
    case 'compare-columns-value': {
      const column2 = str(p.column2);
      const other = get(column2);
      if (!value || !other) {
        return null;
      }
      const op = str(p.op);
      return compare(value, op, other) === false
        ? {
            column,
            message: `« ${column} » (${value}) devrait être ${OP_LABEL[op] ?? op} « ${column2} » (${other}).`,
          }
        : null;
    }
    case 'sum-columns-value': {
      const cols = list(p.columns);
      const values = cols.map((c) => get(c));
      if (
        !value ||
        values.some((v) => !v) ||
        ![value, ...values].every((v) => /^[+-]?\d+$/.test(v!))
      ) {
        return null;
      }
      const sum = values.reduce((s, v) => s + Number(v), 0);
      return Number(value) === sum
        ? null
        : {
            column,
            message: `« ${column} » (${value}) devrait être égal à la somme de ${cols.join(' + ')} (${sum}).`,
          };
    }
    case 'nomenclature-actes-value': {
      if (!value) {
        return null;
      }
      const i = value.indexOf('/');
      const problem =
        i < 0
          ? 'le caractère « / » manque (forme attendue : « matière de niveau 1/matière de niveau 2 »)'
          : value[i - 1] === ' ' || value[i + 1] === ' '
            ? 'pas d’espace autour de « / »'
            : !isActesLevel1Label(value.slice(0, i))
              ? `« ${value.slice(0, i)} » n'est pas une matière de niveau 1 de la nomenclature ACTES`
              : null;
      return problem ? { column, message: `Matière « ${value} » invalide : ${problem}.` } : null;
    }
    default:
      return null;
  }
}

export const KNOWN_CUSTOM_CHECKS = [
  'french-siret-value',
  'year-interval-value',
  'cohesive-columns-value',
  'compare-columns-value',
  'sum-columns-value',
  'nomenclature-actes-value',
];
