import { useMutation, useQuery } from '@vue/apollo-composable';
import { computed, onMounted, ref } from 'vue';
import { useRoute } from 'vue-router';
import { errorMessage } from '../shared/error-messages';
import { AuthConfigQuery, ExchangeLoginCodeMutation } from './auth.graphql';
import { session, type StoredSession } from './session';
import { ssoCodeFromHash, ssoErrorMessage } from './sign-in-rules';

const REDIRECT_KEY = 'opendata.admin.sso-redirect';

/**
 * Single sign-on when the platform offers it: the button's link, then on the way back the
 * one-time code (`#sso_code=`) exchanged for a session, or the French reason of a failure.
 */
export function useSsoSignIn(onSignedIn: (s: StoredSession, redirect: string | null) => void) {
  const route = useRoute();
  const config = useQuery(AuthConfigQuery, null, { fetchPolicy: 'cache-first' });
  const exchange = useMutation(ExchangeLoginCodeMutation);
  const error = ref<string | undefined>(ssoErrorMessage(route.query.sso_error));
  const exchanging = ref(false);

  onMounted(async () => {
    const code = ssoCodeFromHash(window.location.hash);
    if (!code) {
      return;
    }
    // The code is single-use: drop it from the address bar and history at once.
    history.replaceState(history.state, '', window.location.pathname + window.location.search);
    exchanging.value = true;
    session.clear();
    try {
      const r = await exchange.mutate({ code });
      const login = r?.data?.exchangeLoginCode;
      if (login) {
        const s: StoredSession = {
          token: login.token,
          expiresAt: login.expiresAt,
          user: { email: login.user.email, displayName: login.user.displayName },
        };
        session.save(s);
        const redirect = sessionStorage.getItem(REDIRECT_KEY);
        sessionStorage.removeItem(REDIRECT_KEY);
        onSignedIn(s, redirect);
      }
    } catch (e) {
      error.value = errorMessage(e);
    } finally {
      exchanging.value = false;
    }
  });

  return {
    enabled: computed(() => !!config.result.value?.authConfig.oidcEnabled),
    loginUrl: computed(() => config.result.value?.authConfig.oidcLoginUrl ?? null),
    error,
    exchanging,
    /** Remembers where to go after the provider sends the user back. */
    rememberRedirect: (redirect: unknown) => {
      if (typeof redirect === 'string') {
        sessionStorage.setItem(REDIRECT_KEY, redirect);
      }
    },
  };
}
