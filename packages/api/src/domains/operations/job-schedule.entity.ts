import { Entity, type Opt, Unique } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity.js';
import { Column } from '../../core/columns.js';

/**
 * The time of one repeating job (a setting platform administrators edit) and the outcome of its
 * last run. The worker declares the Agenda repeating job from it; a change declares it again.
 */
@Entity({ tableName: 'job_schedules' })
@Unique({ properties: ['name'] })
@ObjectType('JobSchedule', { description: 'Tâche planifiée : horaire et dernier résultat.' })
export class JobSchedule extends BaseEntity {
  @Column.string(64, { description: 'Nom de la tâche (par exemple « dataset.nightly »).' })
  name!: string;
  @Column.string(64, { description: 'Horaire au format cron (fuseau Europe/Paris).' })
  cron!: string;
  @Column.boolean({ default: true }) enabled: Opt<boolean> = true;
  @Column.dateTime({ nullable: true, description: 'Dernier démarrage.' }) lastRunAt?: Date | null;
  @Column.dateTime({ nullable: true, description: 'Dernière fin.' }) lastFinishedAt?: Date | null;
  @Column.string(16, { nullable: true, description: 'Dernier résultat : done, skipped, failed.' })
  lastStatus?: string | null;
  @Column.text({ nullable: true, description: 'Détail du dernier résultat.' })
  lastDetail?: string | null;
}
