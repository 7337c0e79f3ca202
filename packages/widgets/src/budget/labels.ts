import type { BudgetDirection } from './types';
import type { OperationsKey, SectionKey, ViewKey } from './budget-params';

export const VIEW_LABELS: Record<ViewKey, { noun: string; all: string; header: string }> = {
  fonction: { noun: 'par fonction', all: 'Toutes les fonctions', header: 'Fonction' },
  nature: { noun: 'par nature', all: 'Toutes les natures', header: 'Nature' },
  chapitre: { noun: 'par chapitre', all: 'Tous les chapitres', header: 'Chapitre' },
};

export const SECTION_LABELS: Record<SectionKey, string> = {
  fonctionnement: 'Fonctionnement',
  investissement: 'Investissement',
};

export const DIRECTION_LABELS: Record<BudgetDirection, string> = {
  EXPENSE: 'Dépenses',
  REVENUE: 'Recettes',
};

/** « Dépenses de fonctionnement par fonction ». */
export function breakdownTitle(
  direction: BudgetDirection,
  view: ViewKey,
  section: SectionKey | null,
): string {
  const s = section ? ` de ${section}` : '';
  return `${DIRECTION_LABELS[direction]}${s} ${VIEW_LABELS[view].noun}`;
}

/** Said after a chart's caption when its amounts include the order operations. */
export function operationsNote(operations: OperationsKey): string {
  return operations === 'toutes' ? ' (opérations d’ordre comprises)' : '';
}
