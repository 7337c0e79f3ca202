import type { JobContract, JobName } from '../jobs/job-contract.js';
import type { TopicName, TopicPayload } from '../pubsub.js';

/** Enqueues a typed job; resolves to the job id (null when no queue runs in this process). */
export type Enqueue = <N extends JobName>(
  name: N,
  data: JobContract[N],
  opts?: { uniqueKey?: string; delayMs?: number },
) => Promise<string | null>;

/** Publishes a live event after the change is flushed. */
export type Publish = <T extends TopicName>(topic: T, payload: TopicPayload<T>) => Promise<void>;

export interface ActPorts {
  enqueue: Enqueue;
  publish: Publish;
  publicUrl: string;
}
