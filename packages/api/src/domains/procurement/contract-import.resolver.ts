import { FieldResolver, Resolver, Root } from 'type-graphql';
import { ContractImport } from './contract-import.entity.js';
import { ContractSource } from './contract-source.entity.js';
import { ContractIssueType } from './contract.types.js';

@Resolver(() => ContractImport)
export class ContractImportResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: 'SIREN (null : acheteur illisible).',
  })
  siren(@Root() i: ContractImport) {
    return i.organization?.siren ?? null;
  }

  @FieldResolver(() => [ContractIssueType], {
    description: 'Enregistrements refusés : rang, id, emplacement et message.',
  })
  errors(@Root() i: ContractImport) {
    return i.errors;
  }

  @FieldResolver(() => [ContractIssueType], { description: 'Particularités acceptées.' })
  warnings(@Root() i: ContractImport) {
    return i.warnings;
  }
}

@Resolver(() => ContractSource)
export class ContractSourceResolver {
  @FieldResolver(() => String)
  siren(@Root() s: ContractSource) {
    return s.organization.siren;
  }
}
