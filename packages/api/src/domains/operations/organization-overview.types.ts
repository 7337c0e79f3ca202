import { Field, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../core/page.type.js';
import { Organization } from '../../identity/tenants/organization.entity.js';
import { SireneSyncStatus } from '../sirene/sirene.enums.js';

/** One organisation as the operator watches it. */
@ObjectType({
  description: 'Une collectivité vue par l’opérateur : réglages, file à statuer, dépôts.',
})
export class OrganizationOverview {
  @Field(() => Organization) organization!: Organization;
  @Field(() => Int, { description: 'Actes à statuer (non masqués, non supprimés).' })
  pendingActs!: number;
  @Field(() => Date, {
    nullable: true,
    description: 'Réception du plus ancien acte à statuer : depuis quand la file attend.',
  })
  oldestPendingSince!: Date | null;
  @Field(() => Date, { nullable: true, description: 'Dernier dépôt reçu.' })
  lastDepositAt!: Date | null;
  @Field(() => Int, { description: 'Dépôts en échec ni corrigés ni clos.' })
  openFailures!: number;
  @Field(() => Int, {
    description:
      'Fichiers open data dont la dernière génération est invalide (l’ancien reste servi).',
  })
  invalidFiles!: number;
  @Field(() => SireneSyncStatus, { nullable: true, description: 'Dernier enrichissement Sirene.' })
  sireneStatus!: SireneSyncStatus | null;
  @Field(() => Int, { description: 'Envois à data.gouv.fr en échec.' })
  failedPushes!: number;
}

export const OrganizationOverviewConnection = ConnectionType(
  OrganizationOverview,
  'OrganizationOverview',
);
