import { onBeforeUnmount, watch } from 'vue';
import { useRouter } from 'vue-router';
import { session } from '../auth/session';
import { signInLocation } from '../auth/sign-in-location';
import { useNotify } from '../shared/useNotify';

/** How long before the end of the session a warning is shown. */
export const EXPIRY_WARNING_MS = 2 * 60_000;

/**
 * Warns shortly before the session ends, then sends the user to the sign-in page with a French
 * explanation and a way back to where they were (instead of failing requests one by one).
 */
export function useSessionExpiry() {
  const router = useRouter();
  const notify = useNotify();
  const timers: ReturnType<typeof setTimeout>[] = [];
  const clear = () => timers.splice(0).forEach((t) => clearTimeout(t));

  watch(
    () => session.current.value?.expiresAt,
    (expiresAt) => {
      clear();
      if (!expiresAt) {
        return;
      }
      const left = Date.parse(expiresAt) - Date.now();
      // setTimeout overflows beyond ~24.8 days: such sessions are re-checked on navigation.
      if (left > 2 ** 31 - 1) {
        return;
      }
      if (left > EXPIRY_WARNING_MS) {
        timers.push(
          setTimeout(
            () =>
              notify.warning('Votre session expire dans 2 minutes : enregistrez votre travail.'),
            left - EXPIRY_WARNING_MS,
          ),
        );
      }
      timers.push(
        setTimeout(
          () => {
            session.clear();
            void router.replace(signInLocation('expired', router.currentRoute.value.fullPath));
          },
          Math.max(0, left),
        ),
      );
    },
    { immediate: true },
  );
  onBeforeUnmount(clear);
}
