import { useApolloClient, useMutation } from '@vue/apollo-composable';
import { useRouter } from 'vue-router';
import { SignOutMutation } from '../auth/auth.graphql';
import { session } from '../auth/session';
import { signInLocation } from '../auth/sign-in-location';

/** Revokes the session on the api (best effort), forgets it locally, goes to the sign-in page. */
export function useSignOut() {
  const router = useRouter();
  const { resolveClient } = useApolloClient();
  const { mutate, loading } = useMutation(SignOutMutation);
  const signOut = async () => {
    try {
      await mutate();
    } catch {
      // The session is forgotten locally either way.
    }
    session.clear();
    await resolveClient().clearStore();
    await router.replace(signInLocation('signed-out'));
  };
  return { signOut, loading };
}
