import { Field, InputType } from 'type-graphql';

@InputType({ description: 'Réglages de la publication vers data.gouv.fr (ou udata).' })
export class DatagouvSettingsInput {
  @Field(() => String) siren!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Nouvelle clé d’API (écriture seule : jamais renvoyée). Vide ou absente : inchangée.',
  })
  apiKey?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Vrai : oublier la clé enregistrée.' })
  clearApiKey?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Publier par l’API (sinon : moissonnage).' })
  pushEnabled?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'Identifiant ou slug de l’organisation distante (vide : trouvée par SIRET).',
  })
  remoteOrganization?: string | null;

  @Field(() => [String], {
    nullable: true,
    description:
      'Jeux laissés au moissonnage DCAT (jamais envoyés) : DELIBERATIONS, BUDGETS, PROCUREMENT, ACT_FILES.',
  })
  harvestedKinds?: string[] | null;
}
