import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import type { JobProgressEvent } from '../../core/topics.js';

export enum JobState {
  QUEUED = 'queued',
  RUNNING = 'running',
  COMPLETED = 'completed',
  FAILED = 'failed',
}

registerEnumType(JobState, { name: 'JobState', description: 'État d’une tâche en arrière-plan.' });

@ObjectType({ description: 'Avancement d’une tâche en arrière-plan (événement en direct).' })
export class JobProgress {
  @Field(() => ID)
  jobId!: string;

  @Field(() => String, { description: 'Nom de la tâche, par exemple « deposit.ingest ».' })
  name!: string;

  @Field(() => JobState)
  state!: JobState;

  @Field(() => Float, { description: 'Avancement de 0 à 100.' })
  progress!: number;

  @Field(() => String, { nullable: true })
  message?: string | null;

  @Field(() => String, { nullable: true, description: 'SIREN de la collectivité concernée.' })
  siren?: string | null;

  @Field(() => [String], { description: 'SIREN de chaque collectivité concernée.' })
  sirens!: string[];

  @Field(() => Date)
  at!: Date;
}

export function toJobProgress(event: JobProgressEvent): JobProgress {
  return Object.assign(new JobProgress(), {
    jobId: event.jobId,
    name: event.name,
    state: event.state as JobState,
    progress: event.progress,
    message: event.message ?? null,
    siren: event.siren ?? null,
    sirens: event.sirens ?? (event.siren ? [event.siren] : []),
    at: new Date(event.at),
  });
}
