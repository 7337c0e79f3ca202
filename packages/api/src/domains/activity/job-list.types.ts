import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../core/page.type.js';
import { JobState } from './job-progress.type.js';

/** A stored background job, as staff see it on the « Activité » page. */
@ObjectType({ description: 'Une tâche en arrière-plan (file des traitements).' })
export class Job {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'Nom de la tâche, par exemple « dataset.export ».' })
  name!: string;
  @Field(() => JobState) state!: JobState;
  @Field(() => Float, { description: 'Avancement de 0 à 100.' }) progress!: number;
  @Field(() => String, { nullable: true, description: 'Raison du dernier échec.' }) message!:
    string | null;
  @Field(() => String, { nullable: true, description: 'SIREN de la collectivité concernée.' })
  siren!: string | null;
  @Field(() => Boolean, { description: 'Tâche périodique (par exemple chaque nuit).' })
  repeating!: boolean;
  @Field(() => Int, { description: 'Échecs successifs.' }) failCount!: number;
  @Field(() => Date, { nullable: true, description: 'Prochaine exécution prévue.' })
  nextRunAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'Dernier démarrage.' }) lastRunAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'Dernière fin (réussie ou non).' })
  finishedAt!: Date | null;
}

export const JobConnection = ConnectionType(Job, 'Job');
