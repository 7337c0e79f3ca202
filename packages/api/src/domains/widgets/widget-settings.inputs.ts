import { ArrayMaxSize, IsIn, IsOptional, Length, Matches, Max, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { ActNature } from '../acts/act.enums.js';

const COLOR = /^#[0-9a-fA-F]{6}$/;
const COLOR_MSG = 'Couleur attendue au format #RRGGBB (par exemple #1d4f91).';
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MSG = 'Date attendue au format AAAA-MM-JJ.';
/** The acts widget shows 5 to 30 results per page. */
export const WIDGET_PAGE_SIZES = [5, 10, 15, 20, 30];

/** Absent: unchanged; null: back to the default (title, dates, year). */
@InputType({ description: 'Réglages du widget des actes (champs absents : inchangés).' })
export class UpdateWidgetSettingsInput {
  @Field(() => String)
  @Matches(/^\d{9}$/, { message: 'Le SIREN doit comporter exactement 9 chiffres.' })
  siren!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Titre ; vide ou null : « Actes publiés de <collectivité> ».',
  })
  @IsOptional()
  @Length(0, 120, { message: 'Le titre ne peut pas dépasser 120 caractères.' })
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(COLOR, { message: COLOR_MSG })
  primaryColor?: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(COLOR, { message: COLOR_MSG })
  backgroundColor?: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(COLOR, { message: COLOR_MSG })
  textColor?: string;

  @Field(() => [ActNature], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(7)
  natures?: ActNature[];
  @Field(() => [String], {
    nullable: true,
    description:
      'Classification ACTES, niveau 1 (« 7 ») ou 2 (« 7.1 ») ; le widget applique la première.',
  })
  @IsOptional()
  @ArrayMaxSize(9)
  @Matches(/^[1-9](\.\d{1,2})?$/, {
    each: true,
    message: 'Classification : « 7 » ou « 7.1 » par exemple.',
  })
  classifications?: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(DATE, { message: DATE_MSG })
  dateFrom?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(DATE, { message: DATE_MSG })
  dateTo?: string | null;
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1982, { message: 'Année invalide.' })
  @Max(2100, { message: 'Année invalide.' })
  year?: number | null;
  @Field(() => Int, { nullable: true, description: 'Résultats par page : 5, 10, 15, 20 ou 30.' })
  @IsOptional()
  @IsIn(WIDGET_PAGE_SIZES, { message: 'Résultats par page : 5, 10, 15, 20 ou 30.' })
  pageSize?: number;
}
