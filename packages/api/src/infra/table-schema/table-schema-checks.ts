/**
 * Validata's custom checks (the `custom_checks` of SCDL schemas), with the semantics of
 * `validata_core`: each reads the raw cells of one row by column name.
 */
import { isValidSiret } from '../../shared/siret.js';
import { isActesLevel1Label } from '../../shared/actes-nomenclature.js';

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

/** Reads a cell of the current row by its position (from `resolve`); undefined when absent. */
export type GetAt = (index: number) => string | undefined;
/** A check compiled for one file: `get` reads a cell as cast (a cell that failed its type reads as empty), `getRaw` as written. */
export type CompiledCheck = (get: GetAt, getRaw: GetAt) => CheckFailure | null;

const YEARS_RE = /^(\d{4})(?:\/(\d{4}))?$/;
const INTEGER_RE = /^[+-]?\d+$/;

/** The ACTES `DELIB_MATIERE_NOM` problem of a non-empty value, or null. */
function matiereProblem(value: string): string | null {
  const i = value.indexOf('/');
  return i < 0
    ? 'le caractère « / » manque (forme attendue : « matière de niveau 1/matière de niveau 2 »)'
    : value[i - 1] === ' ' || value[i + 1] === ' '
      ? 'pas d’espace autour de « / »'
      : !isActesLevel1Label(value.slice(0, i))
        ? `« ${value.slice(0, i)} » n'est pas une matière de niveau 1 de la nomenclature ACTES`
        : null;
}

/**
 * Compiles one check: column names are resolved once to positions by `resolve`. The value last
 * found valid by a single-column check is remembered (the checks are pure functions of it).
 */
export function compileCustomCheck(
  check: CustomCheck,
  resolve: (column: string) => number,
): CompiledCheck {
  const p = check.params;
  const column = str(p.column);
  const at = resolve(column);
  switch (check.name) {
    case 'french-siret-value': {
      let lastValid: string | undefined;
      return (get) => {
        const value = get(at);
        if (!value || value === lastValid) {
          return null;
        }
        if (isValidFrenchSiret(value)) {
          lastValid = value;
          return null;
        }
        return {
          column,
          message: `Le SIRET « ${value} » est invalide (14 chiffres et clé de contrôle attendus).`,
        };
      };
    }
    case 'year-interval-value': {
      const yearOnly = p['allow-year-only'] === 'yes';
      return (get) => {
        const value = get(at);
        if (!value) {
          return null;
        }
        const m = YEARS_RE.exec(value);
        const ok = m && (m[2] ? Number(m[1]) < Number(m[2]) : yearOnly);
        return ok
          ? null
          : {
              column,
              message: `« ${value} » n'est pas une année (AAAA) ou une période AAAA/AAAA croissante.`,
            };
      };
    }
    case 'cohesive-columns-value': {
      const cols = [column, ...list(p.othercolumns)];
      const positions = cols.map(resolve);
      return (_get, getRaw) => {
        const first = !!getRaw(positions[0]);
        return positions.every((i) => !!getRaw(i) === first)
          ? null
          : {
              column,
              message: `Les colonnes ${cols.join(', ')} doivent être toutes renseignées ou toutes vides.`,
            };
      };
    }
    case 'compare-columns-value': {
      const column2 = str(p.column2);
      const at2 = resolve(column2);
      const op = str(p.op);
      return (get) => {
        const value = get(at);
        const other = get(at2);
        if (!value || !other) {
          return null;
        }
        return compare(value, op, other) === false
          ? {
              column,
              message: `« ${column} » (${value}) devrait être ${OP_LABEL[op] ?? op} « ${column2} » (${other}).`,
            }
          : null;
      };
    }
    case 'sum-columns-value': {
      const cols = list(p.columns);
      const positions = cols.map(resolve);
      return (get) => {
        const value = get(at);
        if (!value) {
          return null;
        }
        const values = positions.map(get);
        if (values.some((v) => !v) || ![value, ...values].every((v) => INTEGER_RE.test(v!))) {
          return null;
        }
        const sum = values.reduce((s, v) => s + Number(v), 0);
        return Number(value) === sum
          ? null
          : {
              column,
              message: `« ${column} » (${value}) devrait être égal à la somme de ${cols.join(' + ')} (${sum}).`,
            };
      };
    }
    case 'nomenclature-actes-value': {
      let lastValid: string | undefined;
      return (get) => {
        const value = get(at);
        if (!value || value === lastValid) {
          return null;
        }
        const problem = matiereProblem(value);
        if (!problem) {
          lastValid = value;
          return null;
        }
        return { column, message: `Matière « ${value} » invalide : ${problem}.` };
      };
    }
    default:
      return () => null;
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
