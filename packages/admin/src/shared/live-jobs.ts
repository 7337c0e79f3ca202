import { useSubscription } from '@vue/apollo-composable';
import { computed, shallowRef } from 'vue';
import type { JobProgressSubscription as Sub } from '../gql/graphql';
import { JobProgressSubscription } from './live.graphql';

export type JobEvent = Sub['jobProgress'];

/** How many jobs the live store remembers. */
const KEEP = 200;

/** Latest event per job, newest job first (filled by one app-wide subscription). */
const jobs = shallowRef<Map<string, JobEvent>>(new Map());

export const liveJobs = {
  get: (jobId: string | null): JobEvent | null => (jobId ? (jobs.value.get(jobId) ?? null) : null),
  /** Newest first. */
  recent: computed(() => [...jobs.value.values()].reverse()),
  record(event: JobEvent): void {
    const next = new Map(jobs.value);
    next.delete(event.jobId);
    next.set(event.jobId, event);
    while (next.size > KEEP) {
      next.delete(next.keys().next().value!);
    }
    jobs.value = next;
  },
  clear(): void {
    jobs.value = new Map();
  },
};

/**
 * Opens the `jobProgress` subscription for the whole signed-in app (the layout calls it), so a
 * job started by a mutation is followed from its first event, even a fast one.
 */
export function useLiveJobsFeed() {
  const { onResult } = useSubscription(JobProgressSubscription);
  onResult(({ data }) => {
    if (data?.jobProgress) {
      liveJobs.record(data.jobProgress);
    }
  });
}
