import { IsOptional, Length, Matches } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import type { Organization } from '../tenants/organization.entity.js';

const SIREN_MSG = 'Le SIREN doit comporter exactement 9 chiffres.';
const SIRET_MSG = 'Le SIRET doit comporter exactement 14 chiffres.';
const NAME_MSG = 'Le nom doit comporter entre 1 et 255 caractères.';

@InputType()
export class CreateOrganizationInput implements Partial<Organization> {
  @Field(() => String)
  @Matches(/^\d{9}$/, { message: SIREN_MSG })
  siren!: string;

  @Field(() => String)
  @Length(1, 255, { message: NAME_MSG })
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\d{14}$/, { message: SIRET_MSG })
  siret?: string;
}

@InputType()
export class UpdateOrganizationInput implements Partial<Organization> {
  @Field(() => String, { description: 'SIREN de la collectivité à modifier.' })
  @Matches(/^\d{9}$/, { message: SIREN_MSG })
  siren!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 255, { message: NAME_MSG })
  name?: string;

  @Field(() => String, { nullable: true, description: 'Chaîne vide pour effacer le SIRET.' })
  @IsOptional()
  @Matches(/^(\d{14})?$/, { message: SIRET_MSG })
  siret?: string;

  @Field(() => Boolean, { nullable: true })
  openDataActive?: boolean;

  @Field(() => Boolean, { nullable: true })
  publishAnnexes?: boolean;
}
