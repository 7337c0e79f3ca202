import { registerEnumType } from 'type-graphql';

export enum BudgetStage {
  BP = 'BP',
  BS = 'BS',
  DM = 'DM',
  CA = 'CA',
  CFU = 'CFU',
}

export enum BudgetDirection {
  EXPENSE = 'EXPENSE',
  REVENUE = 'REVENUE',
}

export enum BudgetView {
  FUNCTION = 'FUNCTION',
  NATURE = 'NATURE',
  CHAPTER = 'CHAPTER',
}

export enum BudgetSection {
  OPERATING = 'OPERATING',
  INVESTMENT = 'INVESTMENT',
}

export enum BudgetImportStatus {
  PENDING = 'PENDING',
  IMPORTED = 'IMPORTED',
  FAILED = 'FAILED',
}

registerEnumType(BudgetStage, {
  name: 'BudgetStage',
  description:
    'Étape budgétaire : budget primitif, budget supplémentaire, décision modificative, compte administratif, compte financier unique.',
});
registerEnumType(BudgetDirection, {
  name: 'BudgetDirection',
  description: 'Dépenses ou recettes.',
});
registerEnumType(BudgetView, {
  name: 'BudgetView',
  description:
    'FUNCTION : par fonction (à quoi) ; NATURE : par compte (quoi) ; CHAPTER : par chapitre (niveau du vote).',
});
registerEnumType(BudgetSection, {
  name: 'BudgetSection',
  description: 'Section de fonctionnement ou d’investissement.',
});
registerEnumType(BudgetImportStatus, {
  name: 'BudgetImportStatus',
  description: 'PENDING : lecture en attente ; IMPORTED : lu ; FAILED : illisible (voir l’erreur).',
});
