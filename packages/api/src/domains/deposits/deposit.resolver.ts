import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { FileUpload } from 'graphql-upload/processRequest.mjs';
import GraphQLUpload from 'graphql-upload/GraphQLUpload.mjs';
import { Act } from '../acts/act.entity.js';
import { PageArgs } from '../../core/page.args.js';
import { ConnectionType } from '../../core/page.type.js';
import type { RequestContext } from '../../core/request-context.js';
import type { DepositsServices } from './deposits.services.js';
import { Deposit, DepositStatus } from './deposit.entity.js';

type GraphQLContext = RequestContext<DepositsServices>;

export const DepositConnection = ConnectionType(Deposit, 'Deposit');

@InputType()
class DepositsFilter {
  @Field(() => DepositStatus, { nullable: true }) status?: DepositStatus;
  @Field(() => String, { nullable: true }) siren?: string;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Seulement les échecs ouverts (ni corrigés ni clos).',
  })
  openFailures?: boolean;
}

@ArgsType()
class DepositsArgs extends PageArgs {
  @Field(() => DepositsFilter, { nullable: true }) filter?: DepositsFilter;
}

@Resolver(() => Deposit)
export class DepositResolver {
  @Query(() => DepositConnection, {
    description: 'Dépôts Pastell reçus (les plus récents d’abord).',
  })
  deposits(@Args(() => DepositsArgs) args: DepositsArgs, @Ctx() ctx: GraphQLContext) {
    return ctx.services.deposits.list({ ...args, ...args.filter });
  }

  @Query(() => Deposit, { nullable: true })
  deposit(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.deposits.get(id);
  }

  /** The act, only when the viewer may read it (an individual act needs hr). */
  @FieldResolver(() => Act, { nullable: true })
  act(@Root() deposit: Deposit, @Ctx() ctx: GraphQLContext) {
    return deposit.act ? ctx.services.acts.get(deposit.act.id) : null;
  }

  @Mutation(() => Deposit, {
    description:
      'Envoie un zip corrigé à la place d’un dépôt en échec (multipart ; les deux restent dans l’historique, liés).',
  })
  replaceFailedDeposit(
    @Arg('id', () => ID) id: string,
    @Arg('file', () => GraphQLUpload) file: Promise<FileUpload>,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.depositResolution.replace(id, file);
  }

  @Mutation(() => Deposit, { description: 'Clôt un échec avec sa raison (il n’est plus compté).' })
  closeDepositFailure(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.depositResolution.close(id, reason);
  }

  @Mutation(() => Deposit, { description: 'Relance un dépôt en échec (après correction).' })
  retryDeposit(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.deposits.retry(id);
  }
}
