import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../core/request-context.js';
import type { ActsServices } from '../acts/acts.services.js';
import { PublicAct } from '../acts/public-act.types.js';
import { Contract } from './contract.entity.js';
import { ContractVersion } from './contract-version.entity.js';
import { ContractsArgs } from './contract.inputs.js';
import {
  ContractConnection,
  ContractHolderType,
  ContractModificationType,
  ContractStats,
} from './contract.types.js';
import type { ProcurementServices } from './procurement.services.js';

type GraphQLContext = RequestContext<ProcurementServices & ActsServices>;

/** Public reads of contracts (DECP): organisations whose open data is on, or their staff. */
@Resolver(() => Contract)
export class ContractResolver {
  @Query(() => ContractConnection, {
    description:
      'Marchés publics et contrats de concession d’un acheteur (DECP), filtrés et paginés.',
  })
  contracts(@Args(() => ContractsArgs) args: ContractsArgs, @Ctx() ctx: GraphQLContext) {
    return ctx.services.contracts.contracts(args);
  }

  @Query(() => Contract, { nullable: true })
  contract(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.contracts.contract(id);
  }

  @Query(() => ContractStats, {
    description: 'Nombre et montants des contrats d’un acheteur (une année, ou toutes).',
  })
  contractStats(
    @Arg('siren', () => String) siren: string,
    @Arg('year', () => Int, { nullable: true }) year: number | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.contracts.stats(siren, year);
  }

  @FieldResolver(() => String, { description: 'SIREN de l’acheteur.' })
  siren(@Root() c: Contract) {
    return c.organization.siren;
  }

  @FieldResolver(() => [ContractHolderType])
  holders(@Root() c: Contract) {
    return c.holders;
  }

  @FieldResolver(() => [ContractModificationType])
  modifications(@Root() c: Contract) {
    return c.modifications;
  }

  @FieldResolver(() => GraphQLJSONObject, {
    description: 'L’enregistrement DECP 2.0 tel que publié.',
  })
  decp(@Root() c: Contract) {
    return c.record;
  }

  @FieldResolver(() => PublicAct, {
    nullable: true,
    description: 'La délibération qui l’a approuvé, quand elle est liée et publiée.',
  })
  async act(@Root() c: Contract, @Ctx() ctx: GraphQLContext) {
    const id = c.act?.id;
    return id ? ctx.services.publicActs.publicAct(id) : null;
  }

  @FieldResolver(() => [ContractVersion], {
    description: 'Versions reçues, la plus récente en tête.',
  })
  versions(@Root() c: Contract, @Ctx() ctx: GraphQLContext) {
    return ctx.services.contracts.versions(c);
  }
}
