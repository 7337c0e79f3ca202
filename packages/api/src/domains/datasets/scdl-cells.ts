/**
 * Cells of SCDL rows: single-line text, ISO dates, SIRET and ACTES matière. What depends on a
 * value alone is remembered (bounded): an export repeats codes, dates and SIRETs on many rows.
 */
import { describeClassification, scdlPart } from '../../shared/actes-nomenclature.js';
import { isValidFrenchSiret } from '../../infra/table-schema/table-schema-checks.js';

/** Remembers a pure function's results: codes, dates and SIRETs repeat across rows (bounded). */
function memo<T>(f: (key: string) => T, max = 4096): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined && !cache.has(key)) {
      value = f(key);
      if (cache.size >= max) {
        cache.clear();
      }
      cache.set(key, value);
    }
    return value as T;
  };
}

const isoDateText = memo((v: string): string | null => {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(v.trim());
  if (!m) {
    return null;
  }
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3]
    ? `${m[1]}-${m[2]}-${m[3]}`
    : null;
});

/** `YYYY-MM-DD` of a real date, or of a text starting with one (a Date is read in UTC); else null. */
export function isoDate(v: string | Date | null | undefined): string | null {
  if (v === null || v === undefined || v === '') {
    return null;
  }
  if (v instanceof Date) {
    return Number.isNaN(v.getTime()) ? null : v.toISOString().slice(0, 10);
  }
  return isoDateText(v);
}

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const CONTROLS = new RegExp(CONTROL.source, 'g');
/** First characters a spreadsheet reads as the start of a formula. */
const FORMULA_START = /^[=+\-@]/;

/**
 * A text cell of a published file, safe to open in a spreadsheet (README, « Fichiers publiés »):
 * control characters removed, newlines and runs of spaces as one space, and a cell starting with
 * `=`, `+`, `-` or `@` (a formula to a spreadsheet) prefixed with an apostrophe, which every
 * spreadsheet shows as text. Still valid for the SCDL schemas: their constrained columns
 * (dates, numbers, SIRET, codes) never start with those characters.
 */
export function oneLine(v: string | null | undefined): string {
  let text = v ?? '';
  if (CONTROL.test(text)) {
    text = text.replace(CONTROLS, '');
  }
  // Only a whitespace other than a space, or two in a row, is replaced: skip the copy otherwise.
  text = (/[^\S ]| {2}/.test(text) ? text.replace(/\s+/g, ' ') : text).trim();
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Validata's SIRET rule, remembered: an export repeats its organisations' SIRET. */
export const isValidSiret = memo(isValidFrenchSiret);

export type Matiere = { code: string; nom: string };

/** A code's SCDL matière, the reason it has none, or the level-1 part a label must complete. */
const matiereOfCode = memo(
  (rawCode: string): Matiere | string | { code: string; level1: string; raw: string } => {
    const c = describeClassification(rawCode);
    if (!c.level1Label || !c.level2Code || !/^\d\.\d{1,2}$/.test(c.level2Code)) {
      return `classification « ${c.code} » hors nomenclature ACTES`;
    }
    if (c.matiereNom) {
      return { code: c.level2Code, nom: c.matiereNom };
    }
    return { code: c.level2Code, level1: scdlPart(c.level1Label), raw: c.code };
  },
);

const labelPart = memo((label: string) => scdlPart(oneLine(label)));

/**
 * SCDL `DELIB_MATIERE_CODE` and `DELIB_MATIERE_NOM` of an ACTES code (the prefecture's label, or
 * « code inconnu », completes a level-2 code missing from the national list), or why there are
 * none.
 */
export function matiere(
  code: string | null | undefined,
  label: string | null | undefined,
): Matiere | string {
  if (!code) {
    return 'classification absente';
  }
  const m = matiereOfCode(code);
  if (typeof m === 'string' || 'nom' in m) {
    return m;
  }
  // A level 2 outside the national list: the prefecture's label when it sent one, else said as
  // such (never a label taken from another level); the row stays in the file.
  const part = labelPart(label ?? '') || 'code inconnu';
  return { code: m.code, nom: `${m.level1}/${part}` };
}
