import { Field, InputType, ObjectType } from 'type-graphql';

/** A repeating job as platform administrators see it: time, last and next run, outcome. */
@ObjectType({ description: 'Tâche planifiée : horaire, dernière et prochaine exécution.' })
export class Schedule {
  @Field(() => String, { description: 'Nom de la tâche (« dataset.nightly »…).' }) name!: string;
  @Field(() => String, { description: 'Libellé.' }) label!: string;
  @Field(() => String, { description: 'Horaire (cron, fuseau Europe/Paris).' }) cron!: string;
  @Field(() => String, { description: 'Horaire par défaut.' }) defaultCron!: string;
  @Field(() => Boolean) enabled!: boolean;
  @Field(() => Date, { nullable: true, description: 'Prochaine exécution prévue.' })
  nextRunAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'Dernier démarrage.' }) lastRunAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'Dernière fin.' }) lastFinishedAt!: Date | null;
  @Field(() => String, {
    nullable: true,
    description: 'Résultat de la dernière exécution : done, skipped, failed.',
  })
  lastStatus!: string | null;
  @Field(() => String, { nullable: true, description: 'Détail du dernier résultat.' })
  lastDetail!: string | null;
  @Field(() => Boolean, { description: 'Une exécution est en cours.' }) running!: boolean;
}

@InputType({ description: 'Nouvel horaire d’une tâche planifiée.' })
export class ScheduleInput {
  @Field(() => String) name!: string;
  @Field(() => String, {
    description: 'Expression cron à 5 champs (minute heure jour mois jour-semaine).',
  })
  cron!: string;
  @Field(() => Boolean) enabled!: boolean;
}
