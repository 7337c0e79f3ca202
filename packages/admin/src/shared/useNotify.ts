import { computed, ref } from 'vue';

export type NotifyKind = 'success' | 'info' | 'warning' | 'error';

export interface Notification {
  id: number;
  kind: NotifyKind;
  text: string;
}

const queue = ref<Notification[]>([]);
let nextId = 1;

/** Snackbar queue shared by the whole admin; `NotifySnackbar.vue` shows the head of the queue. */
export function useNotify() {
  const push = (kind: NotifyKind, text: string) => {
    queue.value = [...queue.value, { id: nextId++, kind, text }];
  };
  return {
    current: computed(() => queue.value[0]),
    success: (text: string) => push('success', text),
    info: (text: string) => push('info', text),
    warning: (text: string) => push('warning', text),
    error: (text: string) => push('error', text),
    dismiss: (id: number) => {
      queue.value = queue.value.filter((n) => n.id !== id);
    },
  };
}
