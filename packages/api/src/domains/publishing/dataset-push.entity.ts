import { Entity, Index, ManyToOne, type Opt, Property, type Rel } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity.js';
import { Column } from '../../core/columns.js';
import { Organization } from '../../identity/tenants/organization.entity.js';
import { DatasetPushStatus } from './publishing.enums.js';
import type { DatasetPushResult } from './push-results.js';

/** One push of an organisation's datasets, with the result of every dataset and file. */
@Entity({ tableName: 'datagouv_pushes' })
@Index({ properties: ['organization', 'createdAt'] })
@ObjectType('DatasetPush', { description: 'Une publication vers data.gouv.fr (ou udata).' })
export class DatasetPush extends BaseEntity {
  @ManyToOne(() => Organization, { deleteRule: 'cascade' }) organization!: Rel<Organization>;
  @Column.string(255, { description: 'Catalogue visé (API udata).' }) apiUrl!: string;
  @Column.enum(() => DatasetPushStatus) status!: DatasetPushStatus;
  @Column.string(16, { description: 'manual (« Publier maintenant ») ou scheduled.' })
  trigger!: string;
  @Column.dateTime({ nullable: true }) finishedAt?: Date | null;
  @Column.string(64, { nullable: true, description: 'Code de l’erreur qui a tout arrêté.' })
  errorCode?: string | null;
  @Column.text({ nullable: true, description: 'Message de l’erreur qui a tout arrêté.' })
  errorMessage?: string | null;
  @Column.string(64, { nullable: true, description: 'Organisation distante.' })
  remoteOrgId?: string | null;
  @Column.string(64, { nullable: true, description: 'Traitement (job) de la publication.' })
  jobId?: string | null;
  @Column.integer({ default: 0, description: 'Fichiers envoyés (nouveaux ou remplacés).' })
  uploaded: Opt<number> = 0;
  @Column.integer({ default: 0, description: 'Fichiers en échec.' })
  failed: Opt<number> = 0;
  @Property({ type: 'json' }) results: Opt<DatasetPushResult[]> = [];
}
