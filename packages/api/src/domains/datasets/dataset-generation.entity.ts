import { Entity, Index, type Opt, Property } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity.js';
import { Column } from '../../core/columns.js';
import { DatasetKind } from './dataset.enums.js';

/**
 * History of a generated file: one row per regeneration (nightly run, publication, request),
 * valid or not. An invalid one left the previous file served (`published` false).
 */
@Entity({ tableName: 'dataset_generations' })
@Index({ properties: ['scope', 'kind', 'year'] })
@ObjectType({ description: 'Une génération d’un fichier open data (historique).' })
export class DatasetGeneration extends BaseEntity {
  @Column.enum(() => DatasetKind) kind!: DatasetKind;
  @Column.string(9, { description: 'SIREN, ou all pour le fichier de toutes les collectivités.' })
  scope!: string;
  @Column.integer() year!: number;
  @Column.dateTime({ description: 'Date de la génération.' }) generatedAt!: Date;
  @Column.string(64, { description: 'Raison : nightly, publication, request, export…' })
  reason!: string;
  @Column.integer() rowCount!: number;
  @Column.string(64, { nullable: true, description: 'SHA-256 du fichier publié.' })
  sha256?: string | null;
  @Column.integer({ default: 0 }) size: Opt<number> = 0;
  @Column.boolean({ description: 'Conforme au schéma officiel.' }) valid!: boolean;
  @Column.boolean({ description: 'Le fichier a remplacé le fichier servi.' }) published!: boolean;
  @Column.integer({ default: 0 }) errorCount: Opt<number> = 0;
  @Property({ type: 'string', length: 16, nullable: true }) status?: string | null;
}
