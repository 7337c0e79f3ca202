import { createPubSub } from '@graphql-yoga/subscription';

/** Payload of `jobProgress`, shared by the api (relay) and the worker (publisher). */
export interface JobProgressEvent {
  jobId: string;
  name: string;
  state: 'queued' | 'running' | 'completed' | 'failed';
  progress: number;
  message?: string | null;
  siren?: string | null;
  /** Every organisation the job is about (empty: none, only platform administrators see it). */
  sirens: string[];
  /** ISO 8601 instant. */
  at: string;
}

/** An act changed (created, status change, publication…); `change` names what happened. */
export interface ActChangedEvent {
  actId: string;
  siren: string;
  status: string;
  change: string;
  /** ISO 8601 instant. */
  at: string;
}

/** A deposit zip was processed (ingested, duplicate or quarantined). */
export interface DepositProcessedEvent {
  depositId: string;
  siren: string | null;
  status: string;
  errorCode: string | null;
  /** ISO 8601 instant. */
  at: string;
}

/**
 * Every live topic and its payload. Features add their topics here.
 * Payloads are plain JSON so they can cross processes through the outbox
 * (see events/event-bus.ts): publish through `EventBus`, not straight on the PubSub.
 */
// A type alias (not an interface) so it satisfies PubSub's string index constraint while
// still rejecting unknown topic names.
export type Topics = {
  JOB_PROGRESS: [JobProgressEvent];
  /** Someone's rights changed (membership, account, session, key): open subscriptions re-check. */
  IDENTITY_CHANGED: [{ at: string }];
  ACT_CHANGED: [ActChangedEvent];
  DEPOSIT_PROCESSED: [DepositProcessedEvent];
};

export type TopicName = keyof Topics & string;

/** The payload type of one topic. */
export type TopicPayload<T extends TopicName> = Topics[T][0];

export type PubSub = ReturnType<typeof createPubSub<Topics>>;

export function createAppPubSub(): PubSub {
  return createPubSub<Topics>();
}
