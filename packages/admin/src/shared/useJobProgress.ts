import { computed, type Ref } from 'vue';
import { liveJobs } from './live-jobs';

/** The live state of one background job (its id comes back from a mutation). */
export function useJobProgress(jobId: Ref<string | null>) {
  const event = computed(() => liveJobs.get(jobId.value));
  return {
    event,
    percent: computed(() => Math.round(event.value?.progress ?? 0)),
    done: computed(() => event.value?.state === 'COMPLETED' || event.value?.state === 'FAILED'),
    failed: computed(() => event.value?.state === 'FAILED'),
  };
}
