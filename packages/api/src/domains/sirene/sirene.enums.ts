import { registerEnumType } from 'type-graphql';

export enum SireneSyncStatus {
  NEVER = 'NEVER',
  OK = 'OK',
  NOT_FOUND = 'NOT_FOUND',
  FAILED = 'FAILED',
}
registerEnumType(SireneSyncStatus, {
  name: 'SireneSyncStatus',
  description: 'Résultat du dernier enrichissement Sirene.',
  valuesConfig: {
    NEVER: { description: 'Jamais interrogé.' },
    OK: { description: 'Enrichi.' },
    NOT_FOUND: { description: 'SIREN inconnu de l’Insee.' },
    FAILED: { description: 'Échec (API injoignable, limite, clé refusée) : données conservées.' },
  },
});
