import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Reference } from '@mikro-orm/core';
import { PageArgs } from '../../core/page.args.js';
import type { RequestContext } from '../../core/request-context.js';
import type { ActsServices } from './acts.services.js';
import { Organization } from '../../identity/tenants/organization.entity.js';
import { Act } from './act.entity.js';
import { ActActionKind } from './act.enums.js';
import type { ActAction } from './act.service.js';
import { ActOrder, ActsFilter } from './act.inputs.js';
import { ActActionResult, ActConnection } from './act.types.js';
import { Document } from './document.entity.js';
import { managedAct, type ActNode } from './act-list-sql.js';

type GraphQLContext = RequestContext<ActsServices>;

@ArgsType()
class ActsArgs extends PageArgs {
  @Field(() => ActsFilter, { nullable: true }) filter?: ActsFilter;
  @Field(() => ActOrder, { nullable: true }) orderBy?: ActOrder;
}

const Ids = () => [ID];

const ACTION_OF: Record<ActActionKind, ActAction> = {
  PUBLISH: 'publish',
  UNPUBLISH: 'unpublish',
  HIDE: 'hide',
  UNHIDE: 'unhide',
  DELETE: 'delete',
  RESTORE: 'restore',
};

/** Staff operations on acts; every rule lives in ActService. */
@Resolver(() => Act)
export class ActResolver {
  @Query(() => ActConnection, {
    description: 'Actes des collectivités de l’agent (filtres, pagination).',
  })
  acts(@Args(() => ActsArgs) args: ActsArgs, @Ctx() ctx: GraphQLContext) {
    return ctx.services.acts.list(args);
  }

  @Query(() => Act, { nullable: true })
  act(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.acts.get(id);
  }

  @Mutation(() => ActActionResult, {
    description:
      'Applique une décision à des actes (500 au plus par appel) ; ceux qui la refusent sont listés dans `failed` avec la raison.',
  })
  applyActAction(
    @Arg('action', () => ActActionKind) action: ActActionKind,
    @Arg('ids', Ids) ids: string[],
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.acts.apply(ACTION_OF[action], ids);
  }

  @Mutation(() => ActActionResult)
  publishActs(@Arg('ids', Ids) ids: string[], @Ctx() ctx: GraphQLContext) {
    return ctx.services.acts.apply('publish', ids);
  }

  @Mutation(() => ActActionResult)
  unpublishActs(@Arg('ids', Ids) ids: string[], @Ctx() ctx: GraphQLContext) {
    return ctx.services.acts.apply('unpublish', ids);
  }

  @Mutation(() => ActActionResult, { description: 'Retire les actes de la file « à statuer ».' })
  hideActs(@Arg('ids', Ids) ids: string[], @Ctx() ctx: GraphQLContext) {
    return ctx.services.acts.apply('hide', ids);
  }

  @Mutation(() => ActActionResult)
  unhideActs(@Arg('ids', Ids) ids: string[], @Ctx() ctx: GraphQLContext) {
    return ctx.services.acts.apply('unhide', ids);
  }

  @Mutation(() => ActActionResult, {
    description: 'Suppression logique : l’acte disparaît de partout.',
  })
  deleteActs(@Arg('ids', Ids) ids: string[], @Ctx() ctx: GraphQLContext) {
    return ctx.services.acts.apply('delete', ids);
  }

  @Mutation(() => ActActionResult, {
    description: 'Annule une suppression : l’acte retrouve son état d’avant.',
  })
  restoreActs(@Arg('ids', Ids) ids: string[], @Ctx() ctx: GraphQLContext) {
    return ctx.services.acts.apply('restore', ids);
  }

  @Mutation(() => Act)
  updateActSubject(
    @Arg('id', () => ID) id: string,
    @Arg('subject', () => String) subject: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.acts.updateSubject(id, subject);
  }

  @Mutation(() => Document, { description: 'Retenir (ne pas publier) ou libérer une annexe.' })
  setAnnexWithheld(
    @Arg('documentId', () => ID) documentId: string,
    @Arg('withheld', () => Boolean) withheld: boolean,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.acts.setAnnexWithheld(documentId, withheld);
  }

  @FieldResolver(() => Organization)
  async organization(@Root() node: ActNode, @Ctx() ctx: GraphQLContext) {
    // Batched with the other rows' (the ORM's dataloader): one query for the page's organisations.
    return Reference.create(managedAct(ctx.em, node).organization).load();
  }

  @FieldResolver(() => [Document])
  async documents(@Root() node: ActNode, @Ctx() ctx: GraphQLContext) {
    return managedAct(ctx.em, node).documents.load();
  }

  @FieldResolver(() => Boolean, { description: 'Supprimé (logiquement).' })
  deleted(@Root() act: ActNode) {
    return !!act.deletedAt;
  }
}
