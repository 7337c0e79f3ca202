import { onMounted, ref } from 'vue';
import { linkTokenFromHash } from './sign-in-rules';

/**
 * The token of a link received by e-mail, read once from `#jeton=…` and dropped from the
 * address bar and the history at once (it must not stay on screen nor be shared by mistake).
 */
export function useLinkToken() {
  const token = ref<string | null>(null);
  const read = ref(false);
  onMounted(() => {
    token.value = linkTokenFromHash(window.location.hash);
    if (window.location.hash) {
      history.replaceState(history.state, '', window.location.pathname + window.location.search);
    }
    read.value = true;
  });
  return { token, read };
}
