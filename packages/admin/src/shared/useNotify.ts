import { computed, ref } from 'vue';

export type NotifyKind = 'success' | 'info' | 'warning' | 'error';

export interface NotifyAction {
  /** Button text, e.g. « Annuler ». */
  label: string;
  run: () => void | Promise<void>;
}

export interface Notification {
  id: number;
  kind: NotifyKind;
  text: string;
  action?: NotifyAction;
}

const queue = ref<Notification[]>([]);
let nextId = 1;

/** Snackbar messages shared by the whole admin; `NotifySnackbar.vue` shows the head of the queue. */
export function useNotify() {
  // The newest message shows at once (feedback must follow the action); errors not yet
  // dismissed come back after it, other older messages are dropped.
  const push = (kind: NotifyKind, text: string, action?: NotifyAction) => {
    queue.value = [
      { id: nextId++, kind, text, action },
      ...queue.value.filter((n) => n.kind === 'error'),
    ];
  };
  return {
    current: computed(() => queue.value[0]),
    success: (text: string, action?: NotifyAction) => push('success', text, action),
    info: (text: string, action?: NotifyAction) => push('info', text, action),
    warning: (text: string, action?: NotifyAction) => push('warning', text, action),
    error: (text: string) => push('error', text),
    dismiss: (id: number) => {
      queue.value = queue.value.filter((n) => n.id !== id);
    },
  };
}
