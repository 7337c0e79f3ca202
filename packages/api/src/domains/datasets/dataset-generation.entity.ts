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

/** Records one regeneration of `dataset` (call before the flush that saves it). */
export function generationOf(
  dataset: {
    kind: DatasetKind;
    scope: string;
    year: number;
    rowCount: number;
    sha256?: string | null;
    size: number;
    valid: boolean;
    errorCount: number;
    status: string;
    generatedAt?: Date | null;
    publishedFileAt?: Date | null;
  },
  reason: string,
): Partial<DatasetGeneration> {
  const at = dataset.generatedAt ?? new Date();
  const published = dataset.valid && dataset.publishedFileAt?.getTime() === at.getTime();
  return {
    kind: dataset.kind,
    scope: dataset.scope,
    year: dataset.year,
    generatedAt: at,
    reason: reason.slice(0, 64),
    rowCount: dataset.rowCount,
    sha256: published ? (dataset.sha256 ?? null) : null,
    size: published ? dataset.size : 0,
    valid: dataset.valid,
    published,
    errorCount: dataset.errorCount,
    status: dataset.status,
  };
}
