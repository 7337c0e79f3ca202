import type { FileUpload } from 'graphql-upload/processRequest.mjs';
import GraphQLUpload from 'graphql-upload/GraphQLUpload.mjs';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../core/request-context.js';
import type { DecpRecord } from './decp-record.js';
import { Contract } from './contract.entity.js';
import { ContractImport } from './contract-import.entity.js';
import { ContractSource } from './contract-source.entity.js';
import { ContractImportsArgs, ContractSourceInput } from './contract.inputs.js';
import { ContractImportConnection, ContractIssueType } from './contract.types.js';
import { ContractKind } from './procurement.enums.js';
import type { ProcurementServices } from './procurement.services.js';

type GraphQLContext = RequestContext<ProcurementServices>;

/** Staff operations on contracts: imports and their reports, sources, entry and correction. */
@Resolver()
export class ContractAdminResolver {
  @Query(() => ContractImportConnection, { description: 'Imports DECP et leurs rapports.' })
  contractImports(
    @Args(() => ContractImportsArgs) args: ContractImportsArgs,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.contractImports.list(args);
  }

  @Query(() => ContractImport, { nullable: true })
  contractImport(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.contractImports.get(id);
  }

  @Mutation(() => [ContractImport], {
    description:
      'Importe un fichier DECP 2.0 (JSON ou XML) de la collectivité (multipart GraphQL ; en-tête apollo-require-preflight).',
  })
  importContracts(
    @Arg('siren', () => String) siren: string,
    @Arg('file', () => GraphQLUpload) file: Promise<FileUpload>,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.contractImports.upload(siren, file);
  }

  @Query(() => [ContractSource], { description: 'Sources DECP de la collectivité.' })
  contractSources(@Arg('siren', () => String) siren: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.contractSources.list(siren);
  }

  @Mutation(() => ContractSource, { description: 'Ajoute (sans id) ou modifie une source.' })
  saveContractSource(
    @Arg('input', () => ContractSourceInput) input: ContractSourceInput,
    @Arg('id', () => ID, { nullable: true }) id: string | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.contractSources.save(input, id);
  }

  @Mutation(() => Boolean)
  deleteContractSource(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.contractSources.delete(id);
  }

  @Mutation(() => ID, {
    nullable: true,
    description: 'Récupère la source maintenant ; renvoie la tâche (suivre avec jobProgress).',
  })
  fetchContractSource(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.contractSources.fetchNow(id);
  }

  @Query(() => [ContractIssueType], {
    description: 'Vérifie un enregistrement DECP avec les règles de l’import (saisie en direct).',
  })
  checkContract(
    @Arg('siren', () => String) siren: string,
    @Arg('kind', () => ContractKind) kind: ContractKind,
    @Arg('record', () => GraphQLJSONObject) record: DecpRecord,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.contractEdits.checkContract(siren, kind, record);
  }

  @Mutation(() => Contract, { description: 'Saisie d’un contrat (enregistrement DECP 2.0).' })
  createContract(
    @Arg('siren', () => String) siren: string,
    @Arg('kind', () => ContractKind) kind: ContractKind,
    @Arg('record', () => GraphQLJSONObject) record: DecpRecord,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.contractEdits.create(siren, kind, record);
  }

  @Mutation(() => Contract, { description: 'Correction d’un contrat (enregistrement complet).' })
  updateContract(
    @Arg('id', () => ID) id: string,
    @Arg('record', () => GraphQLJSONObject) record: DecpRecord,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.contractEdits.update(id, record);
  }

  @Mutation(() => Boolean)
  deleteContract(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.contractEdits.delete(id);
  }

  @Mutation(() => Contract, {
    description: 'Lie le contrat à sa délibération (actId), ou le délie (actId absent).',
  })
  linkContractAct(
    @Arg('id', () => ID) id: string,
    @Arg('actId', () => ID, { nullable: true }) actId: string | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.contractEdits.link(id, actId);
  }
}
