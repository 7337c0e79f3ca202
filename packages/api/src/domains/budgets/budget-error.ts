import { InvalidInputError } from '../../core/errors.js';

/** Stable codes of a budget document that cannot be read (shown on the act and the deposit). */
export type BudgetErrorCode =
  | 'budget/not_xml'
  | 'budget/truncated'
  | 'budget/entities_forbidden'
  | 'budget/not_totem'
  | 'budget/missing_field'
  | 'budget/unknown_stage'
  | 'budget/unknown_nomenclature'
  | 'budget/no_plan_for_year'
  | 'budget/wrong_siret'
  | 'budget/too_large'
  | 'budget/invalid_amount'
  | 'budget/no_lines'
  | 'budget/no_totem_file';

/** A budget document that cannot be read: nothing of it is stored but this report. */
export class BudgetError extends InvalidInputError {
  constructor(
    readonly code: BudgetErrorCode,
    message: string,
  ) {
    super(code, message);
  }
}
