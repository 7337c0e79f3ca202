import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import { ActNature } from '../acts/act.enums.js';

/** Counts of acts by decision (no subject, no identifier: counts only). */
@ObjectType({ description: 'Nombre d’actes par décision.' })
export class ActCounts {
  @Field(() => Int, { description: 'Actes reçus (ni masqués ni supprimés).' }) received = 0;
  @Field(() => Int, { description: 'Publiés.' }) published = 0;
  @Field(() => Int, { description: 'Non publiés (décision de ne pas publier).' })
  notPublished = 0;
  @Field(() => Int, { description: 'En attente (à statuer ou en traitement).' }) pending = 0;
}

@ObjectType({ description: 'Actes d’une nature.' })
export class NatureCounts extends ActCounts {
  @Field(() => ActNature) nature!: ActNature;
}

@ObjectType({ description: 'Actes d’un mois (date de l’acte).' })
export class MonthCounts extends ActCounts {
  @Field(() => String, { description: 'Mois, AAAA-MM.' }) month!: string;
}

@ObjectType({ description: 'Actes d’une collectivité (vue plateforme).' })
export class OrganizationCounts extends ActCounts {
  @Field(() => String) siren!: string;
  @Field(() => String) name!: string;
}

@ObjectType({
  description:
    'Statistiques de publication : des nombres seulement. Collectivités dont l’open data est activé (et, pour leur équipe, les leurs).',
})
export class PublicationStats {
  @Field(() => String, { nullable: true, description: 'SIREN (null : toute la plateforme).' })
  siren!: string | null;
  @Field(() => ActCounts) acts!: ActCounts;
  @Field(() => [NatureCounts]) byNature!: NatureCounts[];
  @Field(() => [MonthCounts]) byMonth!: MonthCounts[];
  @Field(() => Int, { description: 'Documents budgétaires publiés.' }) budgetDocuments!: number;
  @Field(() => Int, { description: 'Contrats (DECP) publiés.' }) contracts!: number;
  @Field(() => [OrganizationCounts], {
    description: 'Par collectivité (vue plateforme, siren null) ; vide pour une collectivité.',
  })
  organizations!: OrganizationCounts[];
}

@ArgsType()
export class PublicationStatsArgs {
  @Field(() => String, { nullable: true, description: 'SIREN ; null : toute la plateforme.' })
  siren?: string | null;
  @Field(() => Date, { nullable: true, description: 'Depuis (date de l’acte, incluse).' })
  from?: Date | null;
  @Field(() => Date, { nullable: true, description: 'Jusqu’à (date de l’acte, incluse).' })
  to?: Date | null;
}
