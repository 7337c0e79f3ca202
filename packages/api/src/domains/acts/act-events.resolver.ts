import {
  Arg,
  Field,
  ID,
  ObjectType,
  Resolver,
  Root,
  Subscription,
  type SubscribeResolverData,
  type SubscriptionHandlerData,
} from 'type-graphql';
import { Role } from '../../identity/auth/membership.entity.js';
import { ActNature } from './act.enums.js';
import { Act } from './act.entity.js';
import type { RequestContext } from '../../core/request-context.js';
import type { ActsServices } from './acts.services.js';
import { assertCanSubscribe, stillAllowed } from '../../identity/auth/event-access.js';
import { Organization } from '../../identity/tenants/organization.entity.js';
import type { ActChangedEvent, DepositProcessedEvent } from '../../core/topics.js';

type GraphQLContext = RequestContext<ActsServices>;

@ObjectType({ description: 'Un acte a changé (dépôt, décision, modification).' })
export class ActChanged {
  @Field(() => ID) actId!: string;
  @Field(() => String) siren!: string;
  @Field(() => String) status!: string;
  @Field(() => String, { description: 'Nature du changement (publish, unpublish, deposit…).' })
  change!: string;
  @Field(() => String) at!: string;
}

@ObjectType({ description: 'Un dépôt Pastell vient d’être traité.' })
export class DepositProcessed {
  @Field(() => ID) depositId!: string;
  @Field(() => String, { nullable: true }) siren!: string | null;
  @Field(() => String) status!: string;
  @Field(() => String, { nullable: true }) errorCode!: string | null;
  @Field(() => String) at!: string;
}

function signedIn(topic: string) {
  return ({ context }: SubscribeResolverData<unknown, unknown, GraphQLContext>) => {
    assertCanSubscribe(context.viewer);
    return topic;
  };
}

/** Staff may receive events of the organisations they can read (null siren: platform admins only). */
async function canRead(ctx: GraphQLContext, siren: string | null): Promise<boolean> {
  if (!siren) {
    return (await ctx.services.access.readableOrgIds()) === 'all';
  }
  const org = await ctx.em.fork().findOne(Organization, { siren }, { fields: ['id'] });
  return !!org && ctx.services.access.can(org.id, Role.VIEWER);
}

/** Events about an individual act (personal data) reach hr holders only. */
async function canReadActEvent(ctx: GraphQLContext, event: ActChangedEvent): Promise<boolean> {
  if (!(await canRead(ctx, event.siren))) {
    return false;
  }
  const act = await ctx.em
    .fork()
    .findOne(Act, { id: event.actId }, { fields: ['nature', 'organization'] });
  return (
    !act ||
    act.nature !== ActNature.INDIVIDUAL ||
    ctx.services.access.canSeeIndividual(act.organization.id)
  );
}

@Resolver()
export class ActEventsResolver {
  @Subscription(() => ActChanged, {
    topics: signedIn('ACT_CHANGED'),
    filter: ({
      payload,
      args,
      context,
    }: SubscriptionHandlerData<ActChangedEvent, { siren: string }, GraphQLContext>) =>
      payload.siren === args.siren &&
      stillAllowed(context).then((ok) => ok && canReadActEvent(context, payload)),
    description: 'Changements des actes d’une collectivité, en direct.',
  })
  actChanged(
    @Arg('siren', () => String) _siren: string,
    @Root() event: ActChangedEvent,
  ): ActChanged {
    return event;
  }

  @Subscription(() => DepositProcessed, {
    topics: signedIn('DEPOSIT_PROCESSED'),
    filter: ({
      payload,
      context,
    }: SubscriptionHandlerData<DepositProcessedEvent, unknown, GraphQLContext>) =>
      stillAllowed(context).then((ok) => ok && canRead(context, payload.siren)),
    description: 'Dépôts traités, en direct.',
  })
  depositProcessed(@Root() event: DepositProcessedEvent): DepositProcessed {
    return event;
  }
}
