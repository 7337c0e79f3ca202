import { registerEnumType } from 'type-graphql';

export enum ContractKind {
  MARCHE = 'MARCHE',
  CONCESSION = 'CONCESSION',
}
registerEnumType(ContractKind, {
  name: 'ContractKind',
  description: 'MARCHE : marché public ; CONCESSION : contrat de concession.',
});

export enum ContractOrigin {
  FILE = 'FILE',
  SOURCE = 'SOURCE',
  MANUAL = 'MANUAL',
}
registerEnumType(ContractOrigin, {
  name: 'ContractOrigin',
  description: 'FILE : fichier déposé ; SOURCE : URL de la collectivité ; MANUAL : saisie.',
});

export enum ContractImportOrigin {
  UPLOAD = 'UPLOAD',
  FOLDER = 'FOLDER',
  SOURCE = 'SOURCE',
}
registerEnumType(ContractImportOrigin, { name: 'ContractImportOrigin' });

export enum ContractImportStatus {
  /** Every record kept. */
  SUCCESS = 'SUCCESS',
  /** Some records refused, the others kept. */
  PARTIAL = 'PARTIAL',
  /** Nothing kept (file unreadable, or every record refused). */
  FAILED = 'FAILED',
}
registerEnumType(ContractImportStatus, {
  name: 'ContractImportStatus',
  description:
    'SUCCESS : tout est importé ; PARTIAL : des enregistrements refusés ; FAILED : rien d’importé.',
});

export enum ContractSourceStatus {
  NEVER = 'NEVER',
  IMPORTED = 'IMPORTED',
  NOT_MODIFIED = 'NOT_MODIFIED',
  FAILED = 'FAILED',
}
registerEnumType(ContractSourceStatus, { name: 'ContractSourceStatus' });

export enum ContractOrder {
  NOTIFIED_DESC = 'NOTIFIED_DESC',
  NOTIFIED_ASC = 'NOTIFIED_ASC',
  AMOUNT_DESC = 'AMOUNT_DESC',
  AMOUNT_ASC = 'AMOUNT_ASC',
}
registerEnumType(ContractOrder, { name: 'ContractOrder' });

export const KIND_OF = {
  marche: ContractKind.MARCHE,
  'contrat-concession': ContractKind.CONCESSION,
};
export const DECP_KIND_OF = {
  [ContractKind.MARCHE]: 'marche',
  [ContractKind.CONCESSION]: 'contrat-concession',
} as const;
