import { IsEmail, IsOptional, Length, Matches } from 'class-validator';
import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { Membership, Role } from '../auth/membership.entity.js';

const EMAIL_MSG = 'Adresse e-mail invalide.';
const NAME_MSG = 'Le nom affiché doit comporter entre 1 et 255 caractères.';
const PASSWORD_MSG = 'Le mot de passe doit comporter entre 8 et 200 caractères.';
const TOKEN_MSG = 'Lien invalide.';

@InputType()
export class InviteMemberInput {
  @Field(() => String)
  @Matches(/^\d{9}$/, { message: 'Le SIREN doit comporter exactement 9 chiffres.' })
  siren!: string;
  @Field(() => String) @IsEmail({}, { message: EMAIL_MSG }) email!: string;
  @Field(() => String) @Length(1, 255, { message: NAME_MSG }) displayName!: string;
  @Field(() => Role) role!: Role;
  @Field(() => Boolean, { nullable: true, description: 'Permission « hr » (fausse par défaut).' })
  hr?: boolean;
}

export enum InviteOutcome {
  ADDED = 'ADDED',
  INVITED = 'INVITED',
}
registerEnumType(InviteOutcome, {
  name: 'InviteOutcome',
  description:
    'ADDED : compte que vous voyez déjà (membre d’une de vos collectivités), ajouté tout de suite. INVITED : invitation envoyée, la personne rejoint la collectivité en suivant le lien reçu (que l’adresse ait un compte ou non : la réponse ne le dit pas).',
});

@ObjectType()
export class InviteMemberResult {
  @Field(() => InviteOutcome) outcome!: InviteOutcome;
  @Field(() => String) email!: string;
  @Field(() => Membership, { nullable: true, description: 'L’adhésion (ADDED seulement).' })
  membership!: Membership | null;
}

@ObjectType({ description: 'Ce que montre un lien d’invitation à celui qui l’a reçu.' })
export class InvitationPreview {
  @Field(() => String) email!: string;
  @Field(() => String) displayName!: string;
  @Field(() => String) organizationName!: string;
  @Field(() => Role) role!: Role;
  @Field(() => Boolean) hr!: boolean;
  @Field(() => Date) expiresAt!: Date;
  @Field(() => Boolean, {
    description: 'Vrai : l’adresse n’a pas encore de compte, il faut choisir un mot de passe.',
  })
  newAccount!: boolean;
}

@InputType()
export class AcceptInvitationInput {
  @Field(() => String) @Length(8, 300, { message: TOKEN_MSG }) token!: string;
  @Field(() => String, { nullable: true, description: 'Exigé pour un nouveau compte.' })
  @IsOptional()
  @Length(8, 200, { message: PASSWORD_MSG })
  password?: string;
  @Field(() => String, { nullable: true, description: 'Nom affiché d’un nouveau compte.' })
  @IsOptional()
  @Length(1, 255, { message: NAME_MSG })
  displayName?: string;
}

@ObjectType()
export class AcceptedInvitation {
  @Field(() => String) email!: string;
  @Field(() => String) organizationName!: string;
}

@InputType()
export class ResetPasswordInput {
  @Field(() => String) @Length(8, 300, { message: TOKEN_MSG }) token!: string;
  @Field(() => String) @Length(8, 200, { message: PASSWORD_MSG }) password!: string;
}
