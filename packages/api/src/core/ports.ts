import type { JobContract, JobName } from './job-contract.js';
import type { TopicName, TopicPayload } from './topics.js';

/** Enqueues a typed job; resolves to the job id (null when no queue runs in this process). */
export type Enqueue = <N extends JobName>(
  name: N,
  data: JobContract[N],
  opts?: { uniqueKey?: string; delayMs?: number; rememberMs?: number },
) => Promise<string | null>;

/** Publishes a live event after the change is flushed. */
export type Publish = <T extends TopicName>(topic: T, payload: TopicPayload<T>) => Promise<void>;

/** What services use to reach the jobs and the live events (built once per runtime). */
export interface Ports {
  enqueue: Enqueue;
  publish: Publish;
  publicUrl: string;
}
