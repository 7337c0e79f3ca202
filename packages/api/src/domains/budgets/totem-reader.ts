import { BUDGET_STAGE_BY_NATDEC, type BudgetStageName } from '../../shared/budget.js';
import { readXml, XmlReadError } from '../../infra/xml/xml-reader.js';
import type { DecodedXml } from '../../infra/xml/xml-text.js';
import { BudgetError } from './budget-error.js';

/** One `LigneBudget` (not `calculated`), its values as written (`V` attributes). */
export interface TotemLine {
  Nature?: string;
  LibCpte?: string;
  Fonction?: string;
  ContNat?: string;
  Operation?: string;
  ArtSpe?: string;
  CodRD?: string;
  OpBudg?: string;
  TypOpBudg?: string;
  MtReal?: string;
  MtBudgPrec?: string;
  MtRARPrec?: string;
  MtPropNouv?: string;
  MtPrev?: string;
  CredOuv?: string;
  MtRAR3112?: string;
  /** `CaracSup Code="Section"`: `F` or `I`, written by some editors. */
  Section?: string;
}

const LINE_FIELDS = new Set([
  'Nature',
  'LibCpte',
  'Fonction',
  'ContNat',
  'Operation',
  'ArtSpe',
  'CodRD',
  'OpBudg',
  'TypOpBudg',
  'MtReal',
  'MtBudgPrec',
  'MtRARPrec',
  'MtPropNouv',
  'MtPrev',
  'CredOuv',
  'MtRAR3112',
]);

/** What a TOTEM `DocumentBudgetaire` (alone or inside a CFU) says. */
export interface TotemDocument {
  stage: BudgetStageName;
  year: number;
  /** `IdEtab`: the établissement whose budget it is. */
  siret: string;
  /** `IdColl`: the authority. */
  collectivitySiret: string | null;
  establishmentName: string;
  collectivityName: string | null;
  /** `Nomenclature` as written (`M14-M14_COM_500_3500`), then split on the first `-`. */
  nomenclature: string;
  norm: string;
  declination: string;
  /** `Scellement/@date`. */
  sealedAt: Date | null;
  /** `DteDec`: date of the decision (tells two DMs of a year apart). */
  decisionDate: string | null;
  /** `ProjetBudget`: a draft. */
  draft: boolean;
  /** `CodTypBud`: P principal, A annexe. */
  budgetType: string | null;
  lines: TotemLine[];
  /** `LigneBudget calculated="true"` left out. */
  calculatedSkipped: number;
}

const HEAD_FIELDS: Record<string, string> = {
  'EnTeteDocBudgetaire/LibelleColl': 'collectivityName',
  'EnTeteDocBudgetaire/IdColl': 'collectivitySiret',
  'EnTeteBudget/LibelleEtab': 'establishmentName',
  'EnTeteBudget/IdEtab': 'siret',
  'EnTeteBudget/Nomenclature': 'nomenclature',
  'BlocBudget/NatDec': 'natDec',
  'BlocBudget/Exer': 'exer',
  'BlocBudget/DteDec': 'decisionDate',
  'BlocBudget/ProjetBudget': 'draft',
  'BlocBudget/CodTypBud': 'budgetType',
};

const MAX_LINES = 500_000;

function xmlFailure(err: XmlReadError): BudgetError {
  switch (err.code) {
    case 'xml/doctype_forbidden':
      return new BudgetError('budget/entities_forbidden', err.message);
    case 'xml/truncated':
      return new BudgetError('budget/truncated', err.message);
    case 'xml/empty':
    case 'xml/malformed':
    case 'xml/too_deep':
      return new BudgetError(
        'budget/not_xml',
        `Le fichier n’est pas un XML lisible : ${err.message.replace(/^XML mal formé : /, '')}`,
      );
  }
}

/**
 * Reads a TOTEM budget document from its decoded text (streaming: one pass, nothing but the
 * values kept). The budget part of a CFU (`CompteFinancierUnique`) is its inner
 * `DocumentBudgetaire`. Throws a BudgetError with a French message on anything unreadable.
 */
export function readTotem(xml: DecodedXml, onProgress?: (share: number) => void): TotemDocument {
  const head: Record<string, string> = {};
  const lines: TotemLine[] = [];
  let root: string | null = null;
  let sealedAt: string | null = null;
  let line: TotemLine | null = null;
  let calculatedSkipped = 0;
  let docDepth = -1;
  try {
    readXml(
      xml.text,
      {
        open({ name, attributes: a, path }) {
          root ??= name;
          if (
            path.length === 0 &&
            name !== 'DocumentBudgetaire' &&
            name !== 'CompteFinancierUnique'
          ) {
            throw new BudgetError(
              'budget/not_totem',
              `Ce fichier XML n’est pas un document budgétaire TOTEM (élément racine « ${name} » au lieu de « DocumentBudgetaire » ou « CompteFinancierUnique »).`,
            );
          }
          if (name === 'DocumentBudgetaire' && docDepth < 0) {
            docDepth = path.length;
            return;
          }
          if (docDepth < 0) {
            return;
          }
          const parent = path[path.length - 1];
          if (name === 'Scellement' && path.length === docDepth + 1) {
            sealedAt = a.date ?? null;
          } else if (name === 'LigneBudget' && parent === 'Budget') {
            if (a.calculated === 'true') {
              calculatedSkipped++;
              line = null;
            } else {
              line = {};
            }
          } else if (parent === 'LigneBudget') {
            if (line && LINE_FIELDS.has(name) && a.V !== undefined) {
              (line as Record<string, string>)[name] = a.V.trim();
            } else if (line && name === 'CaracSup' && a.Code === 'Section' && a.V) {
              line.Section = a.V.trim();
            }
          } else if (parent) {
            const field = HEAD_FIELDS[`${parent}/${name}`];
            if (field && a.V !== undefined && path[path.length - 2] !== 'LigneBudget') {
              head[field] ??= a.V.trim();
            }
          }
        },
        close(name, path) {
          if (name === 'LigneBudget' && path[path.length - 1] === 'Budget') {
            if (line) {
              if (lines.length >= MAX_LINES) {
                throw new BudgetError(
                  'budget/too_large',
                  `Le document compte plus de ${MAX_LINES} lignes budgétaires : refusé.`,
                );
              }
              lines.push(line);
            }
            line = null;
          }
        },
      },
      { onProgress },
    );
  } catch (err) {
    throw err instanceof XmlReadError ? xmlFailure(err) : err;
  }
  if (docDepth < 0) {
    throw new BudgetError(
      'budget/not_totem',
      `Ce fichier XML n’est pas un document budgétaire TOTEM (élément racine « ${root ?? '?'} »).`,
    );
  }
  return toDocument(head, sealedAt, lines, calculatedSkipped);
}

function required(head: Record<string, string>, field: string, label: string): string {
  const v = head[field];
  if (!v) {
    throw new BudgetError(
      'budget/missing_field',
      `Le document budgétaire ne dit pas ${label} : il ne peut pas être lu.`,
    );
  }
  return v;
}

function toDocument(
  head: Record<string, string>,
  sealedAt: string | null,
  lines: TotemLine[],
  calculatedSkipped: number,
): TotemDocument {
  const natDec = required(head, 'natDec', 'son étape (NatDec)');
  const stage = BUDGET_STAGE_BY_NATDEC[natDec];
  if (!stage) {
    throw new BudgetError(
      'budget/unknown_stage',
      `Étape budgétaire inconnue (NatDec « ${natDec.slice(0, 10)} ») : attendu 01, 02, 03, 09 ou 10.`,
    );
  }
  const exer = required(head, 'exer', 'son exercice (Exer)');
  if (!/^\d{4}$/.test(exer) || Number(exer) < 1990 || Number(exer) > 2100) {
    throw new BudgetError('budget/missing_field', `Exercice invalide : « ${exer.slice(0, 10)} ».`);
  }
  const nomenclature = required(head, 'nomenclature', 'sa nomenclature (Nomenclature)');
  const dash = nomenclature.indexOf('-');
  const seal = sealedAt ? new Date(sealedAt) : null;
  return {
    stage,
    year: Number(exer),
    siret: required(head, 'siret', 'le SIRET de l’établissement (IdEtab)'),
    collectivitySiret: head.collectivitySiret ?? null,
    establishmentName: head.establishmentName ?? '',
    collectivityName: head.collectivityName ?? null,
    nomenclature,
    norm: dash > 0 ? nomenclature.slice(0, dash) : nomenclature,
    declination: dash > 0 ? nomenclature.slice(dash + 1) : nomenclature,
    sealedAt: seal && !Number.isNaN(seal.getTime()) ? seal : null,
    decisionDate: head.decisionDate ?? null,
    draft: head.draft === 'true',
    budgetType: head.budgetType ?? null,
    lines,
    calculatedSkipped,
  };
}
