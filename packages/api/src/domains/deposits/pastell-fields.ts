// Field rules of Pastell's metadata.json: one zod schema, label and error code per key.
import { z } from 'zod';
import { splitClassification } from '../../shared/actes-nomenclature.js';
import { ACT_SUBJECT_MAX as SUBJECT_MAX } from '../../shared/limits.js';
import { NATURE_DETAILS, POD_VALUES, type ActNatureCode } from './act-nature.js';
import type { DepositErrorCode } from './deposit-error.js';

export interface FieldRule {
  label: string;
  required?: boolean;
  code: DepositErrorCode;
  schema: z.ZodType;
}

const DATE_RE =
  /^(\d{4})-?(\d{2})-?(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** `YYYY-MM-DD`, `YYYYMMDD` or an ISO date-time → `YYYY-MM-DD`; null if not a real date. */
export function normalizeDate(value: string): string | null {
  const m = DATE_RE.exec(value.trim());
  if (!m) {
    return null;
  }
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  const real =
    date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
  if (!real || y < 1900 || y > 2100) {
    return null;
  }
  return `${m[1]}-${m[2]}-${m[3]}`;
}

const NO_CONTROL = /^[^\p{Cc}]*$/u;
const dateSchema = z
  .string({ error: 'une chaîne de caractères est attendue' })
  .transform((v, ctx) => {
    const d = normalizeDate(v);
    if (d === null) {
      ctx.addIssue({
        code: 'custom',
        message: 'date inexistante ou au mauvais format (AAAA-MM-JJ attendu)',
      });
      return z.NEVER;
    }
    return d;
  });
const stringOrNumber = z.union([z.string(), z.number()], {
  error: 'une chaîne de caractères est attendue',
});
const fileName = z
  .string()
  .max(255, { error: 'nom de fichier de 255 caractères au plus' })
  .regex(NO_CONTROL, { error: 'caractères de contrôle interdits dans un nom de fichier' });
const fileList = z
  .union([z.array(fileName), fileName], { error: 'une liste de noms de fichiers est attendue' })
  .transform((v) => (typeof v === 'string' ? [v] : v));

export const RULES: Record<string, FieldRule> = {
  numero_de_lacte: {
    label: "numéro de l'acte",
    required: true,
    code: 'deposit/invalid_field',
    schema: z
      .string({ error: 'une chaîne de caractères est attendue' })
      .trim()
      .min(1, { error: 'le numéro ne peut pas être vide' })
      .max(64, { error: '64 caractères au plus' })
      .regex(NO_CONTROL, { error: 'caractères de contrôle interdits' }),
  },
  date_de_lacte: {
    label: "date de l'acte",
    required: true,
    code: 'deposit/bad_date',
    schema: dateSchema,
  },
  date_ar: {
    label: "date d'accusé de réception en préfecture",
    code: 'deposit/bad_date',
    schema: dateSchema,
  },
  objet: {
    label: "objet de l'acte",
    required: true,
    code: 'deposit/invalid_field',
    schema: z
      .string({ error: 'une chaîne de caractères est attendue' })
      .trim()
      .min(1, { error: 'l’objet ne peut pas être vide' })
      .max(SUBJECT_MAX, { error: `${SUBJECT_MAX.toLocaleString('fr-FR')} caractères au plus` }),
  },
  siren: {
    label: 'SIREN de la collectivité',
    required: true,
    code: 'deposit/bad_siren',
    schema: z
      .string({ error: 'une chaîne de 9 chiffres est attendue' })
      .regex(/^\d{9}$/, { error: 'le SIREN doit comporter exactement 9 chiffres' }),
  },
  acte_nature: {
    label: "nature de l'acte",
    required: true,
    code: 'deposit/bad_nature',
    schema: stringOrNumber
      .transform((v) => String(v).trim())
      .pipe(z.enum(['1', '2', '3', '4', '5', '6', '7'], { error: 'valeur de 1 à 7 attendue' }))
      .transform((v) => Number(v) as ActNatureCode),
  },
  nature_autre_detail: {
    label: 'précision de nature (LD, AT, PV ou AP)',
    code: 'deposit/bad_nature',
    schema: z
      .string({ error: 'une chaîne de caractères est attendue' })
      .transform((v) => v.trim().toUpperCase())
      .pipe(z.enum(NATURE_DETAILS, { error: 'LD, AT, PV ou AP attendu' })),
  },
  classification: {
    label: 'classification ACTES',
    code: 'deposit/bad_classification',
    schema: z
      .string({ error: 'une chaîne de caractères est attendue' })
      .max(255, { error: '255 caractères au plus' })
      .refine((v) => splitClassification(v) !== null, {
        error: 'doit commencer par un code (par exemple « 8.5 Politique de la ville »)',
      }),
  },
  publication_open_data: {
    label: 'choix de publication open data',
    code: 'deposit/invalid_field',
    schema: stringOrNumber
      .transform((v) => String(v).trim())
      .pipe(z.enum(POD_VALUES, { error: 'valeur 0, 1, 2 ou 3 attendue' })),
  },
  arrete: { label: "fichiers de l'acte", code: 'deposit/invalid_field', schema: fileList },
  acte_tamponne: {
    label: 'fichiers tamponnés par la préfecture',
    code: 'deposit/invalid_field',
    schema: fileList,
  },
  autre_document_attache: { label: 'annexes', code: 'deposit/invalid_field', schema: fileList },
  type_piece: {
    label: 'typologie des pièces',
    code: 'deposit/invalid_field',
    schema: z.string({ error: 'une chaîne de caractères est attendue' }).max(255),
  },
  id_e: {
    label: 'identifiant Pastell de la collectivité',
    code: 'deposit/invalid_field',
    schema: stringOrNumber
      .transform((v) => String(v).trim())
      .pipe(z.string().regex(/^\d{1,20}$/, { error: 'nombre entier attendu' })),
  },
  entity_name: {
    label: 'nom de la collectivité',
    code: 'deposit/invalid_field',
    schema: z
      .string({ error: 'une chaîne de caractères est attendue' })
      .trim()
      .max(255, { error: '255 caractères au plus' }),
  },
};
