import { Entity, Index, type Opt, Property, Unique } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity.js';
import { Column } from '../../core/columns.js';
import { DatasetKind, DatasetStatus } from './dataset.enums.js';

export { DatasetKind, DatasetStatus } from './dataset.enums.js';

/** One generated open data file (per organisation or for all, per year) and its validation report. */
@Entity({ tableName: 'datasets' })
@Unique({ properties: ['kind', 'scope', 'year'] })
@Index({ properties: ['scope', 'kind'] })
@ObjectType({ description: 'Un fichier open data généré, avec son rapport de validation.' })
export class Dataset extends BaseEntity {
  @Column.enum(() => DatasetKind) kind!: DatasetKind;
  /** SIREN, or `all` for the file of every organisation. */
  @Column.string(9, { api: false }) scope!: string;
  @Column.integer() year!: number;
  @Column.enum(() => DatasetStatus) status!: DatasetStatus;
  @Column.boolean({
    default: false,
    description: 'Le dernier fichier généré est conforme au schéma officiel.',
  })
  valid: Opt<boolean> = false;
  @Column.integer({ default: 0 }) rowCount: Opt<number> = 0;
  @Column.dateTime({ nullable: true }) generatedAt?: Date | null;
  @Column.dateTime({
    nullable: true,
    description: 'Date du fichier publié (dernier fichier valide).',
  })
  publishedFileAt?: Date | null;
  @Column.string(64, { nullable: true }) sha256?: string | null;
  @Column.integer({ default: 0 }) size: Opt<number> = 0;
  @Column.integer({ default: 0 }) errorCount: Opt<number> = 0;
  @Property({ type: 'json' }) errors: Opt<DatasetIssue[]> = [];
  @Property({ type: 'json' }) notes: Opt<string[]> = [];
  /** Size of the spreadsheet beside a CSV: 0 none, null not recorded (file made before);
   * last, as the migration adding it left it. */
  @Column.integer({ nullable: true, api: false }) xlsxSize?: number | null;
}

export interface DatasetIssue {
  row: number | null;
  column: string | null;
  rule: string;
  message: string;
}
