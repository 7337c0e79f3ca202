import { readXml, XmlReadError, type XmlNodeData } from '../../infra/xml/safe-xml.js';
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
import { xmlRecordToJson } from './decp-xml.js';

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

interface RawRecord {
  index: number;
  kind: DecpKind;
  record: DecpRecord;
  /** `/marches/marche/3` (JSON) or `/marches/marche[4]` (XML). */
  base: string;
  line?: number;
}

const LEGACY =
  'Fichier au format DECP 1.x (racine « marches » en liste, champ « _type ») : ce format n’est plus accepté. Les marchés notifiés depuis le 1er janvier 2024 se publient au format 2.0 (« marches » contenant « marche » et « contrat-concession »).';

/**
 * Reads a DECP file (JSON 2.0.x or XML 2.0.x), checks every record against the official schema
 * (JSON Schema 2.0.3; the XSD too for XML), corrects the unambiguous defects with a warning,
 * and returns the valid records and a report. A file that cannot be read as DECP 2.0 at all
 * throws a DecpFileError (nothing of it is kept).
 */
export function readDecp(text: string, schemas: DecpSchemas): DecpReading {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (trimmed.startsWith('<')) {
    return readXmlFile(trimmed, schemas);
  }
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    return readJsonFile(trimmed, schemas);
  }
  throw new DecpFileError(
    'procurement/unknown_format',
    'Format de fichier non reconnu : un fichier DECP 2.0 en JSON ou en XML est attendu.',
  );
}

function readJsonFile(text: string, schemas: DecpSchemas): DecpReading {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw new DecpFileError(
      'procurement/invalid_json',
      `Le fichier n’est pas un JSON valide : ${(err as Error).message}.`,
    );
  }
  const root = doc as Record<string, unknown>;
  if (Array.isArray(doc) || Array.isArray(root?.marches)) {
    throw new DecpFileError('procurement/legacy_format', LEGACY);
  }
  const marches = root?.marches as Record<string, unknown> | undefined;
  if (!marches || typeof marches !== 'object') {
    throw new DecpFileError(
      'procurement/wrong_shape',
      'Structure inattendue : un objet « marches » contenant les listes « marche » et/ou « contrat-concession » est attendu.',
    );
  }
  const raws: RawRecord[] = [];
  for (const kind of DECP_KINDS) {
    const list = marches[kind];
    if (list === undefined) {
      continue;
    }
    if (!Array.isArray(list)) {
      throw new DecpFileError(
        'procurement/wrong_shape',
        `Structure inattendue : « marches.${kind} » doit être une liste.`,
      );
    }
    list.forEach((record, index) =>
      raws.push({ index, kind, record: record as DecpRecord, base: `/marches/${kind}/${index}` }),
    );
  }
  if (raws.length === 0 && !DECP_KINDS.some((k) => Array.isArray(marches[k]))) {
    throw new DecpFileError(
      'procurement/wrong_shape',
      'Structure inattendue : « marches » ne contient ni « marche » ni « contrat-concession ».',
    );
  }
  if (raws.some((r) => isLegacyRecord(r.record))) {
    throw new DecpFileError('procurement/legacy_format', LEGACY);
  }
  return checkRecords('JSON', raws, schemas, new Map());
}

function readXmlFile(text: string, schemas: DecpSchemas): DecpReading {
  let root: XmlNodeData;
  try {
    root = readXml(text);
  } catch (err) {
    if (err instanceof XmlReadError) {
      throw err.reason === 'doctype'
        ? new DecpFileError(
            'procurement/xml_doctype',
            `Fichier XML refusé : il contient une déclaration DOCTYPE ou ENTITY (ligne ${err.line}), interdite ici pour éviter l’expansion d’entités. Retirez-la.`,
          )
        : new DecpFileError(
            'procurement/invalid_xml',
            `Le fichier n’est pas un XML bien formé${err.line ? ` (ligne ${err.line})` : ''} : ${err.message}`,
          );
    }
    throw err;
  }
  if (root.name !== 'marches') {
    throw new DecpFileError(
      'procurement/wrong_shape',
      `Structure inattendue : l’élément racine doit être <marches>, pas <${root.name}>.`,
    );
  }
  const raws: RawRecord[] = [];
  const counters: Record<string, number> = {};
  for (const el of root.children) {
    if (el.name !== 'marche' && el.name !== 'contrat-concession') {
      continue; // reported by the XSD
    }
    const kind = el.name as DecpKind;
    const index = counters[kind] ?? 0;
    counters[kind] = index + 1;
    if (el.children.some((c) => c.name === 'uid' || c.name === '_type')) {
      throw new DecpFileError('procurement/legacy_format', LEGACY);
    }
    raws.push({
      index,
      kind,
      record: xmlRecordToJson(schemas.root, kind, el),
      base: `/marches/${kind}[${index + 1}]`,
      line: el.line,
    });
  }
  // The XSD too: its violations are given to the record whose element holds the line.
  const xsdByRecord = new Map<RawRecord, string[]>();
  const starts = raws.map((r) => r.line ?? 0);
  for (const issue of schemas.xsd.validate(text)) {
    let at = -1;
    starts.forEach((s, i) => {
      if (s <= issue.line) {
        at = i;
      }
    });
    const r = raws[at];
    if (r) {
      xsdByRecord.set(r, [...(xsdByRecord.get(r) ?? []), issue.message]);
    }
  }
  return checkRecords('XML', raws, schemas, xsdByRecord);
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

function checkRecords(
  format: DecpFormat,
  raws: RawRecord[],
  schemas: DecpSchemas,
  xsdIssues: Map<RawRecord, string[]>,
): DecpReading {
  const accepted: AcceptedRecord[] = [];
  const errors: DecpIssue[] = [];
  const warnings: DecpIssue[] = [];
  const pathOf = (r: RawRecord, pointer: string) =>
    format === 'JSON' ? `${r.base}${pointer}` : `${r.base}${xmlPath(pointer)}`;
  for (const r of raws) {
    const decpId = typeof r.record?.id === 'string' ? r.record.id : null;
    const siren = buyerSirenOf(r.record);
    const issue = (code: string, message: string, pointer: string): DecpIssue => ({
      siren,
      index: r.index,
      kind: r.kind,
      decpId,
      path: pathOf(r, pointer),
      code,
      message,
    });
    if (!r.record || typeof r.record !== 'object' || Array.isArray(r.record)) {
      errors.push(
        issue('procurement/invalid_record', 'Enregistrement illisible : un objet est attendu.', ''),
      );
      continue;
    }
    for (const rep of repairRecord(schemas.root, r.kind, r.record)) {
      warnings.push(issue('procurement/repaired', rep.message, rep.pointer));
    }
    const found = usefulIssues(schemas.json203.validate(r.record, r.kind));
    const xsd = xsdIssues.get(r) ?? [];
    if (found.length > 0 || xsd.length > 0) {
      for (const f of found) {
        errors.push(issue('procurement/invalid_record', frenchMessage(f), f.pointer));
      }
      if (found.length === 0) {
        for (const m of xsd.slice(0, 5)) {
          errors.push(
            issue('procurement/xsd_invalid', `Non conforme au schéma XSD 2.0.2 : ${m}`, ''),
          );
        }
      }
      continue;
    }
    accepted.push({
      index: r.index,
      kind: r.kind,
      record: r.record,
      summary: summarize(r.kind, r.record),
    });
  }
  // The same contract twice in one file: the later one is what the buyer published last.
  const last = new Map<string, AcceptedRecord>();
  for (const a of accepted) {
    const key = `${a.summary.buyerSiret}/${a.summary.decpId}`;
    const prev = last.get(key);
    if (prev) {
      warnings.push({
        index: prev.index,
        kind: prev.kind,
        decpId: prev.summary.decpId,
        path: null,
        siren: prev.summary.buyerSiret.slice(0, 9),
        code: 'procurement/duplicate_in_file',
        message: `Contrat « ${prev.summary.decpId} » présent plusieurs fois dans le fichier : la dernière occurrence est retenue.`,
      });
    }
    last.set(key, a);
  }
  return { format, total: raws.length, accepted, errors, warnings };
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
