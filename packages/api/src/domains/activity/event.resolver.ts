import {
  Resolver,
  Root,
  Subscription,
  type SubscribeResolverData,
  type SubscriptionHandlerData,
} from 'type-graphql';
import type { RequestContext } from '../../core/request-context.js';
import type { ActivityServices } from './activity.services.js';
import type { JobProgressEvent, TopicName } from '../../core/topics.js';
import {
  assertCanSubscribe,
  canReceiveEvent,
  stillAllowed,
} from '../../identity/auth/event-access.js';
import { JobProgress, toJobProgress } from './job-progress.type.js';

type GraphQLContext = RequestContext<ActivityServices>;

/** Checks the viewer when the subscription opens, then names the topic. */
function topicFor(topic: TopicName) {
  return ({ context }: SubscribeResolverData<unknown, unknown, GraphQLContext>) => {
    assertCanSubscribe(context.viewer);
    return topic;
  };
}

@Resolver()
export class EventResolver {
  @Subscription(() => JobProgress, {
    description: 'Avancement des tâches en arrière-plan, en direct.',
    topics: topicFor('JOB_PROGRESS'),
    filter: ({
      payload,
      context,
    }: SubscriptionHandlerData<JobProgressEvent, unknown, GraphQLContext>) =>
      stillAllowed(context).then(
        (ok) =>
          ok &&
          canReceiveEvent(context.viewer, payload.sirens ?? payload.siren, (siren) =>
            context.services.access.canReadSiren(siren),
          ),
      ),
  })
  jobProgress(@Root() event: JobProgressEvent): JobProgress {
    return toJobProgress(event);
  }
}
