import type { SireneSyncStatus } from '../gql/graphql';

export const SIRENE_LABELS: Record<SireneSyncStatus, string> = {
  NEVER: 'Sirene : jamais interrogé',
  OK: 'Sirene : à jour',
  NOT_FOUND: 'Sirene : SIREN inconnu',
  FAILED: 'Sirene : échec',
};
