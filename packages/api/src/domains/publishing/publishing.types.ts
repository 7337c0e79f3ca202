import { Field, ObjectType } from 'type-graphql';
import { DatasetPush } from './dataset-push.entity.js';

/** What staff may see of an organisation's push settings: never the key itself. */
@ObjectType('DatagouvSettings', {
  description: 'Publication vers data.gouv.fr (ou udata) : la clé d’API n’est jamais renvoyée.',
})
export class DatagouvSettingsView {
  @Field(() => String) siren!: string;
  @Field(() => String, { description: 'API udata visée (DATAGOUV_API_URL).' }) apiUrl!: string;
  @Field(() => Boolean) pushEnabled!: boolean;
  @Field(() => Boolean, { description: 'Une clé propre à la collectivité est enregistrée.' })
  hasApiKey!: boolean;
  @Field(() => String, { nullable: true, description: 'Ses 4 derniers caractères.' })
  apiKeyHint!: string | null;
  @Field(() => Boolean, { description: 'Une clé de plateforme (DATAGOUV_API_KEY) existe.' })
  platformKeyAvailable!: boolean;
  @Field(() => String, { nullable: true }) remoteOrganization!: string | null;
  @Field(() => String, { nullable: true, description: 'Organisation distante trouvée.' })
  remoteOrgId!: string | null;
  @Field(() => String, { nullable: true }) remoteOrgName!: string | null;
  @Field(() => [String], { description: 'Jeux laissés au moissonnage DCAT.' })
  harvestedKinds!: string[];
  @Field(() => DatasetPush, { nullable: true }) lastPush!: DatasetPush | null;
}
