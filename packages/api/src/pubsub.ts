import { createPubSub } from '@graphql-yoga/subscription';

/** Payload of `jobProgress`, shared by the api (relay) and the worker (publisher). */
export interface JobProgressEvent {
  jobId: string;
  name: string;
  state: 'queued' | 'running' | 'completed' | 'failed';
  progress: number;
  message?: string | null;
  siren?: string | null;
  at: string;
}

/**
 * Every live topic and its payload. Features add their topics here.
 * Payloads are plain JSON so they can cross processes through the outbox.
 */
export interface Topics {
  JOB_PROGRESS: [JobProgressEvent];
  [topic: string]: [unknown];
}

export type TopicName = keyof Topics & string;

export type PubSub = ReturnType<typeof createPubSub<Topics>>;

export function createAppPubSub(): PubSub {
  return createPubSub<Topics>();
}
