import { useApolloClient } from '@vue/apollo-composable';
import { ref, watch } from 'vue';
import { currentOrg } from './current-org';
import { pickOrganization } from './roles';
import { useViewer } from './useViewer';
import { OrganizationSearchQuery } from './viewer.graphql';

/**
 * Keeps a current organisation chosen (called once by the layout): the stored one when still
 * readable, else the first membership; a platform administrator without one gets the first
 * organisation in alphabetical order (they can search any other).
 */
export function useOrganizationContext() {
  const viewer = useViewer();
  const { resolveClient } = useApolloClient();
  /** False until the current organisation is settled (avoids flashing « choisissez… »). */
  const ready = ref(false);
  watch(
    viewer.me,
    async (me) => {
      if (!me) {
        return;
      }
      try {
        await settle(me);
      } finally {
        ready.value = true;
      }
    },
    { immediate: true },
  );

  async function settle(me: NonNullable<typeof viewer.me.value>) {
    const picked = pickOrganization(me, currentOrg.value.value);
    if (picked) {
      if (picked.siren !== currentOrg.siren.value) {
        currentOrg.set(picked);
      }
      return;
    }
    if (!me.isPlatformAdmin) {
      currentOrg.clear();
      return;
    }
    const { data } = await resolveClient().query({
      query: OrganizationSearchQuery,
      variables: { first: 1 },
    });
    const first = data.organizations.nodes[0];
    if (first) {
      currentOrg.set(first);
    }
  }
  return { ...viewer, ready };
}
