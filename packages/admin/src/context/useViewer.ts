import { useQuery } from '@vue/apollo-composable';
import { computed } from 'vue';
import type { Role } from '../gql/graphql';
import { errorMessage } from '../shared/error-messages';
import { currentOrg } from './current-org';
import { hasHr, hasRole, roleIn } from './roles';
import { ViewerQuery } from './viewer.graphql';

/** The signed-in user, their organisations and their rights in the current one. */
export function useViewer() {
  const { result, loading, error, refetch } = useQuery(ViewerQuery, null, {
    fetchPolicy: 'cache-first',
  });
  const me = computed(() => result.value?.me ?? null);
  const siren = currentOrg.siren;
  return {
    me,
    loading,
    errorText: computed(() => (error.value ? errorMessage(error.value) : undefined)),
    refetch,
    isPlatformAdmin: computed(() => !!me.value?.isPlatformAdmin),
    org: currentOrg.value,
    siren,
    role: computed(() => roleIn(me.value, siren.value)),
    /** At least this role in the current organisation. */
    can: (min: Role) => hasRole(me.value, siren.value, min),
    hr: computed(() => hasHr(me.value, siren.value)),
  };
}
