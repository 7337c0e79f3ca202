import { registerEnumType } from 'type-graphql';

export enum DatasetKind {
  DELIBERATIONS = 'DELIBERATIONS',
  BUDGETS = 'BUDGETS',
  DECP_JSON = 'DECP_JSON',
  DECP_XML = 'DECP_XML',
  ACT_FILES = 'ACT_FILES',
}
export enum DatasetStatus {
  VALID = 'VALID',
  INVALID = 'INVALID',
  MISSING_SIRET = 'MISSING_SIRET',
}
registerEnumType(DatasetKind, {
  name: 'DatasetKind',
  description:
    'DELIBERATIONS : SCDL Délibérations 2.1.3 ; BUDGETS : SCDL Budget 0.8.1 ; DECP_JSON et DECP_XML : marchés publics DECP 2.0 (JSON format-commande-publique, XML XSD 2.0.2) ; ACT_FILES : liste annuelle des documents PDF des actes publiés (CSV).',
});
registerEnumType(DatasetStatus, {
  name: 'DatasetStatus',
  description:
    'VALID : fichier publié ; INVALID : rapport d’erreurs, l’ancien fichier reste ; MISSING_SIRET : pas de fichier.',
});
