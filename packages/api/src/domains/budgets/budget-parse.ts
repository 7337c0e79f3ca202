import { isValidSiret } from '../../shared/siret.js';
import { decodeXmlBytes } from '../../infra/xml/xml-text.js';
import { BudgetError } from './budget-error.js';
import { toBudgetLines, type BudgetLine } from './budget-lines.js';
import type { PlanCatalog } from './plan-catalog.js';
import { readTotem, type TotemDocument } from './totem-reader.js';

/** Largest TOTEM file read (a city's CA with thousands of lines is a few MB). */
export const MAX_TOTEM_BYTES = 64 * 1024 * 1024;
/** A plan de comptes of a year at most this far from the document's serves as a fallback. */
export const PLAN_FALLBACK_YEARS = 3;

/** A TOTEM file read and completed: everything stored for a budget document. */
export interface ParsedBudget {
  doc: TotemDocument;
  lines: BudgetLine[];
  encoding: string;
  mojibake: boolean;
  planYear: number;
  planFallback: boolean;
  warnings: string[];
}

/**
 * Reads a TOTEM file's bytes for the organisation `siren`: encoding, XML, TOTEM structure,
 * SIRET, plan de comptes, lines. Throws a BudgetError (stable code, French message) when the
 * document cannot be read as a whole: nothing of it is kept then.
 */
export async function parseBudgetFile(
  bytes: Uint8Array,
  siren: string,
  plans: PlanCatalog,
  onProgress?: (share: number) => void,
): Promise<ParsedBudget> {
  if (bytes.length > MAX_TOTEM_BYTES) {
    throw new BudgetError(
      'budget/too_large',
      `Fichier trop volumineux (${Math.round(bytes.length / 1048576)} Mo ; ${MAX_TOTEM_BYTES / 1048576} Mo au plus).`,
    );
  }
  const xml = decodeXmlBytes(bytes);
  const warnings: string[] = [];
  if (xml.declared && xml.declared.replace(/[^A-Z0-9]/g, '') !== xml.encoding.replace(/-/g, '')) {
    const declared = xml.declared.replace(/[^A-Z0-9-]/g, '');
    if (!(declared.startsWith('ISO-8859') && xml.encoding === 'ISO-8859-1')) {
      warnings.push(`Encodage déclaré ${declared}, fichier lu en ${xml.encoding}.`);
    }
  }
  if (xml.replacementCharacters > 0) {
    warnings.push(
      `Texte abîmé à la source : ${xml.replacementCharacters} caractère(s) illisible(s) (U+FFFD) dans le fichier.`,
    );
  }
  const doc = readTotem(xml, onProgress);
  if (!isValidSiret(doc.siret)) {
    throw new BudgetError(
      'budget/wrong_siret',
      `SIRET de l’établissement invalide (IdEtab « ${doc.siret.slice(0, 20)} »).`,
    );
  }
  const ours = [doc.siret, doc.collectivitySiret ?? ''].some((s) => s.slice(0, 9) === siren);
  if (!ours) {
    throw new BudgetError(
      'budget/wrong_siret',
      `Ce document budgétaire est celui d’un autre organisme (SIRET ${doc.siret}) : le SIREN ${siren} de la collectivité ne correspond pas.`,
    );
  }
  if (!plans.knows(doc.declination)) {
    throw new BudgetError(
      'budget/unknown_nomenclature',
      `Nomenclature inconnue : « ${doc.nomenclature.slice(0, 64)} » (aucun plan de comptes livré pour la déclinaison « ${doc.declination.slice(0, 32)} »).`,
    );
  }
  const chosen = await plans.choose(doc.declination, doc.year);
  if (!chosen || Math.abs(chosen.year - doc.year) > PLAN_FALLBACK_YEARS) {
    throw new BudgetError(
      'budget/no_plan_for_year',
      `Aucun plan de comptes ${doc.declination} pour l’exercice ${doc.year} ni pour une année voisine (à ${PLAN_FALLBACK_YEARS} ans près).`,
    );
  }
  if (chosen.fallback) {
    warnings.push(
      `Plan de comptes ${doc.declination} ${doc.year} absent : plan ${chosen.year} utilisé.`,
    );
  }
  if (doc.lines.length === 0) {
    throw new BudgetError('budget/no_lines', 'Le document budgétaire ne contient aucune ligne.');
  }
  const lines = toBudgetLines(doc.stage, doc.lines, chosen.plan, warnings);
  return {
    doc,
    lines,
    encoding: xml.encoding,
    mojibake: xml.replacementCharacters > 0,
    planYear: chosen.year,
    planFallback: chosen.fallback,
    warnings,
  };
}
