import { ArrayMaxSize, IsOptional, Length, Matches } from 'class-validator';
import { ACT_SUBJECT_MAX } from '../../shared/limits.js';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { ActNature, ActStatus } from './act.enums.js';
import type { Act } from './act.entity.js';

const DATE_MSG = 'Date attendue au format AAAA-MM-JJ.';
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

@InputType({ description: 'Filtres de la liste des actes (agents).' })
export class ActsFilter {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\d{9}$/, { message: 'SIREN : 9 chiffres.' })
  siren?: string;
  @Field(() => ActStatus, { nullable: true }) status?: ActStatus;
  @Field(() => [ActNature], { nullable: true }) natures?: ActNature[];
  @Field(() => String, { nullable: true, description: 'Texte cherché dans l’objet et le numéro.' })
  @IsOptional()
  @Length(0, 200)
  text?: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(DATE_RE, { message: DATE_MSG })
  dateFrom?: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(DATE_RE, { message: DATE_MSG })
  dateTo?: string;
  @Field(() => String, {
    nullable: true,
    description: 'Date de publication, à partir de (AAAA-MM-JJ).',
  })
  @IsOptional()
  @Matches(DATE_RE, { message: DATE_MSG })
  publishedFrom?: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(DATE_RE, { message: DATE_MSG })
  publishedTo?: string;
  @Field(() => String, {
    nullable: true,
    description: 'Préfixe du code de classification (ex. « 1 » ou « 1.1 »).',
  })
  @IsOptional()
  @Matches(/^[0-9.]{1,16}$/, { message: 'Code de classification invalide.' })
  classification?: string;
  @Field(() => Boolean, { nullable: true }) hidden?: boolean;
}

export enum ActOrderField {
  DATE = 'DATE',
  PUBLISHED_AT = 'PUBLISHED_AT',
  NUMBER = 'NUMBER',
  SUBJECT = 'SUBJECT',
  NATURE = 'NATURE',
  STATUS = 'STATUS',
  CREATED_AT = 'CREATED_AT',
}
export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(ActOrderField, { name: 'ActOrderField' });
registerEnumType(SortDirection, { name: 'SortDirection' });

@InputType()
export class ActOrder {
  @Field(() => ActOrderField) field!: ActOrderField;
  @Field(() => SortDirection, { defaultValue: SortDirection.DESC }) direction!: SortDirection;
}

@InputType({ description: 'Acte créé à la main (hors télétransmission).' })
export class CreateActInput implements Partial<Act> {
  @Field(() => String) @Matches(/^\d{9}$/, { message: 'SIREN : 9 chiffres.' }) siren!: string;
  @Field(() => String)
  @Length(1, 64, { message: 'Le numéro doit comporter entre 1 et 64 caractères.' })
  number!: string;
  @Field(() => String) @Matches(DATE_RE, { message: DATE_MSG }) date!: string;
  @Field(() => String)
  @Length(1, ACT_SUBJECT_MAX, { message: 'L’objet est obligatoire (4 000 caractères au plus).' })
  subject!: string;
  @Field(() => ActNature) nature!: ActNature;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^(LD|AT|PV|AP)$/, { message: 'Détail de nature : LD, AT, PV ou AP.' })
  natureDetail?: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\d+(\.\d+){0,4}$/, { message: 'Code de classification invalide (ex. 1.1).' })
  classificationCode?: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(DATE_RE, { message: DATE_MSG })
  prefectureAckDate?: string;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Publier tout de suite (sinon : à statuer).',
  })
  publish?: boolean;
  @Field(() => Int, {
    nullable: true,
    description:
      'Nombre de fichiers principaux en tête de la liste ; les suivants sont des annexes (1 par défaut).',
  })
  @IsOptional()
  mainFileCount?: number;
}

@InputType()
export class ActIdsInput {
  @Field(() => [ID])
  @ArrayMaxSize(1000, { message: '1000 actes au plus par action.' })
  ids!: string[];
}
