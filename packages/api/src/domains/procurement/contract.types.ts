import { Field, Float, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../core/page.type.js';
import { Contract } from './contract.entity.js';
import { ContractImport } from './contract-import.entity.js';

@ObjectType('ContractHolder', { description: 'Titulaire (ou concessionnaire).' })
export class ContractHolderType {
  @Field(() => String) identifier!: string;
  @Field(() => String, { description: 'SIRET, TVA, TAHITI, RIDET, FRWF, IREP ou HORS-UE.' })
  identifierType!: string;
  @Field(() => String, { nullable: true, description: 'Nom (absent du format DECP 2.0).' })
  name!: string | null;
}

@ObjectType('ContractModification', { description: 'Modification du contrat, dans l’ordre.' })
export class ContractModificationType {
  @Field(() => Int) number!: number;
  @Field(() => Float, { nullable: true }) amount!: number | null;
  @Field(() => Int, { nullable: true }) durationMonths!: number | null;
  @Field(() => String) notifiedOn!: string;
}

@ObjectType('ContractIssue', { description: 'Un problème d’un enregistrement DECP.' })
export class ContractIssueType {
  @Field(() => Int, { nullable: true, description: 'Rang dans sa liste (0 = premier).' })
  index!: number | null;
  @Field(() => String, { nullable: true, description: 'marche ou contrat-concession.' })
  kind!: string | null;
  @Field(() => String, { nullable: true }) decpId!: string | null;
  @Field(() => String, { nullable: true, description: 'Pointeur JSON ou chemin XML.' })
  path!: string | null;
  @Field(() => String) code!: string;
  @Field(() => String) message!: string;
}

@ObjectType('ContractStatBucket')
export class ContractStatBucket {
  @Field(() => String) key!: string;
  @Field(() => String) label!: string;
  @Field(() => Int) count!: number;
  @Field(() => Float) amount!: number;
}

@ObjectType('ContractStats', { description: 'Chiffres des contrats d’un acheteur.' })
export class ContractStats {
  @Field(() => Int) count!: number;
  @Field(() => Float) totalAmount!: number;
  @Field(() => [ContractStatBucket]) byYear!: ContractStatBucket[];
  @Field(() => [ContractStatBucket]) byProcedure!: ContractStatBucket[];
  @Field(() => [ContractStatBucket]) byNature!: ContractStatBucket[];
  @Field(() => [ContractStatBucket]) byCpvDivision!: ContractStatBucket[];
  @Field(() => [ContractStatBucket]) byMonth!: ContractStatBucket[];
  @Field(() => [ContractStatBucket]) topHolders!: ContractStatBucket[];
}

export const ContractConnection = ConnectionType(Contract, 'Contract');
export const ContractImportConnection = ConnectionType(ContractImport, 'ContractImport');
