import { IsOptional, Length, Matches, Max, Min } from 'class-validator';
import { ArgsType, Field, Float, InputType, Int } from 'type-graphql';
import { PageArgs } from '../../core/page.args.js';
import { ContractKind, ContractOrder } from './procurement.enums.js';

const SIREN = /^\d{9}$/;

@InputType({ description: 'Filtres des contrats (tous facultatifs, cumulés).' })
export class ContractFilter {
  @Field(() => Int, { nullable: true, description: 'Année de notification.' })
  @IsOptional()
  @Min(1990)
  @Max(2200)
  year?: number;
  @Field(() => ContractKind, { nullable: true }) kind?: ContractKind;
  @Field(() => String, { nullable: true, description: 'Procédure, telle qu’écrite dans les DECP.' })
  @IsOptional()
  @Length(1, 100)
  procedure?: string;
  @Field(() => String, { nullable: true, description: 'Nature, telle qu’écrite dans les DECP.' })
  @IsOptional()
  @Length(1, 64)
  nature?: string;
  @Field(() => String, { nullable: true, description: 'Préfixe de code CPV (ex. « 45 »).' })
  @IsOptional()
  @Matches(/^\d{1,8}(-\d)?$/, { message: 'Code CPV : chiffres uniquement (ex. 45 ou 45233000).' })
  cpv?: string;
  @Field(() => String, { nullable: true, description: 'Identifiant (SIRET…) d’un titulaire.' })
  @IsOptional()
  @Length(1, 64)
  holder?: string;
  @Field(() => Float, { nullable: true }) @IsOptional() @Min(0) amountMin?: number;
  @Field(() => Float, { nullable: true }) @IsOptional() @Min(0) amountMax?: number;
  @Field(() => String, { nullable: true, description: 'Texte libre (objet, identifiant).' })
  @IsOptional()
  @Length(0, 200)
  text?: string;
}

@ArgsType()
export class ContractsArgs extends PageArgs {
  @Field(() => String) @Matches(SIREN, { message: 'SIREN : 9 chiffres.' }) siren!: string;
  @Field(() => ContractFilter, { nullable: true }) filter?: ContractFilter;
  @Field(() => ContractOrder, { nullable: true }) orderBy?: ContractOrder;
}

@ArgsType()
export class ContractImportsArgs extends PageArgs {
  @Field(() => String) @Matches(SIREN, { message: 'SIREN : 9 chiffres.' }) siren!: string;
}

@InputType({ description: 'Source DECP (URL HTTPS de l’export du profil d’acheteur).' })
export class ContractSourceInput {
  @Field(() => String) @Matches(SIREN, { message: 'SIREN : 9 chiffres.' }) siren!: string;
  @Field(() => String) @Length(8, 2000, { message: 'URL : 8 à 2000 caractères.' }) url!: string;
  @Field(() => Boolean, { nullable: true }) active?: boolean;
}
