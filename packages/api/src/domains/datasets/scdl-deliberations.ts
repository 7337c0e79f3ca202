import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import schemaJson from './schemas/scdl-deliberations/2.1.3/schema.json' with { type: 'json' };
import { isoDate, isValidSiret, matiere, oneLine, type Matiere } from './scdl-cells.js';
import { parseTableSchema, type TableSchema } from '../../infra/table-schema/table-schema-types.js';

/** The official SCDL Délibérations 2.1.3 Table Schema (a copy shipped with the code). */
export const SCDL_DELIBERATIONS_SCHEMA: TableSchema = parseTableSchema(schemaJson);

/** SCDL Délibérations 2.1.3 columns, in schema order. */
export const SCDL_DELIBERATIONS_COLUMNS = [
  'COLL_NOM',
  'COLL_SIRET',
  'DELIB_ID',
  'DELIB_DATE',
  'DELIB_MATIERE_CODE',
  'DELIB_MATIERE_NOM',
  'DELIB_OBJET',
  'BUDGET_ANNEE',
  'BUDGET_NOM',
  'PREF_ID',
  'PREF_DATE',
  'VOTE_EFFECTIF',
  'VOTE_REEL',
  'VOTE_POUR',
  'VOTE_CONTRE',
  'VOTE_ABSTENTION',
  'DELIB_URL',
] as const;

export type ScdlDeliberationColumn = (typeof SCDL_DELIBERATIONS_COLUMNS)[number];

/** One published deliberation, as plain data (one row per deliberation, not per file). */
export interface DeliberationRecord {
  /** COLL_NOM: official name of the authority. */
  organizationName: string;
  /** COLL_SIRET: 14 digits, Luhn-valid. */
  siret: string;
  /** DELIB_ID: the act number. */
  number: string;
  /** DELIB_DATE: `YYYY-MM-DD` (a Date is read in UTC). */
  date: string | Date;
  /** DELIB_OBJET. */
  subject: string;
  /** ACTES code as stored (`8.5`, `7.2.1`, `9.99`…). */
  classificationCode: string | null;
  /** Label sent by the prefecture, used for a level-2 code missing from the national list. */
  classificationLabel?: string | null;
  /** BUDGET_ANNEE (`2024` or `2024/2025`) and BUDGET_NOM: both or neither. */
  budgetYear?: string | null;
  budgetName?: string | null;
  /** PREF_ID (e.g. `PREF035`). */
  prefectureId?: string | null;
  /** PREF_DATE: prefecture acknowledgement date. */
  prefectureAckDate?: string | Date | null;
  votes?: {
    effectif: number;
    reel: number;
    pour: number;
    contre: number;
    abstention: number;
  } | null;
  /** DELIB_URL: public URL of the PDF. */
  url?: string | null;
}

export type ScdlRowResult =
  { ok: true; row: string[]; notes: string[] } | { ok: false; reason: string };

const NO_VOTES = ['', '', '', '', ''];

function votes(rec: DeliberationRecord, notes: string[]): string[] {
  const v = rec.votes;
  if (!v) {
    return NO_VOTES;
  }
  const all = [v.effectif, v.reel, v.pour, v.contre, v.abstention];
  const coherent =
    all.every((n) => Number.isInteger(n) && n >= 0) &&
    v.effectif >= v.reel &&
    v.reel === v.pour + v.contre + v.abstention;
  if (!coherent) {
    notes.push('votes incohérents : colonnes VOTE_* laissées vides');
    return NO_VOTES;
  }
  return all.map(String);
}

function url(v: string | null | undefined, notes: string[]): string {
  if (!v) {
    return '';
  }
  try {
    const u = new URL(v);
    if (u.protocol === 'https:' || u.protocol === 'http:') {
      return u.href;
    }
  } catch {
    // reported below
  }
  notes.push(`URL « ${v} » invalide : DELIB_URL laissé vide`);
  return '';
}

/** Why a row cannot be written validly (the first reason), or null. */
function invalidReason(
  name: string,
  siret: string,
  number: string,
  date: string | null,
  subject: string,
  m: Matiere | string,
): string | null {
  if (!name) {
    return 'nom de la collectivité absent';
  }
  if (!isValidSiret(siret)) {
    return `SIRET « ${siret} » invalide`;
  }
  if (!number) {
    return "numéro de l'acte absent";
  }
  if (!date) {
    return "date de l'acte invalide";
  }
  if (!subject) {
    return 'objet absent';
  }
  return typeof m === 'string' ? m : null;
}

/** Builds the SCDL row of one deliberation, or says why it cannot be written validly. */
export function toScdlDeliberationRow(rec: DeliberationRecord): ScdlRowResult {
  const notes: string[] = [];
  const name = oneLine(rec.organizationName);
  const siret = (rec.siret ?? '').trim();
  const number = oneLine(rec.number);
  const date = isoDate(rec.date);
  const subject = oneLine(rec.subject);
  const m = matiere(rec.classificationCode, rec.classificationLabel);
  const reason = invalidReason(name, siret, number, date, subject, m);
  if (reason !== null) {
    return { ok: false, reason };
  }
  const { code, nom } = m as Matiere;

  let budgetYear = oneLine(rec.budgetYear);
  let budgetName = oneLine(rec.budgetName);
  const years = /^(\d{4})(?:\/(\d{4}))?$/.exec(budgetYear);
  if (
    (budgetYear || budgetName) &&
    (!budgetYear || !budgetName || !years || (years[2] && +years[2] <= +years[1]))
  ) {
    notes.push('année ou nom de budget incomplet ou invalide : colonnes BUDGET_* laissées vides');
    budgetYear = '';
    budgetName = '';
  }
  let prefDate = isoDate(rec.prefectureAckDate) ?? '';
  if (prefDate && prefDate < date!) {
    notes.push("date d'accusé de réception antérieure à la date de l'acte : PREF_DATE laissé vide");
    prefDate = '';
  }
  const row = [
    name,
    siret,
    number,
    date!,
    code,
    nom,
    subject,
    budgetYear,
    budgetName,
    oneLine(rec.prefectureId),
    prefDate,
    ...votes(rec, notes),
    url(rec.url, notes),
  ];
  return { ok: true, row, notes };
}

export interface ScdlCsvOptions {
  /** Called for a deliberation that cannot be written validly (it is left out). */
  onSkip?: (record: DeliberationRecord, reason: string) => void;
  /** Called when a row was written with some optional columns emptied. */
  onNote?: (record: DeliberationRecord, notes: string[]) => void;
}

/**
 * Streams an SCDL Délibérations 2.1.3 CSV (UTF-8 without BOM, comma, RFC 4180 quoting, LF):
 * the header, then one row per record. Records are pulled one at a time, so memory stays flat
 * whatever the number of rows. Errors of the source are emitted by the returned stream.
 */
export function scdlDeliberationsCsv(
  records: AsyncIterable<DeliberationRecord> | Iterable<DeliberationRecord>,
  options: ScdlCsvOptions = {},
): Readable {
  const stringifier = stringify({
    header: true,
    columns: [...SCDL_DELIBERATIONS_COLUMNS],
    delimiter: ',',
    record_delimiter: '\n',
    bom: false,
  });
  async function* rows(): AsyncGenerator<string[]> {
    for await (const rec of records) {
      const res = toScdlDeliberationRow(rec);
      if (res.ok) {
        if (res.notes.length > 0) {
          options.onNote?.(rec, res.notes);
        }
        yield res.row;
      } else {
        options.onSkip?.(rec, res.reason);
      }
    }
  }
  pipeline(Readable.from(rows()), stringifier).catch(() => undefined);
  return stringifier;
}

/** SCDL file name: `AAAAMMJJ_<SIREN>_<slug>.csv` (date of creation, UTC). */
export function scdlFileName(siren: string, slug: string, createdAt: Date = new Date()): string {
  const day = createdAt.toISOString().slice(0, 10).replace(/-/g, '');
  const clean = slug
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${day}_${siren}_${clean}.csv`;
}
