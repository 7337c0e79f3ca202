import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import { describeClassification, scdlPart } from './actes-nomenclature.js';
import schemaJson from './schemas/scdl-deliberations/2.1.3/schema.json' with { type: 'json' };
import { isValidFrenchSiret } from './table-schema-checks.js';
import { parseTableSchema, type TableSchema } from './table-schema-types.js';

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

function isoDate(v: string | Date | null | undefined): string | null {
  if (v === null || v === undefined || v === '') {
    return null;
  }
  if (v instanceof Date) {
    return Number.isNaN(v.getTime()) ? null : v.toISOString().slice(0, 10);
  }
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(v.trim());
  if (!m) {
    return null;
  }
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3]
    ? `${m[1]}-${m[2]}-${m[3]}`
    : null;
}

/** Single-line text: newlines and runs of spaces become one space. */
function oneLine(v: string | null | undefined): string {
  return (v ?? '').replace(/\s+/g, ' ').trim();
}

function matiere(rec: DeliberationRecord): { code: string; nom: string } | string {
  if (!rec.classificationCode) {
    return 'classification absente';
  }
  const c = describeClassification(rec.classificationCode);
  if (!c.level1Label || !c.level2Code || !/^\d\.\d{1,2}$/.test(c.level2Code)) {
    return `classification « ${c.code} » hors nomenclature ACTES`;
  }
  if (c.matiereNom) {
    return { code: c.level2Code, nom: c.matiereNom };
  }
  const label = scdlPart(oneLine(rec.classificationLabel));
  if (!label) {
    return `classification « ${c.code} » inconnue et sans libellé`;
  }
  return { code: c.level2Code, nom: `${scdlPart(c.level1Label)}/${label}` };
}

function votes(rec: DeliberationRecord, notes: string[]): string[] {
  const v = rec.votes;
  if (!v) {
    return ['', '', '', '', ''];
  }
  const all = [v.effectif, v.reel, v.pour, v.contre, v.abstention];
  const coherent =
    all.every((n) => Number.isInteger(n) && n >= 0) &&
    v.effectif >= v.reel &&
    v.reel === v.pour + v.contre + v.abstention;
  if (!coherent) {
    notes.push('votes incohérents : colonnes VOTE_* laissées vides');
    return ['', '', '', '', ''];
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

/** Builds the SCDL row of one deliberation, or says why it cannot be written validly. */
export function toScdlDeliberationRow(rec: DeliberationRecord): ScdlRowResult {
  const notes: string[] = [];
  const name = oneLine(rec.organizationName);
  const siret = (rec.siret ?? '').trim();
  const number = oneLine(rec.number);
  const date = isoDate(rec.date);
  const subject = oneLine(rec.subject);
  const m = matiere(rec);
  const missing = [
    [!name, 'nom de la collectivité absent'],
    [!isValidFrenchSiret(siret), `SIRET « ${siret} » invalide`],
    [!number, "numéro de l'acte absent"],
    [!date, "date de l'acte invalide"],
    [!subject, 'objet absent'],
    [typeof m === 'string', m],
  ].find(([bad]) => bad);
  if (missing) {
    return { ok: false, reason: String(missing[1]) };
  }
  const { code, nom } = m as { code: string; nom: string };

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
