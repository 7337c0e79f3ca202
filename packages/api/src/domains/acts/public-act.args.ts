import { IsOptional, Length, Matches, Max, Min } from 'class-validator';
import { ArgsType, Field, Int, registerEnumType } from 'type-graphql';
import { PageArgs } from '../../core/page.args.js';
import { ActNature } from './act.enums.js';

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MSG = 'Date attendue au format AAAA-MM-JJ.';

export enum ActSearchSort {
  RELEVANCE = 'RELEVANCE',
  DATE_DESC = 'DATE_DESC',
  DATE_ASC = 'DATE_ASC',
  PUBLISHED_DESC = 'PUBLISHED_DESC',
}
registerEnumType(ActSearchSort, { name: 'ActSearchSort' });

@ArgsType()
export class SearchActsArgs extends PageArgs {
  @Field(() => String) @Matches(/^\d{9}$/, { message: 'SIREN : 9 chiffres.' }) siren!: string;
  @Field(() => String, { nullable: true, description: 'Texte libre (tolère fautes et accents).' })
  @IsOptional()
  @Length(0, 500)
  query?: string;
  @Field(() => [ActNature], { nullable: true }) natures?: ActNature[];
  @Field(() => String, {
    nullable: true,
    description: 'Préfixe de classification ACTES (ex. « 1 » ou « 1.1 »).',
  })
  @IsOptional()
  @Matches(/^\d+(\.\d+){0,4}\.?$/, { message: 'Code de classification invalide.' })
  classification?: string;
  @Field(() => String, { nullable: true, description: 'Date de l’acte, à partir de.' })
  @IsOptional()
  @Matches(DATE_RE, { message: DATE_MSG })
  dateFrom?: string;
  @Field(() => String, { nullable: true, description: 'Date de l’acte, jusqu’au.' })
  @IsOptional()
  @Matches(DATE_RE, { message: DATE_MSG })
  dateTo?: string;
  @Field(() => String, { nullable: true, description: 'Date de publication, à partir de.' })
  @IsOptional()
  @Matches(DATE_RE, { message: DATE_MSG })
  publishedFrom?: string;
  @Field(() => String, { nullable: true, description: 'Date de publication, jusqu’au.' })
  @IsOptional()
  @Matches(DATE_RE, { message: DATE_MSG })
  publishedTo?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(1900) @Max(2200) year?: number;
  @Field(() => ActSearchSort, { nullable: true }) sort?: ActSearchSort;
}
