import { withoutControlChars } from '../../core/text.js';
import { splitClassification } from '../../shared/actes-nomenclature.js';
import { type ActNatureCode, type NatureDetail, type PodValue } from './act-nature.js';
import { DepositError, type DepositErrorCode } from './deposit-error.js';
import { RULES } from './pastell-fields.js';

export { normalizeDate } from './pastell-fields.js';

/** A Pastell `metadata.json`, validated and typed (dates are `YYYY-MM-DD`). */
export interface PastellDeposit {
  /** Pastell document id, from the zip name (`{id_d}.zip`); null when it cannot be derived. */
  idD: string | null;
  siren: string;
  /** Pastell entity id (`id_e`). */
  entityId: string | null;
  entityName: string | null;
  /** `numero_de_lacte`. */
  number: string;
  /** `date_de_lacte`. */
  date: string;
  /** `date_ar`: prefecture acknowledgement date. */
  prefectureAckDate: string | null;
  /** `objet`. */
  subject: string;
  nature: ActNatureCode;
  /** `nature_autre_detail`, nature 7 only. */
  natureDetail: NatureDetail | null;
  /** `classification` as given (`"8.5 Politique de la ville-habitat-logement"`). */
  classification: string | null;
  /** First token of `classification` (`"8.5"`, `"7.2.1"`), kept as given even when unknown. */
  classificationCode: string | null;
  /** Rest of `classification`: the label sent by the prefecture. */
  classificationLabel: string | null;
  /** `publication_open_data` as given; null when missing or empty (default by nature applies). */
  publicationOpenData: PodValue | null;
  typePiece: string | null;
  /** File names exactly as listed (UTF-8, untouched). */
  files: { originals: string[]; stamped: string[]; annexes: string[] };
}

export interface ParsedMetadata {
  deposit: PastellDeposit;
  /** Non-blocking remarks, in French. */
  warnings: string[];
}

/** Keys Pastell sends that carry nothing for us (connector flags, typology codes). */
const IGNORED_KEY = /^(envoi_.*|type_acte|type_pj)$/;

function isBlank(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
}

function preview(v: unknown): string {
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

type Issue = { code: DepositErrorCode; field: string; message: string };

function decodeJson(input: Uint8Array | string): Record<string, unknown> {
  let text: string;
  try {
    text =
      typeof input === 'string' ? input : new TextDecoder('utf-8', { fatal: true }).decode(input);
  } catch {
    throw new DepositError(
      'deposit/invalid_json',
      "Le fichier metadata.json n'est pas encodé en UTF-8.",
      {
        file: 'metadata.json',
      },
    );
  }
  let value: unknown;
  try {
    text = text.replace(/^\uFEFF/, '');
    value = JSON.parse(text);
  } catch (err) {
    const technical = (err as Error).message;
    const pos = /position (\d+)/.exec(technical);
    let where = '';
    if (pos) {
      const before = text.slice(0, Number(pos[1]));
      const line = before.split('\n').length;
      where = ` : erreur de syntaxe ligne ${line}, colonne ${before.length - before.lastIndexOf('\n')}`;
    } else if (/end of json/i.test(technical)) {
      where = ' : contenu tronqué';
    }
    throw new DepositError(
      'deposit/invalid_json',
      `Le fichier metadata.json n'est pas un JSON valide${where}.`,
      {
        file: 'metadata.json',
        technical,
      },
    );
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new DepositError(
      'deposit/invalid_json',
      'Le fichier metadata.json doit contenir un objet JSON.',
      {
        file: 'metadata.json',
      },
    );
  }
  return value as Record<string, unknown>;
}

function validateFields(raw: Record<string, unknown>, issues: Issue[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, rule] of Object.entries(RULES)) {
    const value = raw[key];
    if (isBlank(value)) {
      if (rule.required) {
        const code = 'deposit/missing_field';
        issues.push({
          code,
          field: key,
          message: `le champ obligatoire « ${key} » (${rule.label}) est absent ou vide`,
        });
      }
      continue;
    }
    const res = rule.schema.safeParse(value);
    if (res.success) {
      out[key] = res.data;
    } else {
      const reason = res.error.issues[0]?.message ?? 'valeur invalide';
      issues.push({
        code: rule.code,
        field: key,
        message: `le champ « ${key} » (${rule.label}) est invalide : ${reason} (reçu : « ${preview(value)} »)`,
      });
    }
  }
  return out;
}

function cleanList(v: unknown, key: string, warnings: string[]): string[] {
  const list = (v as string[] | undefined) ?? [];
  const kept = list.filter((name) => name.trim() !== '');
  if (kept.length !== list.length) {
    warnings.push(`Nom de fichier vide ignoré dans « ${key} ».`);
  }
  return kept;
}

/**
 * Parses and validates a Pastell `metadata.json` (bytes or text).
 * Throws a `DepositError` listing every problem found; the code is the first problem's.
 */
/** Keys of free text, cleaned of control characters before validation. */
const FREE_TEXT_KEYS = ['objet', 'entity_name', 'classification', 'type_piece'];

export function parsePastellMetadata(
  input: Uint8Array | string,
  options: { idD?: string | null } = {},
): ParsedMetadata {
  const raw = decodeJson(input);
  const issues: Issue[] = [];
  const warnings: string[] = [];
  // Control characters (NUL, BEL, ESC…) never enter the database: removed from free text, with a
  // warning; refused in numbers and file names (the field rules).
  for (const key of FREE_TEXT_KEYS) {
    const value = raw[key];
    if (typeof value === 'string') {
      const clean = withoutControlChars(value);
      if (clean.removed) {
        raw[key] = clean.text;
        warnings.push(`Caractères de contrôle retirés : ${RULES[key]!.label}.`);
      }
    }
  }
  const v = validateFields(raw, issues);

  const originals = cleanList(v.arrete, 'arrete', warnings);
  const stamped = cleanList(v.acte_tamponne, 'acte_tamponne', warnings);
  const annexes = cleanList(v.autre_document_attache, 'autre_document_attache', warnings);
  if (
    !issues.some((i) => ['arrete', 'acte_tamponne'].includes(i.field)) &&
    originals.length + stamped.length === 0
  ) {
    issues.push({
      code: 'deposit/no_main_document',
      field: 'arrete',
      message: 'aucun document principal : « arrete » et « acte_tamponne » sont vides',
    });
  }
  if (issues.length > 0) {
    const first = issues[0];
    const message = `Fichier metadata.json refusé : ${issues.map((i) => i.message).join(' ; ')}.`;
    const siren =
      typeof raw.siren === 'string' && /^\d{9}$/.test(raw.siren) ? raw.siren : undefined;
    throw new DepositError(first.code, message, {
      field: first.field,
      file: 'metadata.json',
      issues,
      ...(siren ? { siren } : {}),
    });
  }

  for (const key of Object.keys(raw)) {
    if (!(key in RULES) && !IGNORED_KEY.test(key)) {
      warnings.push(`Clé inconnue ignorée dans metadata.json : « ${key} ».`);
    }
  }
  const nature = v.acte_nature as ActNatureCode;
  let natureDetail = (v.nature_autre_detail as NatureDetail | undefined) ?? null;
  if (nature === 7 && natureDetail === null) {
    warnings.push('Acte hors préfecture (nature 7) sans précision LD, AT, PV ou AP.');
  }
  if (nature !== 7 && natureDetail !== null) {
    warnings.push(
      `Précision de nature « ${natureDetail} » ignorée : elle ne vaut que pour la nature 7.`,
    );
    natureDetail = null;
  }
  const date = v.date_de_lacte as string;
  const ackDate = (v.date_ar as string | undefined) ?? null;
  if (ackDate !== null && ackDate < date) {
    warnings.push(
      `La date d'accusé de réception (${ackDate}) précède la date de l'acte (${date}).`,
    );
  }
  const classification = (v.classification as string | undefined)?.trim() ?? null;
  const split = classification ? splitClassification(classification) : null;
  if (classification === null) {
    warnings.push('Classification ACTES absente.');
  }

  return {
    warnings,
    deposit: {
      idD: options.idD ?? null,
      siren: v.siren as string,
      entityId: (v.id_e as string | undefined) ?? null,
      entityName: (v.entity_name as string | undefined) || null,
      number: v.numero_de_lacte as string,
      date,
      prefectureAckDate: ackDate,
      subject: v.objet as string,
      nature,
      natureDetail,
      classification,
      classificationCode: split?.code ?? null,
      classificationLabel: split?.label ?? null,
      publicationOpenData: (v.publication_open_data as PodValue | undefined) ?? null,
      typePiece: (v.type_piece as string | undefined)?.trim() || null,
      files: { originals, stamped, annexes },
    },
  };
}

/**
 * Pastell document id from a deposit file name: `{id_d}.zip`, `{id_d}-xxx.zip` or `{id_d}_xxx.zip`.
 * Null when the name does not look like a Pastell deposit.
 */
export function pastellIdFromFileName(fileName: string): string | null {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const m = /^([A-Za-z0-9]{1,32})(?:[-_][^/]*)?\.zip$/i.exec(base);
  return m ? m[1] : null;
}
