import { useApolloClient } from '@vue/apollo-composable';
import { computed, ref } from 'vue';
import { errorMessage } from '../shared/error-messages';
import { useJobProgress } from '../shared/useJobProgress';
import { ApplyActActionMutation } from './acts.graphql';
import { BULK_ACTIONS, chunks, type BulkAction } from './bulk-actions';

export interface BulkSummary {
  action: BulkAction;
  /** Acts changed (what an undo puts back). */
  updatedIds: string[];
  failed: { id: string; label: string; message: string }[];
  /** Propagation job of the last batch (search index, public files). */
  jobId: string | null;
  /** This summary is itself an undo. */
  isUndo: boolean;
}

/**
 * Publish, unpublish, hide, unhide, delete and restore on a set of acts: confirmation first,
 * batches with progress, a summary naming every refused act, and an undo of what was done.
 */
export function useBulkActions(options: {
  labelOf: (id: string) => string;
  onChanged: () => void;
}) {
  const { resolveClient } = useApolloClient();
  const pending = ref<{ action: BulkAction; ids: string[] } | null>(null);
  const running = ref(false);
  const progress = ref({ done: 0, total: 0 });
  const summary = ref<BulkSummary | null>(null);
  const job = useJobProgress(computed(() => summary.value?.jobId ?? null));

  async function run(action: BulkAction, ids: string[], isUndo = false): Promise<BulkSummary> {
    const spec = BULK_ACTIONS[action];
    const result: BulkSummary = { action, updatedIds: [], failed: [], jobId: null, isUndo };
    progress.value = { done: 0, total: ids.length };
    for (const batch of chunks(ids)) {
      try {
        const { data } = await resolveClient().mutate({
          mutation: ApplyActActionMutation,
          variables: { action: spec.kind, ids: batch },
        });
        const r = data?.applyActAction ?? { updated: [], failed: [], jobId: null };
        result.updatedIds.push(...r.updated.map((u) => u.id));
        result.failed.push(
          ...r.failed.map((f) => ({ id: f.id, label: options.labelOf(f.id), message: f.message })),
        );
        result.jobId = r.jobId ?? result.jobId;
      } catch (e) {
        const message = errorMessage(e);
        result.failed.push(...batch.map((id) => ({ id, label: options.labelOf(id), message })));
      }
      progress.value = { done: progress.value.done + batch.length, total: ids.length };
    }
    return result;
  }

  async function execute(action: BulkAction, ids: string[], isUndo = false) {
    running.value = true;
    try {
      summary.value = await run(action, ids, isUndo);
      options.onChanged();
    } finally {
      running.value = false;
    }
  }

  return {
    pending,
    running,
    progress,
    summary,
    job,
    confirmOpen: computed({
      get: () => pending.value !== null,
      set: (open: boolean) => {
        if (!open && !running.value) {
          pending.value = null;
        }
      },
    }),
    /** Closes the confirmation without acting (not while an action runs). */
    cancel() {
      if (!running.value) {
        pending.value = null;
      }
    },
    /** Opens the confirmation. */
    request(action: BulkAction, ids: string[]) {
      if (ids.length) {
        pending.value = { action, ids: [...ids] };
      }
    },
    async confirm() {
      const p = pending.value;
      if (!p) {
        return;
      }
      await execute(p.action, p.ids);
      pending.value = null;
    },
    /** Puts back what the last action changed. */
    async undo() {
      const last = summary.value;
      const back = last ? BULK_ACTIONS[last.action].undo : null;
      if (last?.updatedIds.length && back) {
        await execute(back, last.updatedIds, true);
      }
    },
    /** Runs an action without confirmation (an undo offered by a notification). */
    runNow: (action: BulkAction, ids: string[]) => execute(action, ids, true),
    dismiss() {
      summary.value = null;
    },
  };
}

export type BulkActions = ReturnType<typeof useBulkActions>;
