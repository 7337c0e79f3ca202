import { ArrayMaxSize, IsEmail, IsOptional, Length, Matches } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { Role } from './membership.entity.js';
import { UserStatus } from './user.entity.js';

const EMAIL_MSG = 'Adresse e-mail invalide.';
const NAME_MSG = 'Le nom affiché doit comporter entre 1 et 255 caractères.';
const SIREN_MSG = 'Le SIREN doit comporter exactement 9 chiffres.';
const PASSWORD_MSG = 'Le mot de passe doit comporter entre 8 et 200 caractères.';

@InputType()
export class CreateUserInput {
  @Field(() => String) @IsEmail({}, { message: EMAIL_MSG }) email!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Absent : connexion par authentification unique seulement.',
  })
  @IsOptional()
  @Length(8, 200, { message: PASSWORD_MSG })
  password?: string;
  @Field(() => String) @Length(1, 255, { message: NAME_MSG }) displayName!: string;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Réservé aux administrateurs de la plateforme.',
  })
  isPlatformAdmin?: boolean;
  @Field(() => String, {
    nullable: true,
    description:
      'Collectivité à rejoindre tout de suite (obligatoire pour un administrateur de collectivité).',
  })
  @IsOptional()
  @Matches(/^\d{9}$/, { message: SIREN_MSG })
  siren?: string;
  @Field(() => Role, {
    nullable: true,
    description: 'Rôle dans cette collectivité (VIEWER par défaut).',
  })
  role?: Role;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Permission « hr » dans cette collectivité.',
  })
  hr?: boolean;
}

@InputType()
export class UpdateUserInput {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: EMAIL_MSG })
  email?: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 255, { message: NAME_MSG })
  displayName?: string;
  @Field(() => UserStatus, {
    nullable: true,
    description: 'DISABLED : plus aucune connexion ni clé d’API.',
  })
  status?: UserStatus;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Réservé aux administrateurs de la plateforme.',
  })
  isPlatformAdmin?: boolean;
}

@InputType()
export class SetPasswordInput {
  @Field(() => ID) userId!: string;
  @Field(() => String) @Length(8, 200, { message: PASSWORD_MSG }) password!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Mot de passe actuel : exigé pour changer le sien.',
  })
  currentPassword?: string;
}

@InputType()
export class AddMembershipInput {
  @Field(() => ID) userId!: string;
  @Field(() => String) @Matches(/^\d{9}$/, { message: SIREN_MSG }) siren!: string;
  @Field(() => Role) role!: Role;
  @Field(() => Boolean, {
    nullable: true,
    description:
      'Permission « hr » : voir les actes individuels (absente : inchangée, fausse pour une nouvelle adhésion).',
  })
  hr?: boolean;
}

@InputType()
export class RemoveMembershipInput {
  @Field(() => ID) userId!: string;
  @Field(() => String) @Matches(/^\d{9}$/, { message: SIREN_MSG }) siren!: string;
}

@InputType()
export class CreateApiKeyInput {
  @Field(() => String)
  @Length(1, 100, { message: 'Le nom de la clé doit comporter entre 1 et 100 caractères.' })
  name!: string;
  @Field(() => [String], { description: 'public:read, org:read, org:write.' })
  @ArrayMaxSize(3, { message: 'Trois portées au plus.' })
  scopes!: string[];
  @Field(() => [String], {
    nullable: true,
    description: 'SIREN des collectivités pour org:read / org:write.',
  })
  @IsOptional()
  @ArrayMaxSize(100, { message: '100 collectivités au plus par clé.' })
  @Matches(/^\d{9}$/, { each: true, message: SIREN_MSG })
  sirens?: string[];
  @Field(() => Date, { nullable: true, description: 'Expiration (facultative).' }) expiresAt?: Date;
}
