import type { XsdSchema } from '../../infra/xml/safe-xml.js';
import { frenchMessage, usefulIssues } from './decp-messages.js';
import { repairRecord } from './decp-repairs.js';
import type { DecpSchemas } from './decp-schemas.js';
import { DecpFileError } from './procurement.errors.js';
import {
  DECP_KINDS,
  summarize,
  type DecpIssue,
  type DecpKind,
  type DecpRecord,
  type DecpSummary,
} from './decp-record.js';
import { DecpJsonRecords, LEGACY, type RawRecord } from './decp-json-stream.js';
import { DecpXmlRecords, type XmlRawRecord } from './decp-xml-stream.js';

export type DecpFormat = 'JSON' | 'XML';

/** A record that passed every check, ready to be stored. */
export interface AcceptedRecord {
  index: number;
  kind: DecpKind;
  record: DecpRecord;
  summary: DecpSummary;
}

export interface DecpReading {
  format: DecpFormat;
  /** Records in the file (valid or not). */
  total: number;
  accepted: AcceptedRecord[];
  errors: DecpIssue[];
  warnings: DecpIssue[];
}

/** What became of one record of the file: kept (with warnings) or refused (with errors). */
export interface RecordOutcome {
  index: number;
  kind: DecpKind;
  /** Its buyer's SIREN, when it names one. */
  siren: string | null;
  accepted: AcceptedRecord | null;
  errors: DecpIssue[];
  warnings: DecpIssue[];
}

const unknownFormat = () =>
  new DecpFileError(
    'procurement/unknown_format',
    'Format de fichier non reconnu : un fichier DECP 2.0 en JSON ou en XML est attendu.',
  );

/**
 * Reads a whole DECP file held in memory (JSON 2.0.x or XML 2.0.x): every record checked against
 * the official schema (JSON Schema 2.0.3; the XSD too for XML), the unambiguous defects corrected
 * with a warning. A file that cannot be read as DECP 2.0 at all throws a DecpFileError. Intake
 * streams files instead (decp-stream-reader.ts): this is for small texts (manual entry, tests).
 * XML needs the XSD loaded first (`await schemas.loadXsd()`).
 */
export function readDecp(text: string, schemas: DecpSchemas): DecpReading {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  let format: DecpFormat;
  let outcomes: RecordOutcome[];
  if (trimmed.startsWith('<')) {
    format = 'XML';
    const reader = new DecpXmlRecords(schemas.root);
    const raws = [...reader.push(trimmed), ...reader.end()];
    // Marchés first, then concessions, as the records were always reported.
    raws.sort((a, b) => DECP_KINDS.indexOf(a.kind) - DECP_KINDS.indexOf(b.kind));
    const checker = new DecpChecker('XML', schemas);
    const xsd = schemas.xsd;
    outcomes = raws.map((r) => checkXmlRecord(checker, xsd, r));
  } else if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    format = 'JSON';
    const reader = new DecpJsonRecords();
    const checker = new DecpChecker('JSON', schemas);
    const raws = [...reader.push(trimmed), ...reader.end()];
    raws.sort((a, b) => DECP_KINDS.indexOf(a.kind) - DECP_KINDS.indexOf(b.kind));
    outcomes = raws.map((r) => checker.check(r));
  } else {
    throw unknownFormat();
  }
  const reading: DecpReading = { format, total: 0, accepted: [], errors: [], warnings: [] };
  for (const o of outcomes) {
    reading.total++;
    if (o.accepted) {
      reading.accepted.push(o.accepted);
    }
    reading.errors.push(...o.errors);
    reading.warnings.push(...o.warnings);
  }
  return reading;
}

/**
 * Checks a record read from XML: its element alone against the XSD (`marche` and
 * `contrat-concession` are global elements of it: decp-xml-stream.ts), then its JSON shape.
 */
export function checkXmlRecord(
  checker: DecpChecker,
  xsd: XsdSchema,
  r: XmlRawRecord,
): RecordOutcome {
  let found: string[];
  try {
    found = xsd.validate(r.xml).map((i) => i.message);
  } catch (err) {
    // Not expected (saxes read it well-formed): reported as what it is.
    found = [err instanceof Error ? err.message : String(err)];
  }
  return checker.check(r, [...r.structure, ...found]);
}

function isLegacyRecord(r: DecpRecord): boolean {
  return (
    !!r &&
    typeof r === 'object' &&
    ('uid' in r ||
      (r._type !== undefined &&
        ('lieuExecution' in r ? !('typeCode' in (r.lieuExecution as object)) : true)))
  );
}

/**
 * Checks records one at a time: the 1.x shape (throws: the whole file is refused), repairs with
 * their warnings, the JSON Schema (and the XSD's findings for XML). It remembers the key of every
 * record kept (buyer SIRET and `id`, a few dozen bytes each, not the records) to warn when a
 * contract comes twice in one file: the later one is what the buyer published last.
 */
export class DecpChecker {
  private readonly seen = new Map<string, { index: number; kind: DecpKind }>();

  constructor(
    private readonly format: DecpFormat,
    private readonly schemas: DecpSchemas,
  ) {}

  check(r: RawRecord, xsd: string[] = []): RecordOutcome {
    if (isLegacyRecord(r.record)) {
      throw new DecpFileError('procurement/legacy_format', LEGACY);
    }
    const decpId = typeof r.record?.id === 'string' ? r.record.id : null;
    const siren = buyerSirenOf(r.record);
    const out: RecordOutcome = {
      index: r.index,
      kind: r.kind,
      siren,
      accepted: null,
      errors: [],
      warnings: [],
    };
    const issue = (code: string, message: string, pointer: string): DecpIssue => ({
      siren,
      index: r.index,
      kind: r.kind,
      decpId,
      path: this.format === 'JSON' ? `${r.base}${pointer}` : `${r.base}${xmlPath(pointer)}`,
      code,
      message,
    });
    if (!r.record || typeof r.record !== 'object' || Array.isArray(r.record)) {
      out.errors.push(
        issue('procurement/invalid_record', 'Enregistrement illisible : un objet est attendu.', ''),
      );
      return out;
    }
    for (const rep of repairRecord(this.schemas.root, r.kind, r.record)) {
      out.warnings.push(issue('procurement/repaired', rep.message, rep.pointer));
    }
    const found = usefulIssues(this.schemas.json203.validate(r.record, r.kind));
    if (found.length > 0 || xsd.length > 0) {
      for (const f of found) {
        out.errors.push(issue('procurement/invalid_record', frenchMessage(f), f.pointer));
      }
      if (found.length === 0) {
        for (const m of xsd.slice(0, 5)) {
          out.errors.push(
            issue('procurement/xsd_invalid', `Non conforme au schéma XSD 2.0.2 : ${m}`, ''),
          );
        }
      }
      return out;
    }
    const summary = summarize(r.kind, r.record);
    out.accepted = { index: r.index, kind: r.kind, record: r.record, summary };
    // A copy, not a slice: the parsed values point into the file's text chunks, which a kept
    // key would hold in memory for the whole file.
    const key = Buffer.from(`${summary.buyerSiret}/${summary.decpId}`).toString();
    const prev = this.seen.get(key);
    if (prev) {
      out.warnings.push({
        index: prev.index,
        kind: prev.kind,
        decpId: summary.decpId,
        path: null,
        siren: summary.buyerSiret.slice(0, 9),
        code: 'procurement/duplicate_in_file',
        message: `Contrat « ${summary.decpId} » présent plusieurs fois dans le fichier : la dernière occurrence est retenue.`,
      });
    }
    this.seen.set(key, { index: r.index, kind: r.kind });
    return out;
  }
}

/** The SIREN of a record's buyer (first 9 digits of its SIRET), when there is one. */
export function buyerSirenOf(r: unknown): string | null {
  const o = (r && typeof r === 'object' ? r : {}) as Record<string, { id?: unknown } | undefined>;
  const id = String(o.acheteur?.id ?? o.autoriteConcedante?.id ?? '').trim();
  return /^\d{14}$/.test(id) ? id.slice(0, 9) : null;
}

/** `/titulaires/0/titulaire/id` → `/titulaires/titulaire[1]/id` (the XML element's place). */
function xmlPath(pointer: string): string {
  const parts = pointer.split('/').filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    if (/^\d+$/.test(p)) {
      const next = parts[i + 1];
      if (next && !/^\d+$/.test(next)) {
        out.push(`${next}[${Number(p) + 1}]`);
        i++;
      } else if (out.length) {
        out[out.length - 1] = `${out[out.length - 1]}[${Number(p) + 1}]`;
      }
    } else {
      out.push(p);
    }
  }
  return out.length ? `/${out.join('/')}` : '';
}
