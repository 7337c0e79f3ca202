import type { BudgetStageName } from '../../shared/budget.js';
import { formatDecimal, parseDecimal } from '../../shared/decimal.js';
import { BudgetError } from './budget-error.js';
import type { MovementKind, PlanDeComptes } from './plan-de-comptes.js';
import type { TotemLine } from './totem-reader.js';

/** The amount columns of a line, in SCDL order (BGT_MTREAL … BGT_MTRAR3112); '' when absent. */
export const AMOUNT_FIELDS = [
  'MtReal',
  'MtBudgPrec',
  'MtRARPrec',
  'MtPropNouv',
  'MtPrev',
  'CredOuv',
  'MtRAR3112',
] as const;

/** One stored budget line: what the XML says, completed from the plan de comptes. */
export interface BudgetLine {
  /** CodRD: D dépense, R recette. */
  d: 'D' | 'R';
  /** OpBudg: 0 real, 1 d'ordre. */
  o: 0 | 1;
  /** TypOpBudg ('' when absent). */
  t: string;
  /** Nature (account) and its label. */
  n: string;
  nl: string;
  /** Fonction ('' when absent) and its label. */
  f: string;
  fl: string;
  /** Chapitre: ContNat as written, or derived from the plan; its label and section (F, I or ''). */
  c: string;
  cl: string;
  s: 'F' | 'I' | '';
  /** The chapitre was derived from the plan (no ContNat in the file). */
  cd?: 1;
  /** Operation, ArtSpe as written ('' when absent). */
  op: string;
  as: string;
  /** Amounts as exact decimal strings, AMOUNT_FIELDS order ('' when absent). */
  m: string[];
  /** The line's amount for its document's stage (issue #15 rule), exact decimal. */
  v: string;
}

function movementKinds(line: TotemLine): MovementKind[] {
  const r = line.CodRD === 'R';
  if (line.OpBudg !== '1') {
    return [r ? 'RR' : 'DR'];
  }
  if (line.TypOpBudg === '1') {
    return [r ? 'ROIS' : 'DOIS'];
  }
  if (line.TypOpBudg === '2') {
    return [r ? 'ROES' : 'DOES'];
  }
  return r ? ['ROES', 'ROIS'] : ['DOES', 'DOIS'];
}

/** The figure a stage shows for a line: BP MtPrev; BS, DM MtPropNouv + MtRARPrec; CA, CFU MtReal. */
export function stageAmount(stage: BudgetStageName, m: readonly string[]): bigint {
  const at = (field: (typeof AMOUNT_FIELDS)[number]) =>
    parseDecimal(m[AMOUNT_FIELDS.indexOf(field)] ?? '') ?? 0n;
  switch (stage) {
    case 'BP':
      return at('MtPrev');
    case 'BS':
    case 'DM':
      return at('MtPropNouv') + at('MtRARPrec');
    case 'CA':
    case 'CFU':
      return at('MtReal');
  }
}

/**
 * Completes the lines of a document from its plan de comptes (labels, derived chapitre,
 * section) and computes each line's amount for the stage. Throws a BudgetError on a line that
 * cannot be read (direction, amounts); `warnings` collects what could not be completed.
 */
export function toBudgetLines(
  stage: BudgetStageName,
  raw: readonly TotemLine[],
  plan: PlanDeComptes,
  warnings: string[],
): BudgetLine[] {
  const note = (text: string) => {
    if (warnings.length < 50) {
      warnings.push(text);
    }
  };
  return raw.map((line, i) => {
    const where = `ligne budgétaire n° ${i + 1}${line.Nature ? ` (compte ${line.Nature})` : ''}`;
    if (line.CodRD !== 'D' && line.CodRD !== 'R') {
      throw new BudgetError('budget/missing_field', `Sens (CodRD) absent ou invalide : ${where}.`);
    }
    if (!line.Nature) {
      throw new BudgetError('budget/missing_field', `Compte (Nature) absent : ${where}.`);
    }
    const m = AMOUNT_FIELDS.map((field) => {
      const text = line[field];
      if (text === undefined || text === '') {
        return '';
      }
      const units = parseDecimal(text);
      if (units === null) {
        throw new BudgetError(
          'budget/invalid_amount',
          `Montant ${field} illisible (« ${text.slice(0, 20)} ») : ${where}.`,
        );
      }
      return text;
    });
    let chapter = line.ContNat ?? '';
    let derived = false;
    if (!chapter) {
      for (const kind of movementKinds(line)) {
        chapter = plan.defaultChapter(line.Nature, kind) ?? '';
        if (chapter) {
          derived = true;
          break;
        }
      }
    }
    const ofPlan = chapter ? plan.chapterOf(chapter) : null;
    const caracSection = line.Section === 'F' || line.Section === 'I' ? line.Section : '';
    const section = ofPlan?.section ?? caracSection;
    if (!chapter || !section) {
      note(`Chapitre ou section introuvable dans le plan de comptes : ${where}.`);
    }
    const account = plan.accounts.get(line.Nature);
    const natureLabel = account?.label ?? line.LibCpte ?? '';
    if (!natureLabel) {
      note(`Compte absent du plan de comptes et sans libellé : ${where}.`);
    }
    const f = line.Fonction ?? '';
    return {
      d: line.CodRD,
      o: line.OpBudg === '1' ? 1 : 0,
      t: line.TypOpBudg ?? '',
      n: line.Nature,
      nl: natureLabel,
      f,
      fl: f ? (plan.functions.get(f)?.label ?? '') : '',
      c: chapter,
      cl: ofPlan?.label ?? '',
      s: section,
      ...(derived ? { cd: 1 as const } : {}),
      op: line.Operation ?? '',
      as: line.ArtSpe ?? '',
      m,
      v: formatDecimal(stageAmount(stage, m)),
    };
  });
}
