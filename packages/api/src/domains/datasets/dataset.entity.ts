import { DateTimeType, Entity, Enum, type Opt, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity.js';

export enum DatasetKind {
  DELIBERATIONS = 'DELIBERATIONS',
}
export enum DatasetStatus {
  VALID = 'VALID',
  INVALID = 'INVALID',
  MISSING_SIRET = 'MISSING_SIRET',
}
registerEnumType(DatasetKind, { name: 'DatasetKind' });
registerEnumType(DatasetStatus, { name: 'DatasetStatus', description: 'VALID : fichier publié ; INVALID : rapport d’erreurs, l’ancien fichier reste ; MISSING_SIRET : pas de fichier.' });

/** One generated open data file (per organisation or for all, per year) and its validation report. */
@Entity({ tableName: 'datasets' })
@Unique({ properties: ['kind', 'scope', 'year'] })
@ObjectType({ description: 'Un fichier open data généré, avec son rapport de validation.' })
export class Dataset extends BaseEntity {
  @Field(() => DatasetKind) @Enum({ items: () => DatasetKind, type: 'string' }) kind!: DatasetKind;
  /** SIREN, or `all` for the file of every organisation. */
  @Property({ type: 'string', length: 9 }) scope!: string;
  @Field(() => Int) @Property({ type: 'integer' }) year!: number;
  @Field(() => DatasetStatus) @Enum({ items: () => DatasetStatus, type: 'string' }) status!: DatasetStatus;
  @Field(() => Boolean, { description: 'Le dernier fichier généré est conforme au schéma officiel.' })
  @Property({ type: 'boolean', default: false }) valid: Opt<boolean> = false;
  @Field(() => Int) @Property({ type: 'integer', default: 0 }) rowCount: Opt<number> = 0;
  @Field(() => Date, { nullable: true }) @Property({ type: DateTimeType, nullable: true }) generatedAt?: Date | null;
  @Field(() => Date, { nullable: true, description: 'Date du fichier publié (dernier fichier valide).' })
  @Property({ type: DateTimeType, nullable: true }) publishedFileAt?: Date | null;
  @Field(() => String, { nullable: true }) @Property({ type: 'string', length: 64, nullable: true }) sha256?: string | null;
  @Field(() => Int) @Property({ type: 'integer', default: 0 }) size: Opt<number> = 0;
  @Field(() => Int) @Property({ type: 'integer', default: 0 }) errorCount: Opt<number> = 0;
  @Property({ type: 'json' }) errors: Opt<DatasetIssue[]> = [];
  @Property({ type: 'json' }) notes: Opt<string[]> = [];
}

export interface DatasetIssue {
  row: number | null;
  column: string | null;
  rule: string;
  message: string;
}
